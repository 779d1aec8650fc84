// Reading a query the way people mean it. Readers name a city, not an annex, and most clauses
// never repeat their pilot's name: 成都 土地 means “土地, in the plan of 成都市”. A query that names a
// pilot or one of its places (model/places.ts) is read as that pilot plus the rest of the query; the
// page says so and offers the literal search with one click. A domain's own label (土地要素) is read
// the same way; a bare word like 土地 or 数据 is not, since every domain uses it.

import { toChineseNumeral } from '../../model/numerals.ts';

/** What reading needs to know of a pilot: its slug, name, and every name that stands for it. */
export interface NamedPilot {
  slug: string;
  name: string;
  names: readonly string[];
}

/** A name that stands for several pilots at once (成渝: 重庆市 and 成都市). */
export interface PilotGroup {
  name: string;
  slugs: readonly string[];
}

/** A query read as a pilot (or a group of pilots) and/or a domain plus the rest. */
export interface Reading {
  /** The pilot the query names, and the name it used (成都, 杭州, 大湾区). */
  region?: { slug: string; name: string; as: string };
  /** The pilots a group name stands for (成渝), and the name. */
  group?: { as: string; pilots: { slug: string; name: string }[] };
  domain?: { slug: string; label: string };
  /** The query without those words. */
  rest: string;
}

/** Where a reading searches, as the pages say it: 成都市, 土地要素, or 成都市 · 数据要素. */
export function readingScope(r: Reading): string {
  const pilots = r.group ? r.group.pilots.map((p) => p.name).join('、') : r.region?.name;
  return [pilots, r.domain?.label].filter(Boolean).join(' · ');
}

/** A name and what it stands for: one pilot, or (a group name) several. */
interface Named {
  n: string;
  p: NamedPilot[];
}

/** Every name of the pilots and of the groups with what it stands for, longest first. */
function longestFirst(pilots: readonly NamedPilot[], groups: readonly PilotGroup[]): Named[] {
  const own = pilots.flatMap((p) => p.names.map((n) => ({ n, p: [p] })));
  const several = groups.map((g) => ({ n: g.name, p: pilots.filter((p) => g.slugs.includes(p.slug)) })).filter((g) => g.p.length > 1);
  return [...own, ...several].sort((a, b) => b.n.length - a.n.length);
}

/** What a name stands for, as a reading says it. */
function target(x: Named): Pick<Reading, 'region' | 'group'> {
  if (x.p.length === 1) return { region: { slug: x.p[0].slug, name: x.p[0].name, as: x.n } };
  return { group: { as: x.n, pilots: x.p.map((p) => ({ slug: p.slug, name: p.name })) } };
}

/**
 * Reads a query from its words (Query.words: split and simplified). A place counts as a word of its
 * own (成都 土地) or glued to the rest (杭州标准地), and only when the query as a whole occurs nowhere
 * (`literalFound` is false): a string that occurs in a clause, a pasted sentence naming 成都 among
 * others, is searched as typed, so recall holds.
 * A group name (成渝) reads as its pilots together. Two places of different pilots, or nothing left
 * once they are taken out: read as typed (null).
 */
export function readQuery(
  words: readonly string[],
  pilots: readonly NamedPilot[],
  domains: readonly { slug: string; label: string }[],
  literalFound: () => boolean,
  groups: readonly PilotGroup[] = [],
): Reading | null {
  if (words.length === 0) return null;
  const names = longestFirst(pilots, groups);
  let place: Pick<Reading, 'region' | 'group'> = {};
  let rest = [...words];
  const whole = words.flatMap((w, i) => names.filter(({ n }) => n === w).map((x) => ({ ...x, i })));
  if (new Set(whole.map((x) => x.p.map((p) => p.slug).join())).size > 1) return null;
  if (whole.length) {
    place = target(whole[0]);
    rest = words.filter((_, i) => !whole.some((x) => x.i === i));
  } else {
    const first = words[0];
    const last = words[words.length - 1];
    const atStart = names.find(({ n }) => first.startsWith(n) && first.length - n.length >= 2);
    const atEnd = names.find(({ n }) => last.endsWith(n) && last.length - n.length >= 2);
    const glued = atStart ?? atEnd;
    if (glued) {
      place = target(glued);
      if (glued === atStart) rest[0] = first.slice(glued.n.length);
      else rest[rest.length - 1] = last.slice(0, last.length - glued.n.length);
    }
  }
  let domain: Reading['domain'];
  const d = domains.find((x) => rest.includes(x.label) && rest.length > 1);
  if (d) {
    domain = d;
    rest = rest.filter((w) => w !== d.label);
  }
  if ((!place.region && !place.group && !domain) || rest.length === 0 || literalFound()) return null;
  return { ...place, ...(domain ? { domain } : {}), rest: rest.join(' ') };
}

/**
 * What a place typed alone is, in one true sentence: 宁波属于杭甬温试点。 A name the pilot's own
 * name holds, or one its scope sentence does not print, stands for the pilot (成都指成都市试点);
 * a place the scope lists belongs to it; a slug is the pilot's address.
 */
export function placeSentence(as: string, pilot: { slug: string; name: string }, scope: string): string {
  if (as === pilot.name) return `${pilot.name}是本批复的试点之一。`;
  if (/^[a-z]+$/i.test(as)) return `“${as}”是${pilot.name}试点的网址代号。`;
  if (pilot.name.includes(as) || !scope.includes(as)) return `${as}指${pilot.name}试点。`;
  return `${as}属于${pilot.name}试点。`;
}

/** The name of a pilot that a text uses (the longest that occurs; slugs in any case), or the pilot's name. */
export function nameUsed(text: string, pilot: { slug: string; name: string; names: readonly string[] }): string {
  const lower = text.toLowerCase();
  return [...pilot.names, pilot.slug].filter((n) => lower.includes(n.toLowerCase())).sort((a, b) => b.length - a.length)[0] ?? pilot.name;
}

/** What a group name stands for: 成渝指重庆市和成都市两个试点。 */
export function groupSentence(name: string, pilots: readonly string[]): string {
  const n = pilots.length === 2 ? '两' : toChineseNumeral(pilots.length);
  return `${name}指${pilots.slice(0, -1).join('、')}和${pilots[pilots.length - 1]}${n}个试点。`;
}
