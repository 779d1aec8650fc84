// The compare pages' pure parts: what a chosen view says about itself, and how a clause page cuts
// the passages it shares with a similar clause.

import { describe, expect, it } from 'vitest';
import { describeChoice } from '../../../src/site/compare/choice.ts';
import { passageExcerpts } from '../../../src/site/similar.ts';

describe('the concordance view in words', () => {
  it('says what all ten, one, two or more chosen pilots have, and what is folded', () => {
    expect(describeChoice([], [0, 1, 2], 10)).toEqual({ status: '显示全部10个试点。勾选一至四个试点即可并列对照。', collapsed: '' });
    expect(describeChoice(['郑州市'], [1, 1, 0], 10)).toEqual({ status: '只看郑州市：参与2项共同举措；另1项已折叠。', collapsed: '另有1项共同举措郑州市没有。' });
    expect(describeChoice(['北京城市副中心', '成都市'], [2, 1, 1, 0, 0], 10)).toEqual({
      status: '北京城市副中心与成都市：1项共同举措两者都有，2项只有其中一方有；另2项已折叠。',
      collapsed: '另有2项共同举措两者都没有。',
    });
    expect(describeChoice(['甲', '乙', '丙'], [3, 1], 10).status).toBe('甲、乙、丙：1项共同举措所选试点都有，1项只有部分试点有。');
  });
});

describe('passages shown with a similar clause', () => {
  const p = (text: string) => ({ text, start: 0, end: text.length });
  it('shows the longest passages first within the budget, in reading order, and counts the rest', () => {
    expect(passageExcerpts([p('甲乙丙丁戊己庚辛'), p('一二三四五六七八九十')], 60)).toEqual({ shown: ['甲乙丙丁戊己庚辛', '一二三四五六七八九十'], more: 0 });
    expect(passageExcerpts([p('短的八个字符文字'), p('长'.repeat(50)), p('中'.repeat(20))], 60, 36)).toEqual({ shown: [`${'长'.repeat(35)}…`, '中'.repeat(20)], more: 1 });
    expect(passageExcerpts([])).toEqual({ shown: [], more: 0 });
    // One passage is always shown, however long.
    expect(passageExcerpts([p('长'.repeat(200))], 10, 36).shown).toEqual([`${'长'.repeat(35)}…`]);
  });
});
