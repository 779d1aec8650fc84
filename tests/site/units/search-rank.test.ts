// Ranking: the whole query, then all terms, then partial; within a tier, the query in the title
// first, then terms close together, then more occurrences, then the document's order.

import { describe, expect, it } from 'vitest';
import type { CorpusEntry } from '../../../src/site/search/corpus.ts';
import { prepare, searchExact } from '../../../src/site/search/exact.ts';
import { parseQuery } from '../../../src/site/search/query.ts';
import { compareMatches, coverWindow } from '../../../src/site/search/rank.ts';
import { variants } from './search-support.ts';

const entry = (id: string, title: string, text: string): CorpusEntry => ({ id, kind: 'clause', url: `/${id}/`, region: 'x', domain: 'land', label: id, title, text });
const ids = (entries: CorpusEntry[], q: string) => searchExact(prepare(entries), parseQuery(q, variants)).map((m) => `${m.entry.id}:${m.tier}`);

describe('ranking', () => {
  it('measures how close the terms are', () => {
    expect(coverWindow([[{ start: 0, end: 2 }], [{ start: 10, end: 12 }]])).toBe(12);
    expect(coverWindow([[{ start: 0, end: 2 }, { start: 20, end: 22 }], [{ start: 23, end: 25 }]])).toBe(5);
    expect(coverWindow([[{ start: 0, end: 2 }], []])).toBe(Infinity);
  });

  it('puts the whole query before all its terms, and never lists what lacks a term', () => {
    const entries = [entry('apart', '其他', '推行标准地制度，规范土地出让。'), entry('whole', '其他', '探索“标准地”出让。'), entry('none', '其他', '标准地。')];
    expect(ids(entries, '标准地 出让')).toEqual(['whole:1', 'apart:2']);
  });

  it('within a tier, prefers the title, then terms close together', () => {
    const entries = [
      entry('far', '其他', `数据${'很长的一段文字'.repeat(10)}交易。`),
      entry('near', '其他', '数据和交易。'),
      entry('title', '数据与交易', `数据${'很长的一段文字'.repeat(10)}交易。`),
    ];
    expect(ids(entries, '数据 交易')).toEqual(['title:2', 'near:2', 'far:2']);
  });

  it('within the first tier, prefers the query in the title, then more occurrences', () => {
    const entries = [entry('once', '其他', '标准地。'), entry('twice', '其他', '标准地和标准地。'), entry('title', '推行标准地', '推行标准地。其他。')];
    expect(ids(entries, '标准地')).toEqual(['title:1', 'twice:1', 'once:1']);
  });

  it('orders by tier before anything else', () => {
    const a = { tier: 2 as const, titleScore: 2, window: 0, hits: [], order: 0 };
    const b = { tier: 1 as const, titleScore: 0, window: 0, hits: [], order: 9 };
    expect([a, b].sort(compareMatches)[0]).toBe(b);
  });

  it('finds the corrected text too, and a traditional query in the simplified text', () => {
    const e = { ...entry('c', '其他', '完善规则 and 标准。'), corrected: '完善规则和标准。' };
    expect(ids([e], '規則和標準')).toEqual(['c:1']);
  });
});
