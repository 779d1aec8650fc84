// Annotations: the topic vocabulary and its tagging.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { convert, type ConvertResult } from '../../src/converter/pipeline.ts';
import { convertRealSeed } from './support.ts';
import { findTopic, parseTopics } from '../../src/converter/topics.ts';
import type { ExportedClause } from '../../src/converter/emit/data.ts';
import type { Topic } from '../../src/model/types.ts';

const ROOT = join(import.meta.dirname, '../..');
let result: ConvertResult;
let clauses: ExportedClause[];

beforeAll(() => {
  result = convertRealSeed();
  clauses = JSON.parse(result.files!.get('data/clauses.json')!);
});

const topic = (over: Partial<Topic>): Topic => ({ slug: 't', label: 'T', domain: 'land', phrases: [], exclude: [], explanation: '。', at: { line: 1, column: 1 }, ...over });

describe('topics', () => {
  it('the vocabulary has at least 50 topics, each with a label, domain, phrases and explanation', () => {
    const topics = result.site!.topics;
    expect(topics.length).toBeGreaterThanOrEqual(50);
    for (const t of topics) {
      expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.phrases.length).toBeGreaterThan(0);
      expect(t.explanation).toMatch(/。$/);
    }
    for (const label of ['标准地', '亩均论英雄', '闲置农房', '土地预告登记', '知识产权质押融资', '公共数据授权运营', '碳排放权', '商业医疗补充保险']) {
      expect(topics.map((t) => t.label).join('|'), label).toContain(label);
    }
  });

  it('tags the reviewed sample of clauses exactly (tests/fixtures/topics/expected-tags.yaml)', () => {
    const { samples } = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/topics/expected-tags.yaml'), 'utf8')) as { samples: Record<string, string[]> };
    expect(Object.keys(samples).length).toBeGreaterThanOrEqual(25);
    for (const [id, expected] of Object.entries(samples)) {
      expect(clauses.find((c) => c.id === id)!.topics, id).toEqual(expected);
    }
  });

  it('matches phrases literally, leftmost-longest, and skips occurrences inside an excluded phrase', () => {
    const hukou = topic({ phrases: ['落户', '落户限制'], exclude: ['进城落户农民'] });
    expect(findTopic('全面放开落户限制。探索进城落户农民退出宅基地。', hukou)).toEqual([{ start: 4, end: 8 }]);
    expect(findTopic('没有相关内容。', hukou)).toEqual([]);
  });

  it('reports every phrase that matches nothing (the real vocabulary has none)', () => {
    expect(result.unusedPhrases).toEqual([]);
    const tiny = convert({
      seedFile: 'input.txt',
      seed: readFileSync(join(ROOT, 'tests/fixtures/converter/valid-minimal/input.txt')),
      topicsFile: 'topics.yaml',
      topics: 'topics:\n  - slug: tech-capital\n    label: 技术资本化\n    domain: technology\n    phrases: [技术资本化, 从未出现的用语]\n    explanation: 把技术变成资本。\n',
      site: { origin: 'https://example.test', base: '/' },
    });
    expect(tiny.unusedPhrases).toEqual(['tech-capital: “从未出现的用语”']);
    expect(tiny.site!.model.annexes[0].sections[0].clauses[1].topics).toEqual(['tech-capital']);
  });

  it('rejects a malformed vocabulary with the place of each problem', () => {
    const { diagnostics } = parseTopics('topics.yaml', 'topics:\n  - slug: Bad Slug\n    label: x\n  - slug: ok\n    label: 好\n    phrases: [好]\n    explanation: 好。\n');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['2:5 topics-format', '4:5 topics-format']);
    expect(diagnostics[1].message).toContain('needs a `domain`: one of technology');
  });

  it('exports topics on every clause and the vocabulary in document.json', () => {
    const doc = JSON.parse(result.files!.get('data/document.json')!);
    expect(doc.topics.length).toBe(result.site!.topics.length);
    expect(doc.topics[0]).toMatchObject({ slug: expect.any(String), label: expect.any(String), url: expect.stringMatching(/^https:\/\/example\.test\/topics\//) });
    expect(clauses.filter((c) => c.topics.length > 0).length).toBeGreaterThan(150);
  });
});
