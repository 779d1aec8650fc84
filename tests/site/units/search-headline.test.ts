// Honest headings: “no clause contains …” only when none does after normalisation; the whole query
// and its terms apart told apart; a conversion to simplified characters named.

import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/site/search/headline.ts';
import { meaningfulParts } from '../../../src/site/search/partial.ts';

const base = { shown: '标准地 出让', terms: ['标准地', '出让'], converted: false, whole: 0, apart: 0, filtered: false };

describe('the headline', () => {
  it('counts the whole query and the terms apart', () => {
    expect(headline({ ...base, whole: 3, apart: 5 })).toBe('共 8 条结果：3 条包含“标准地出让”，5 条分别包含“标准地”“出让”。');
    expect(headline({ ...base, shown: '标准地', terms: ['标准地'], whole: 12 })).toBe('共 12 条包含“标准地”的结果。');
  });

  it('says that no clause holds the whole query only when that is so', () => {
    expect(headline({ ...base, apart: 3 })).toBe('没有条款包含完整的“标准地出让”；共 3 条分别包含“标准地”“出让”。');
    expect(headline({ ...base, shown: '元宇宙', terms: ['元宇宙'] })).toBe('没有包含“元宇宙”的条款。');
    expect(headline({ ...base, shown: '居住证', terms: ['居住证'], filtered: true })).toBe('没有包含“居住证”的条款（在当前筛选范围内）。');
  });

  it('names the simplified form a query was searched in', () => {
    expect(headline({ ...base, shown: '数据要素', terms: ['数据要素'], converted: true, whole: 8 })).toBe('共 8 条包含“数据要素”的结果。（按简体字“数据要素”检索）');
  });
});

describe('partial matches', () => {
  it('need at least half of a term, and two characters', () => {
    expect(meaningfulParts('元宇宙')).toEqual(['元宇', '宇宙']);
    expect(meaningfulParts('个人所得税')).toEqual(['个人所', '人所得', '所得税']);
    expect(meaningfulParts('汇')).toEqual([]);
  });
});
