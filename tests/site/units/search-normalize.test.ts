// The normaliser: width, case, punctuation and spaces, the same on both sides, with an offset map
// that leads every match back to the characters of the original text.

import { describe, expect, it } from 'vitest';
import { dropInvisible, findInView, normalizeText, normalizeView, splitTerms } from '../../../src/site/search/normalize.ts';
import { capQuery, parseQuery, LONGEST_QUERY, QUERY_MAX } from '../../../src/site/search/query.ts';
import { variants } from './search-support.ts';

describe('the normaliser', () => {
  it('folds full-width forms and letter case', () => {
    expect(normalizeText('ＲＥＩＴｓ')).toBe('reits');
    expect(normalizeText('（REITs）')).toBe('reits');
    expect(normalizeText('５Ｇ')).toBe('5g');
  });

  it('drops punctuation and spaces, so a phrase printed with quotes inside still matches', () => {
    expect(normalizeText('“标准地”出让')).toBe('标准地出让');
    expect(normalizeText('标准地，出让')).toBe('标准地出让');
    expect(normalizeText('公共数据,授权运营')).toBe('公共数据授权运营');
    expect(normalizeText('绿色金融；气候投融资')).toBe('绿色金融气候投融资');
    expect(normalizeText(' 数据\u3000交易 ')).toBe('数据交易');
    expect(normalizeText('业务。持续')).toBe('业务持续');
  });

  it('keeps one space between ASCII letters or digits, so 2—3年 is not 23年', () => {
    expect(normalizeText('2—3年')).toBe('2 3年');
    expect(normalizeText('2-3年')).toBe('2 3年');
    expect(normalizeText('2 ～ 3年')).toBe('2 3年');
    expect(normalizeText('1.5亿')).toBe('1 5亿');
    expect(normalizeText('2023年')).not.toContain('2 3');
    expect(normalizeText('5G 网络')).toBe('5g网络');
  });

  it('cuts what is typed into terms at punctuation and spaces, but not between digits', () => {
    expect(splitTerms('标准地，出让')).toEqual(['标准地', '出让']);
    expect(splitTerms('成都 土地')).toEqual(['成都', '土地']);
    expect(splitTerms('“标准地”')).toEqual(['标准地']);
    expect(splitTerms('2—3年')).toEqual(['2—3年']);
    expect(splitTerms('，。、 ')).toEqual([]);
  });
});

describe('invisible characters', () => {
  // Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, Hangul fillers, Mongolian
  // vowel separator, and the first, a middle and the last tag character (U+E0000, U+E0041, U+E007F).
  const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u3164', '\u115F', '\u1160', '\uFFA0', '\u180E', '\u{E0000}', '\u{E0041}', '\u{E007F}'];

  it('are dropped without a trace, never read as a separator: 标准\u200B地 is 标准地', () => {
    for (const c of INVISIBLE) {
      const name = `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
      expect(normalizeText(`标准${c}地`), name).toBe('标准地');
      expect(normalizeText(`${c}5${c}G${c}`), name).toBe('5g');
      expect(splitTerms(`标准${c}地 出${c}让`), name).toEqual(['标准地', '出让']);
      expect(dropInvisible(`${c}数据${c}${c}交易${c}`), name).toBe('数据交易');
    }
  });

  it('leave a query that finds what it finds without them', () => {
    for (const c of INVISIBLE) {
      const name = `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
      const pasted = parseQuery(`${c}數${c}據要素，区块${c}链${c}`, variants);
      const clean = parseQuery('數據要素，区块链', variants);
      expect({ ...pasted, raw: '' }, name).toEqual({ ...clean, raw: '' });
    }
    expect(parseQuery('\u200B\uFEFF\u{E0020}', variants)).toMatchObject({ phrase: [], literal: '', terms: [] });
  });

  it('keep the offset map on the characters the reader sees', () => {
    const text = '推行标准\u200B地\u{E0041}出让';
    const [hit] = findInView(normalizeView(text), '标准地出让');
    expect(text.slice(hit.start, hit.end)).toBe('标准\u200B地\u{E0041}出让');
  });

  it('are only those: other characters outside the BMP and the ideographic variation selectors stay', () => {
    expect(normalizeText('𠮷野家')).toBe('𠮷野家');
    expect(normalizeText('\u{E0100}')).toBe('\u{E0100}');
  });
});

describe('the offset map', () => {
  it('leads a match back to the original characters, across the punctuation inside it', () => {
    const text = '推行“标准地”出让，探索';
    const view = normalizeView(text);
    const [hit] = findInView(view, '标准地出让');
    expect(text.slice(hit.start, hit.end)).toBe('标准地”出让');
  });

  it('maps every unit to a span of the original, in order', () => {
    const text = '（一）推进ＲＥＩＴｓ试点，2—3年内 完成。';
    const view = normalizeView(text);
    expect(view.start).toHaveLength(view.text.length);
    for (let i = 0; i < view.text.length; i++) {
      expect(view.end[i]).toBeGreaterThan(view.start[i]);
      if (i) expect(view.start[i]).toBeGreaterThanOrEqual(view.end[i - 1]);
    }
    const [hit] = findInView(view, 'reits');
    expect(text.slice(hit.start, hit.end)).toBe('ＲＥＩＴｓ');
    const [years] = findInView(view, '2 3年');
    expect(text.slice(years.start, years.end)).toBe('2—3年');
  });
});

describe('the query', () => {
  it('is the phrase run together and its terms, each in every simplified form', () => {
    const q = parseQuery('數據要素，區塊鏈', variants);
    expect(q.simplified).toBe('数据要素 区块链');
    expect(q.converted).toBe(true);
    expect(q.phrase.map((a) => a.plain)).toEqual(['数据要素区块链']);
    expect(q.terms.map((t) => t[0].plain)).toEqual(['数据要素', '区块链']);
  });

  it('reads numerals as numbers in a second form', () => {
    expect(parseQuery('科创三十条', variants).phrase[0]).toEqual({ plain: '科创三十条', numeric: '科创30条' });
  });

  it('survives anything typed: lone surrogates, markup, regex characters, 100 KB', () => {
    for (const raw of ['\uD800', 'a\uDC00b', '<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '(((((a)*)*)*)*', '', '   ', '\u0000\u200b']) {
      expect(() => parseQuery(raw, variants)).not.toThrow();
    }
    const huge = '數據'.repeat(50_000) + ' 区块链'.repeat(10_000);
    const t = performance.now();
    const q = parseQuery(huge, variants);
    expect(performance.now() - t).toBeLessThan(500);
    expect(q.phrase[0].plain.length).toBeLessThanOrEqual(LONGEST_QUERY);
  });

  it('from an address is cut to what a search box takes, never inside a character, and says so', () => {
    expect(capQuery('土地')).toEqual({ q: '土地', cut: false });
    expect(capQuery('地'.repeat(QUERY_MAX))).toEqual({ q: '地'.repeat(QUERY_MAX), cut: false });
    expect(capQuery('地'.repeat(5000))).toEqual({ q: '地'.repeat(QUERY_MAX), cut: true });
    const astral = capQuery('a' + '𠮷'.repeat(QUERY_MAX));
    expect(astral.cut).toBe(true);
    expect(astral.q.length).toBe(QUERY_MAX - 1);
    expect(astral.q.isWellFormed()).toBe(true);
  });
});
