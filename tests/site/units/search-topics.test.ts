// A query that names a topic shows the topic first: its label, its phrases, a part of either, or a
// query holding the label; Simplified or Traditional; at most three, the best first. The box says
// which pilots have it and, honestly, where none of its phrases was found.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseQuery } from '../../../src/site/search/query.ts';
import { topicCoverage, topicLines, topicsNamed, type TopicInfo } from '../../../src/site/search/topics.ts';
import { variants } from './search-support.ts';

const topics = (parse(readFileSync(join(import.meta.dirname, '../../../seeds/topics.yaml'), 'utf8')) as { topics: TopicInfo[] }).topics;
const named = (q: string) => topicsNamed([...new Set(parseQuery(q, variants).phrase.map((a) => a.plain))], topics).map((t) => t.slug);

describe('topics a query names', () => {
  it('finds the topic from a part of its label, from its label and from a phrase', () => {
    expect(named('科技成果赋权')[0]).toBe('job-invention-rights');
    expect(named('职务科技成果赋权')[0]).toBe('job-invention-rights');
    expect(named('先赋权后转化')[0]).toBe('job-invention-rights');
    expect(named('推进职务科技成果赋权改革')[0]).toBe('job-invention-rights');
  });

  it('reads the query in Traditional characters and with punctuation as the search does', () => {
    expect(named('科技成果賦權')[0]).toBe('job-invention-rights');
    expect(named('職務科技成果，賦權')[0]).toBe('job-invention-rights');
  });

  it('shows at most three, the best match first, and none for a query too short or naming none', () => {
    expect(named('职务科技成果').length).toBeLessThanOrEqual(3);
    expect(named('职务科技成果')).toContain('job-invention-rights');
    expect(named('数')).toEqual([]);
    // A common word is part of many labels and names none of them.
    expect(named('数据')).toEqual([]);
    expect(named('元宇宙')).toEqual([]);
  });

  it('says which pilots have it and where none of its phrases was found, never that a pilot lacks the measure', () => {
    const pilots = [
      { slug: 'beijing', name: '北京城市副中心' },
      { slug: 'sunan', name: '苏南重点城市' },
      { slug: 'chengdu', name: '成都市' },
    ];
    const entries = [
      { region: 'sunan', topics: ['job-invention-rights'] },
      { region: 'sunan', topics: ['job-invention-rights'] },
      { region: 'beijing', topics: ['tech-finance'] },
      { region: 'chengdu' },
    ];
    const coverage = topicCoverage('job-invention-rights', entries, pilots);
    expect(coverage).toEqual({ found: ['苏南重点城市'], missing: ['北京城市副中心', '成都市'] });
    const lines = topicLines('职务科技成果赋权', coverage);
    expect(lines.title).toBe('职务科技成果赋权：1个试点');
    expect(lines.missing).toBe('以下试点的方案中未找到本主题的词语：北京城市副中心、成都市。');
    expect(Object.values(lines).join('')).not.toMatch(/没有|缺少|未采取/);
  });
});
