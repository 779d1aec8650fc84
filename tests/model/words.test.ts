// Where titles may break across lines (src/model/words.ts), judged on the document's own titles:
// the words add up to the title, the compounds the segmenter's dictionary lacks stay whole, and
// the lists in small type get fewer, longer phrases.

import { describe, expect, it } from 'vitest';
import { clauseHeading, sectionHeading } from '../../src/model/labels.ts';
import { breakOffsets, emWidth, firstWords, phrases, words } from '../../src/model/words.ts';
import { convertRealSeed } from '../converter/support.ts';

// The real document's titles, converted here from the seed (not read from a build): this test needs no build.
const site = convertRealSeed().site!;
const titles = [
  site.model.letter.titleText,
  ...site.model.annexes.flatMap((a) => [a.titleText, ...a.sections.flatMap((s) => [sectionHeading(s), ...s.clauses.map(clauseHeading)])]),
];

describe('the words of a title', () => {
  it('add up to the title, for every title of the document', () => {
    for (const t of titles) expect(words(t).join(''), t).toBe(t);
    expect(titles.length).toBeGreaterThan(290);
  });

  it('keep the compounds the dictionary splits, and numbers and labels, whole', () => {
    expect(words('北京城市副中心要素市场化配置综合改革试点实施方案')).toEqual(['北京', '城市', '副中心', '要素', '市场化', '配置', '综合', '改革', '试点', '实施', '方案']);
    expect(words('国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复').slice(-2)).toEqual(['方案', '的批复']);
    expect(words('（二十一）强化新业态新领域和服务业要素保障')).toEqual(['（二十一）', '强化', '新业态新领域', '和', '服务业', '要素', '保障']);
    expect(words('（十）畅通劳动力和人才社会性流动渠道')).toEqual(['（十）', '畅通', '劳动力和', '人才', '社会性', '流动', '渠道']);
    expect(words('粤港澳大湾区内地九市')).toEqual(['粤港澳', '大湾区', '内地', '九市']);
    expect(words('（十六）健全完善多层次资本市场')).toContain('多层次');
    expect(words('附件4 合肥都市圈')).toEqual(['附件4', ' ', '合肥', '都市圈']);
  });

  it('never leaves a word of one character where the issue saw titles break', () => {
    // The breaks readers reported: 北京城市副中心要 / 素, 增加有 / 效, 要素市场 / 化配置.
    expect(breakOffsets('北京城市副中心要素市场化配置')).not.toContain('北京城市副中心要'.length);
    expect(breakOffsets('（十二）增加有效金融服务供给')).not.toContain('（十二）增加有'.length);
    expect(breakOffsets('要素市场化配置')).not.toContain('要素市场'.length);
    expect(breakOffsets('要素市场化配置')).toEqual(['要素'.length, '要素市场化'.length]);
  });

  it('group into phrases of a minimum length at word boundaries only', () => {
    for (const t of titles) {
      const grouped = phrases(t, 4);
      expect(grouped.join('')).toBe(t);
      let at = 0;
      const cuts = grouped.slice(0, -1).map((p) => (at += p.length));
      expect(cuts.every((c) => breakOffsets(t).includes(c)), t).toBe(true);
      expect(grouped.slice(0, -1).every((p) => p.length >= 4), t).toBe(true);
    }
  });

  it('shorten to their first words without cutting one', () => {
    expect(firstWords('同意自即日起2年内开展北京城市副中心', 12)).toBe('同意自即日起2年内开展');
    expect(firstWords('方案实施要坚持以习近平新时代中国特色社会主义思想为指导', 12)).toBe('方案实施要坚持以习近平');
    expect(firstWords('市场化', 1)).toBe('市场化');
  });

  it('estimates how wide a text runs in ems: an em for a Chinese character or full-width mark, about half for the rest', () => {
    expect(emWidth('（一）打通科技成果转化链条。')).toBe(14);
    expect(emWidth('国函〔2025〕86号')).toBe(Math.ceil(2 + 2 + 6 * 0.57 + 1));
    expect(emWidth('Open up the chain.')).toBe(Math.ceil(18 * 0.57));
    expect(emWidth('')).toBe(0);
  });
});
