// Numerals: Chinese and Arabic numerals are the same where a number is meant (after 第, before a
// measure word or unit), and words made with numerals (一体化, 统一, 一带一路) stay words.

import { describe, expect, it } from 'vitest';
import { findInView, normalizeView } from '../../../src/site/search/normalize.ts';
import { prepare, searchExact } from '../../../src/site/search/exact.ts';
import { numeralView, readNumeral } from '../../../src/site/search/numerals.ts';
import { parseQuery } from '../../../src/site/search/query.ts';

const numeric = (s: string) => numeralView(normalizeView(s)).text;

describe('numerals', () => {
  it('reads Chinese numerals', () => {
    expect(readNumeral('三十')).toBe('30');
    expect(readNumeral('十')).toBe('10');
    expect(readNumeral('十二')).toBe('12');
    expect(readNumeral('一百零五')).toBe('105');
    expect(readNumeral('一千二百')).toBe('1200');
    expect(readNumeral('两')).toBe('2');
    expect(readNumeral('二〇二五')).toBe('2025');
  });

  it('refuses runs that are no number', () => {
    expect(readNumeral('十四五')).toBeUndefined();
    expect(readNumeral('一二三')).toBeUndefined();
    expect(readNumeral('零')).toBeUndefined();
    expect(readNumeral('')).toBeUndefined();
  });

  it('writes a number in digits before a measure word or unit, and after 第', () => {
    expect(numeric('科创三十条')).toBe('科创30条');
    expect(numeric('三条控制线')).toBe('3条控制线');
    expect(numeric('延长一次')).toBe('延长1次');
    expect(numeric('第十二条')).toBe('第12条');
    expect(numeric('两年内')).toBe('2年内');
    expect(numeric('一批试点')).toBe('1批试点');
    expect(numeric('百分之七十')).toBe('百分之七十');
    expect(numeric('十万亿')).toBe('10万亿');
  });

  it('leaves words made with numerals as they are', () => {
    for (const word of ['一体化', '统一', '一带一路', '十四五规划', '三区三线', '一二三产业', '进一步', '一网通办', '四川']) {
      expect(numeric(word), word).toBe(normalizeView(word).text);
    }
  });

  it('reads a numeral after 第 as an ordinal even where the two make a word, and keeps the word findable as printed', () => {
    // 第三方 and 第五代 (the seed has both) gain a second view, 第3方 and 第5代; the printed view stays, so both forms find them.
    expect(numeric('第三方')).toBe('第3方');
    expect(numeric('第五代移动通信')).toBe('第5代移动通信');
    expect(findInView(normalizeView('鼓励第三方深化'), '第三方')).toEqual([{ start: 2, end: 5 }]);
    expect(findInView(numeralView(normalizeView('鼓励第三方深化')), '第3方')).toEqual([{ start: 2, end: 5 }]);
  });

  it('does not touch digits already there, nor numerals glued to digits', () => {
    expect(numeric('2030年')).toBe('2030年');
    expect(numeric('科创30条')).toBe('科创30条');
    expect(numeric('3十年')).toBe('3十年');
  });

  it('leads a number back to the numeral as printed', () => {
    const text = '出台“科创三十条”';
    const view = numeralView(normalizeView(text));
    const [hit] = findInView(view, '科创30条');
    expect(text.slice(hit.start, hit.end)).toBe('科创三十条');
  });
});

describe('a numeral at the edge of a query', () => {
  // The unit or the 第 that makes it a number may be in the text, just past what was typed.
  const entries = [{ id: 'beijing-1', kind: 'clause' as const, url: '/beijing/1/', region: 'beijing', domain: 'technology', label: '附件1（一）', title: '科技', text: '深入实施科创30条，推动成果转化。' }];
  const found = (q: string) => searchExact(prepare(entries), parseQuery(q)).map((m) => m.entry.id);

  it('is read as a number too, so 三十 finds what 30 finds', () => {
    expect(found('30')).toEqual(['beijing-1']);
    expect(found('三十')).toEqual(['beijing-1']);
    expect(found('科创三十')).toEqual(['beijing-1']);
    expect(numeralView(normalizeView('三十'), true).text).toBe('30');
  });

  it('stays a word inside the query, and in the text', () => {
    expect(numeralView(normalizeView('进一步推动'), true).text).toBe('进一步推动');
    expect(numeric('三十')).toBe('三十');
  });
});
