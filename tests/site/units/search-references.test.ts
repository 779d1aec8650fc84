// A place typed alone is a place, not a clause reference; a clause reference leads with its link and
// is never reported as a failed search.

import { describe, expect, it } from 'vitest';
import { pilotNames } from '../../../src/model/places.ts';
import { REGIONS } from '../../../src/model/tables.ts';
import { namesAnnex } from '../../../src/site/cite/clause-ref.ts';
import { headline } from '../../../src/site/search/headline.ts';
import { nameUsed, placeSentence } from '../../../src/site/search/reading.ts';

const scopes: Record<string, string> = {
  hangyongwen: '试点范围包括浙江省杭州市、宁波市、温州市全域。',
  beijing: '试点范围包括北京市通州区全域。',
  dawanqu: '试点范围包括广东省广州市、深圳市、珠海市、佛山市、江门市、肇庆市、惠州市、东莞市、中山市全域。',
};
const pilot = (slug: string) => {
  const r = REGIONS.find((x) => x.slug === slug)!;
  return { slug, name: r.name, names: pilotNames(r, scopes[slug] ?? '') };
};
const say = (q: string, slug: string) => {
  const p = pilot(slug);
  return placeSentence(nameUsed(q, p), p, scopes[slug] ?? '');
};

describe('a place typed alone', () => {
  it('is not a reference: only an annex number or a clause makes one', () => {
    expect(namesAnnex('附件三')).toBe(true);
    expect(namesAnnex('附件3（十二）')).toBe(true);
    expect(namesAnnex('附件三第十二条')).toBe(true);
    expect(namesAnnex('Annex 3')).toBe(true);
    for (const q of ['宁波', '深圳', 'beijing', '杭甬温', '通州']) expect(namesAnnex(q), q).toBe(false);
  });

  it('is said to belong to its pilot, truthfully', () => {
    expect(say('宁波', 'hangyongwen')).toBe('宁波属于杭甬温试点。');
    expect(say('深圳', 'dawanqu')).toBe('深圳属于粤港澳大湾区内地九市试点。');
    expect(say('通州', 'beijing')).toBe('通州属于北京城市副中心试点。');
    expect(say('北京', 'beijing')).toBe('北京指北京城市副中心试点。');
    expect(say('大湾区', 'dawanqu')).toBe('大湾区指粤港澳大湾区内地九市试点。');
    expect(say('beijing', 'beijing')).toBe('“beijing”是北京城市副中心试点的网址代号。');
    expect(say('杭甬温', 'hangyongwen')).toBe('杭甬温是本批复的试点之一。');
    for (const q of ['宁波', '深圳', 'beijing']) expect(say(q, q === '宁波' ? 'hangyongwen' : q === '深圳' ? 'dawanqu' : 'beijing')).not.toContain('条款引用');
  });
});

describe('a clause reference typed into the search', () => {
  it('is not reported as a search that found nothing', () => {
    const line = headline({ shown: '附件三第十二条', terms: ['附件三第十二条'], converted: false, whole: 0, apart: 0, filtered: false, reference: true });
    expect(line).not.toContain('没有包含');
    expect(line).toContain('条款引用');
  });
});
