// The names readers type for a pilot: its own name, the hand-kept short names and aliases of the
// region table, and the places its scope sentence covers (试点范围包括浙江省杭州市、宁波市、温州市全域
// gives 杭州市 and 杭州 …). One list, read by the search (a place narrows to its pilot) and by the
// clause-reference reader (杭州 第十二条), and, with the provinces and the documents' own generic
// words for a pilot, by the converter when it compares sentences across plans (comparedPlaceNames).

import type { Region } from './tables.ts';

const ADMIN_UNIT = /[\u4e00-\u9fff]+?(?:市|区|县)/gu;

/** The places a scope sentence names, as printed (杭州市, 无为市, 寿县), without their provinces. */
export function scopePlaces(scope: string): string[] {
  const body = scope.replace(/^试点范围包括/u, '').replace(/全域/gu, '');
  const out: string[] = [];
  for (const part of body.split(/[，、。；,;\s]+/u)) {
    const withoutProvince = part.replace(/^[\u4e00-\u9fff]{2,3}?省/u, '');
    for (const m of withoutProvince.matchAll(ADMIN_UNIT)) if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

/** The provinces a scope sentence names (江苏省), each with its short form (江苏). */
export function scopeProvinces(scope: string): string[] {
  const out: string[] = [];
  for (const m of scope.matchAll(/(?<=^试点范围包括|[，、；])[\u4e00-\u9fff]{2,3}?省/gu)) out.push(m[0], m[0].slice(0, -1));
  return [...new Set(out)];
}

/** The name without its 市, 区 or 县 (杭州, 通州), where two characters or more remain (寿县 stays). */
export function shortPlaceName(name: string): string {
  const short = name.replace(/(?:市|区|县)$/u, '');
  return short.length >= 2 ? short : name;
}

/** Every name that stands for one pilot, its own first: name, short name, aliases, scope places and their short forms. */
export function pilotNames(region: Pick<Region, 'name' | 'short' | 'aliases'>, scope: string): string[] {
  const places = scopePlaces(scope);
  return [...new Set([region.name, region.short, ...region.aliases, ...places, ...places.map(shortPlaceName)])];
}

/**
 * The names of all pilots, each name standing for one pilot only: a name two pilots claim (none
 * does today; 长三角 or 成渝 would) is left out, since it cannot narrow a search to one of them.
 */
export function namesOfPilots<R extends Pick<Region, 'slug' | 'name' | 'short' | 'aliases'>>(regions: readonly R[], scopeOf: (slug: string) => string): Map<string, string[]> {
  const all = new Map(regions.map((r) => [r.slug, pilotNames(r, scopeOf(r.slug))]));
  const claims = new Map<string, number>();
  for (const names of all.values()) for (const n of names) claims.set(n, (claims.get(n) ?? 0) + 1);
  for (const [slug, names] of all) all.set(slug, names.filter((n) => claims.get(n) === 1));
  return all;
}

/**
 * Every name that stands for a place when sentences are compared across plans, longest first: each
 * pilot's names, the provinces of the scopes, and the words the plans use for "this pilot" (试点地区,
 * 试点城市), so that 支持南京市… and 支持厦门市… read alike. Unlike namesOfPilots, a name two pilots
 * share stays: here it needs only to be a place, not to point at one pilot.
 */
export function comparedPlaceNames<R extends Pick<Region, 'slug' | 'name' | 'short' | 'aliases'>>(regions: readonly R[], scopeOf: (slug: string) => string): string[] {
  const names = new Set<string>(['试点地区', '试点城市']);
  for (const r of regions) {
    const scope = scopeOf(r.slug);
    for (const n of [...pilotNames(r, scope), ...scopeProvinces(scope)]) names.add(n);
  }
  return [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Names readers use for pilots that the region table does not hold, read by the search alone: 副中心
 * (a word the comparison of sentences must not take for a place), and names that stand for several
 * pilots at once (成渝 is 重庆 and 成都), which cannot narrow a search to one pilot but can to those.
 */
export const SEARCH_PLACE_NAMES: readonly { name: string; slugs: readonly string[] }[] = [
  { name: '副中心', slugs: ['beijing'] },
  { name: '成渝', slugs: ['chongqing', 'chengdu'] },
];
