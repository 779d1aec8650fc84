// Reading a query: a place or pilot named in it narrows the search to that pilot; a domain's own
// label narrows to that domain; anything ambiguous is searched as typed.

import { describe, expect, it } from 'vitest';
import { pilotNames } from '../../../src/model/places.ts';
import { DOMAINS, REGIONS } from '../../../src/model/tables.ts';
import { parseQuery } from '../../../src/site/search/query.ts';
import { readQuery } from '../../../src/site/search/reading.ts';
import { variants } from './search-support.ts';

const scopes: Record<string, string> = {
  hangyongwen: '试点范围包括浙江省杭州市、宁波市、温州市全域。',
  fuxiaquan: '试点范围包括福建省福州市、厦门市、泉州市全域。',
  changzhutan: '试点范围包括湖南省长沙市、株洲市、湘潭市全域。',
  beijing: '试点范围包括北京市通州区全域。',
  dawanqu: '试点范围包括广东省广州市、深圳市、珠海市、佛山市、江门市、肇庆市、惠州市、东莞市、中山市全域。',
};
const pilots = REGIONS.map((r) => ({ slug: r.slug, name: r.name, names: pilotNames(r, scopes[r.slug] ?? '') }));
const read = (q: string, literalFound = false) => readQuery(parseQuery(q, variants).words, pilots, DOMAINS, () => literalFound);

describe('reading places and pilots out of a query', () => {
  it('reads a city or pilot as a word of its own', () => {
    expect(read('成都 土地')).toEqual({ region: { slug: 'chengdu', name: '成都市', as: '成都' }, rest: '土地' });
    expect(read('杭州 标准地')?.region?.slug).toBe('hangyongwen');
    expect(read('福州，标准地')?.region?.slug).toBe('fuxiaquan');
    expect(read('重庆 REITs')).toMatchObject({ region: { slug: 'chongqing' }, rest: 'reits' });
    expect(read('大湾区 数据')?.region?.slug).toBe('dawanqu');
    expect(read('通州 住房')?.region?.slug).toBe('beijing');
    expect(read('北京 数据')?.region?.slug).toBe('beijing');
    expect(read('株洲 数据')?.region?.slug).toBe('changzhutan');
    expect(read('土地 成都')?.rest).toBe('土地');
  });

  it('reads a place in Traditional characters', () => {
    expect(read('廣州 數據')).toMatchObject({ region: { slug: 'dawanqu', as: '广州' }, rest: '数据' });
  });

  it('reads a place glued to the rest only when the query as a whole occurs nowhere', () => {
    expect(read('杭州标准地')).toMatchObject({ region: { slug: 'hangyongwen' }, rest: '标准地' });
    expect(read('标准地杭州')).toMatchObject({ region: { slug: 'hangyongwen' }, rest: '标准地' });
    expect(read('北京国际科技创新中心', true)).toBeNull();
  });

  it('searches as typed whatever it names when the query as a whole occurs in the text (recall)', () => {
    expect(read('支持成都、重庆共建', true)).toBeNull();
    expect(read('成都 土地', true)).toBeNull();
  });

  it('searches as typed when the query is only a place, or names two pilots', () => {
    expect(read('成都')).toBeNull();
    expect(read('成都 重庆 合作')).toBeNull();
    expect(read('数据 交易')).toBeNull();
    expect(read('')).toBeNull();
  });

  it('reads a domain only by its own label, as a word of its own', () => {
    expect(read('土地要素 先租后让')).toEqual({ domain: { slug: 'land', label: '土地要素', keywords: ['土地'] }, rest: '先租后让' });
    expect(read('成都 数据要素 授权')).toMatchObject({ region: { slug: 'chengdu' }, domain: { slug: 'data' }, rest: '授权' });
    expect(read('数据要素')).toBeNull();
    expect(read('土地 出让')).toBeNull();
  });
});
