// The places of each pilot, read from its scope sentence: what narrows a search to a pilot and
// what the clause-reference reader accepts as a pilot's name, and what the converter reads as "a
// place" when it compares sentences across plans.

import { describe, expect, it } from 'vitest';
import { comparedPlaceNames, namesOfPilots, pilotNames, scopePlaces, scopeProvinces, shortPlaceName } from '../../../src/model/places.ts';
import { REGIONS, regionBySlug } from '../../../src/model/tables.ts';
import { convertRealSeed } from '../../converter/support.ts';

describe('places of a pilot', () => {
  it('reads the cities and districts of a scope sentence, without the province', () => {
    expect(scopePlaces('试点范围包括浙江省杭州市、宁波市、温州市全域。')).toEqual(['杭州市', '宁波市', '温州市']);
    expect(scopePlaces('试点范围包括北京市通州区全域。')).toEqual(['北京市', '通州区']);
    expect(scopePlaces('试点范围包括安徽省合肥市全域，芜湖市无为市，淮南市寿县，马鞍山市含山县，安庆市桐城市，滁州市定远县，六安市金安区、舒城县。')).toEqual([
      '合肥市', '芜湖市', '无为市', '淮南市', '寿县', '马鞍山市', '含山县', '安庆市', '桐城市', '滁州市', '定远县', '六安市', '金安区', '舒城县',
    ]);
    expect(scopePlaces('')).toEqual([]);
  });

  it('shortens a place as people write it, where two characters remain', () => {
    expect(shortPlaceName('杭州市')).toBe('杭州');
    expect(shortPlaceName('通州区')).toBe('通州');
    expect(shortPlaceName('马鞍山市')).toBe('马鞍山');
    expect(shortPlaceName('寿县')).toBe('寿县');
  });

  it('gives each pilot its own name, the table’s short names and aliases, and its places', () => {
    const names = pilotNames(regionBySlug('hangyongwen')!, '试点范围包括浙江省杭州市、宁波市、温州市全域。');
    expect(names[0]).toBe('杭甬温');
    expect(names).toEqual(expect.arrayContaining(['杭州', '宁波', '温州', '杭州市', '杭州宁波温州']));
    expect(pilotNames(regionBySlug('beijing')!, '')).toContain('通州');
    expect(pilotNames(regionBySlug('dawanqu')!, '')).toEqual(expect.arrayContaining(['大湾区', '珠三角']));
  });

  it('in the real document, every name stands for one pilot, and the short names readers use are there', () => {
    const model = convertRealSeed().site!.model;
    const names = namesOfPilots(REGIONS, (slug) => model.annexes.find((a) => a.region === slug)?.scope?.text ?? '');
    const owner = (n: string) => [...names].filter(([, list]) => list.includes(n)).map(([slug]) => slug);
    const expected: Record<string, string> = { 成都: 'chengdu', 重庆: 'chongqing', 杭州: 'hangyongwen', 宁波: 'hangyongwen', 福州: 'fuxiaquan', 株洲: 'changzhutan', 大湾区: 'dawanqu', 深圳: 'dawanqu', 通州: 'beijing', 北京: 'beijing', 苏州: 'sunan', 芜湖: 'hefei', 郑州: 'zhengzhou' };
    for (const [name, slug] of Object.entries(expected)) expect(owner(name), name).toEqual([slug]);
    const all = [...names.values()].flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('drops a name that two pilots claim', () => {
    const regions = [
      { slug: 'a', name: '甲', short: '甲', aliases: ['长三角'] },
      { slug: 'b', name: '乙', short: '乙', aliases: ['长三角'] },
    ];
    expect(namesOfPilots(regions, () => '').get('a')).toEqual(['甲']);
  });

  it('reads the province of a scope sentence, with its short form', () => {
    expect(scopeProvinces('试点范围包括江苏省南京市、无锡市、常州市、苏州市、镇江市全域。')).toEqual(['江苏省', '江苏']);
    expect(scopeProvinces('试点范围包括重庆市全域。')).toEqual([]);
    expect(scopeProvinces('试点范围包括安徽省合肥市全域，芜湖市无为市')).toEqual(['安徽省', '安徽']);
  });

  it('compares sentences with every place of the real document as one placeholder, longest names first', () => {
    const model = convertRealSeed().site!.model;
    const places = comparedPlaceNames(REGIONS, (slug) => model.annexes.find((a) => a.region === slug)?.scope?.text ?? '');
    expect(places).toEqual(expect.arrayContaining(['试点地区', '试点城市', '江苏省', '江苏', '南京市', '南京', '大湾区', '寿县', '北京市通州区', '重庆']));
    for (let i = 1; i < places.length; i++) expect(places[i - 1].length).toBeGreaterThanOrEqual(places[i].length);
    expect(new Set(places).size).toBe(places.length);
  });

  it('keeps for comparing a name two pilots share', () => {
    const regions = [
      { slug: 'a', name: '甲', short: '甲', aliases: ['长三角'] },
      { slug: 'b', name: '乙', short: '乙', aliases: ['长三角'] },
    ];
    expect(comparedPlaceNames(regions, () => '')).toContain('长三角');
  });
});
