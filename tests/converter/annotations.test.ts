// Annotations: the topic vocabulary and its tagging, and shared versus distinctive sentences.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { convert, type ConvertResult } from '../../src/converter/pipeline.ts';
import { convertRealSeed } from './support.ts';
import { normalise } from '../../src/model/wording.ts';
import { shareSentences } from '../../src/converter/sharing.ts';
import { findTopic, parseTopics } from '../../src/converter/topics.ts';
import type { ExportedClause } from '../../src/converter/emit/data.ts';
import type { Topic } from '../../src/model/types.ts';

const ROOT = join(import.meta.dirname, '../..');
let result: ConvertResult;
let clauses: ExportedClause[];

beforeAll(() => {
  result = convertRealSeed({ topics: true });
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

describe('shared and distinctive sentences', () => {
  const places = ['北京城市副中心', '苏南重点城市', '北京市', '南京市', '北京', '南京'];

  it('compares sentences with punctuation removed and place names replaced', () => {
    expect(normalise('支持北京市建设“科创中心”。', places)).toBe(normalise('支持南京市建设科创中心，', places));
  });

  it('finds identical and nearly identical sentences in other regions, never within the same region', () => {
    const shared = shareSentences(
      [
        { region: 'a', text: '健全劳动、资本、土地、知识、技术、管理、数据等生产要素由市场评价贡献、按贡献决定报酬的机制。' },
        { region: 'b', text: '健全劳动、资本、土地、知识、技术、管理、数据等生产要素由市场评价贡献、按贡献决定报酬的机制。' },
        { region: 'c', text: '健全劳动、资本、土地、知识、技术、数据等生产要素由市场评价贡献、按贡献决定报酬的机制。' },
        { region: 'c', text: '支持北京城市副中心建设国际化技术转移平台。' },
        { region: 'a', text: '支持苏南重点城市建设国际化技术转移平台。' },
        { region: 'a', text: '探索开展海域立体分层设权。' },
        { region: 'a', text: '探索开展海域立体分层设权。' },
      ],
      places,
    );
    expect(shared).toEqual([['b', 'c'], ['a', 'c'], ['a', 'b'], ['a'], ['c'], [], []]);
  });

  it('finds the template sentence on factor remuneration in every annex', () => {
    const template = '健全劳动、资本、土地、知识、技术、管理、数据等生产要素由市场评价贡献、按贡献决定报酬的机制。';
    const holders = clauses.filter((c) => c.sentences.includes(template));
    expect(new Set(holders.map((c) => c.region)).size).toBe(10);
    for (const c of holders) {
      const k = c.sentences.indexOf(template);
      expect(c.sentenceSharing[k], c.id).toMatchObject({ sentence: k + 1, shared: true });
      expect(c.sentenceSharing[k].regions).toHaveLength(9);
      expect(c.sentenceSharing[k].regions).not.toContain(c.region);
    }
  });

  it('marks a pilot’s own measures distinctive', () => {
    const beijing1 = clauses.find((c) => c.id === 'beijing-1')!;
    const own = beijing1.sentences.findIndex((s) => s.includes('科创30条'));
    expect(beijing1.sentenceSharing[own]).toEqual({ sentence: own + 1, shared: false, regions: [] });
    const distinctive = clauses.flatMap((c) => c.sentenceSharing).filter((s) => !s.shared).length;
    const all = clauses.reduce((n, c) => n + c.sentences.length, 0);
    expect(distinctive / all).toBeGreaterThan(0.5);
    expect(distinctive / all).toBeLessThan(0.95);
  });
});
