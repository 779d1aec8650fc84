// The compare pages' pure parts: what a chosen view says about itself, claiming no more than the
// comparison found, in Chinese and in English, and the address of a view of the measures table.

import { describe, expect, it } from 'vitest';
import { describeChoice, describePair } from '../../../src/site/compare/choice.ts';
import { matrixQuery, parseMatrixQuery } from '../../../src/model/urls.ts';

describe('a comparison view in words', () => {
  it('says what the chosen pilots state, and that the rest was not found, never that it is absent', () => {
    expect(describeChoice([], [0, 1, 2], 10).status).toBe('显示全部10个试点。勾选一个试点看它的举措，两个试点逐项比较，最多四个并列。');
    expect(describeChoice(['郑州市'], [1, 1, 0], 10)).toEqual({ status: '只看郑州市：它采用其中2项共同举措；另1项在它的方案中未找到相近表述，已折叠。', collapsed: '另有1项共同举措在郑州市的方案中未找到相近表述。' });
    expect(describeChoice(['甲', '乙', '丙'], [3, 1], 10).status).toBe('甲、乙、丙：1项共同举措所选试点都采用，1项只在部分试点的方案中找到。');
    for (const text of [describeChoice(['郑州市'], [0], 10), describeChoice(['甲', '乙', '丙'], [0, 0], 10)].flatMap((d) => [d.status, d.collapsed])) {
      expect(text).not.toMatch(/没有|无此项|特有/);
    }
  });

  it('answers the question of a pair: what both state, what was found in one plan only, and what neither', () => {
    const { status, collapsed } = describePair('北京城市副中心', '成都市', { both: 6, onlyFirst: 4, onlySecond: 9, neither: 35 });
    expect(status).toBe('北京城市副中心与成都市：6项举措两者都有；4项只在北京城市副中心的方案中找到，9项只在成都市的方案中找到；另35项其他试点采用、两者都未找到，已折叠。两者都有的举措，成都市的措辞对照北京城市副中心标出差异。');
    expect(collapsed).toBe('另有35项共同举措在两者的方案中都未找到相近表述。');
    expect(describePair('甲', '乙', { both: 1, onlyFirst: 0, onlySecond: 0, neither: 0 }).collapsed).toBe('');
  });
});

describe('a comparison view in English words', () => {
  it('says the same, singular and plural right, and never that a plan lacks a measure', () => {
    expect(describeChoice([], [0, 1], 10, 'en').status).toBe('Showing all 10 pilots. Tick one pilot to see its measures, two to compare them measure by measure, or up to four to set side by side.');
    expect(describeChoice(['Zhengzhou'], [1, 1, 0], 10, 'en')).toEqual({
      status: 'Zhengzhou only: it states 2 of the shared measures; 1 other was not found in its plan and is collapsed.',
      collapsed: '1 more shared measure was not found in Zhengzhou’s plan.',
    });
    expect(describeChoice(['Zhengzhou'], [0, 0, 1], 10, 'en').collapsed).toBe('2 more shared measures were not found in Zhengzhou’s plan.');
    expect(describeChoice(['Zhengzhou'], [1], 10, 'en')).toEqual({ status: 'Zhengzhou only: it states 1 of the shared measures.', collapsed: '' });
    expect(describeChoice(['A', 'B', 'C'], [3, 1, 0], 10, 'en').status).toBe('A, B and C: 1 shared measure stated by all of them, 1 found in only some of their plans; 1 found in none of them, collapsed.');
    for (const text of [describeChoice(['Zhengzhou'], [0], 10, 'en'), describeChoice(['A', 'B'], [0, 0], 10, 'en')].flatMap((d) => [d.status, d.collapsed])) {
      expect(text).not.toMatch(/lack|absent|has no|[\p{Script=Han}]/u);
    }
  });

  it('answers the question of a pair without claiming marks the English page does not have', () => {
    const { status, collapsed } = describePair('Beijing', 'Chengdu', { both: 1, onlyFirst: 4, onlySecond: 9, neither: 35 }, 'en');
    expect(status).toBe('Beijing and Chengdu: 1 measure in both; 4 found only in Beijing’s plan, 9 only in Chengdu’s; 35 more, stated by other pilots and found in neither plan, collapsed.');
    expect(collapsed).toBe('35 more shared measures were not found in either plan.');
    expect(describePair('A', 'B', { both: 2, onlyFirst: 0, onlySecond: 0, neither: 0 }, 'en')).toEqual({ status: 'A and B: 2 measures in both; 0 found only in A’s plan, 0 only in B’s.', collapsed: '' });
  });
});

describe('the address of a view of the measures table', () => {
  const known = { domains: ['land', 'data'], topics: ['standard-land'], pilots: ['beijing', 'chengdu', 'hefei'] };
  it('writes only what is set, and reads back what it wrote', () => {
    expect(matrixQuery({ sort: 'pilots', pilots: [] })).toBe('');
    const state = { domain: 'land', topic: 'standard-land', sort: 'document' as const, pilots: ['beijing', 'chengdu'] };
    expect(matrixQuery(state)).toBe('?domain=land&topic=standard-land&sort=document&pilots=beijing,chengdu');
    expect(parseMatrixQuery(matrixQuery(state), known)).toEqual(state);
  });
  it('drops what it does not know, and keeps at most two pilots', () => {
    expect(parseMatrixQuery('?domain=bogus&topic=constructor&sort=x&pilots=hefei,nowhere,beijing,chengdu', known)).toEqual({ domain: undefined, topic: undefined, sort: 'pilots', pilots: ['hefei', 'beijing'] });
  });
});
