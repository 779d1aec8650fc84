// Names a reader uses for pilots that the clause text need not contain: 副中心 for 北京城市副中心,
// 成渝 for 重庆 and 成都 together. They are read as those pilots, as full pilot names are.

import { describe, expect, it } from 'vitest';
import { pilotNames, SEARCH_PLACE_NAMES } from '../../../src/model/places.ts';
import { DOMAINS, REGIONS } from '../../../src/model/tables.ts';
import { parseQuery } from '../../../src/site/search/query.ts';
import { groupSentence, readingScope, readQuery } from '../../../src/site/search/reading.ts';
import { variants } from './search-support.ts';

// As the corpus builds them: one pilot's extra names join its names; a name of several is a group.
const extra = (slug: string) => SEARCH_PLACE_NAMES.filter((g) => g.slugs.length === 1 && g.slugs[0] === slug).map((g) => g.name);
const pilots = REGIONS.map((r) => ({ slug: r.slug, name: r.name, names: [...pilotNames(r, r.slug === 'beijing' ? '试点范围包括北京市通州区全域。' : ''), ...extra(r.slug)] }));
const groups = SEARCH_PLACE_NAMES.filter((g) => g.slugs.length > 1);
const read = (q: string, literalFound = false) => readQuery(parseQuery(q, variants).words, pilots, DOMAINS, () => literalFound, groups);

describe('pilot aliases the text need not contain', () => {
  it('reads 副中心, 城市副中心 and 通州 as 北京城市副中心', () => {
    for (const q of ['副中心 土地', '城市副中心 土地', '通州 土地', '副中心土地']) expect(read(q), q).toMatchObject({ region: { slug: 'beijing' }, rest: '土地' });
  });

  it('reads 成渝 as 重庆 and 成都 together', () => {
    const r = read('成渝 土地');
    expect(r).toMatchObject({ group: { as: '成渝', pilots: [{ slug: 'chongqing' }, { slug: 'chengdu' }] }, rest: '土地' });
    expect(readingScope(r!)).toBe('重庆市、成都市');
    expect(read('成渝土地')?.group?.pilots.map((p) => p.slug)).toEqual(['chongqing', 'chengdu']);
  });

  it('still searches as typed when the query occurs, or names a group and another pilot', () => {
    expect(read('成渝 土地', true)).toBeNull();
    expect(read('成渝 合肥 土地')).toBeNull();
    expect(read('成渝')).toBeNull();
  });

  it('says what a group name stands for', () => {
    expect(groupSentence('成渝', ['重庆市', '成都市'])).toBe('成渝指重庆市和成都市两个试点。');
  });
});
