// The comparison as pages read it (src/model/measures.ts): the measures of a domain grouped by how
// many pilots state them, what one pilot has in a domain, the measures and own parts of a clause
// and its sentences, and how a quote is cited on a page (（五）第2句, linking /{region}/{n}/#s{k}).

import { indexMeasures, measuresIn, ownParts, sharedWith, type Measure, type OwnPart, type Quote } from '../model/measures.ts';
import { clauseLabelEn } from '../model/english.ts';
import { clauseLabel } from '../model/numerals.ts';
import type { Lang } from '../model/urls.ts';
import type { Clause } from '../model/types.ts';
import { clauseById, href, model, site } from './model.ts';

export const comparison = site.comparison;
const byId = indexMeasures(comparison);
const order = model.annexes.map((a) => a.region);
const ownByClause = new Map<string, OwnPart[]>();
for (const p of comparison.own) (ownByClause.get(p.clause) ?? ownByClause.set(p.clause, []).get(p.clause)!).push(p);

/** A measure by id (every id in the model is one). */
export function measureOf(id: string): Measure {
  const m = byId.get(id);
  if (!m) throw new Error(`no measure ${id}: is src/content/model.json current? Run npm run ingest.`);
  return m;
}

/** Measures by how many pilots state them, most first (the order measures already have). */
export function pilotGroups(measures: readonly Measure[]): { pilots: number; measures: Measure[] }[] {
  const groups: { pilots: number; measures: Measure[] }[] = [];
  for (const m of measures) {
    const last = groups.at(-1);
    if (last && last.pilots === m.pilots.length) last.measures.push(m);
    else groups.push({ pilots: m.pilots.length, measures: [m] });
  }
  return groups;
}

/** The measures of a domain (with a quote in its sections). */
export function domainMeasures(domain: string): Measure[] {
  return measuresIn(comparison, domain);
}

/** What one pilot has in one domain: the measures it states and its parts in no measure. */
export function pilotInDomain(domain: string, region: string): { measures: number; own: number } {
  return { measures: domainMeasures(domain).filter((m) => m.pilots.includes(region)).length, own: ownOf(region, domain).length };
}

/** Where a quote is, as the page cites it: （五）第2句 or (5) s. 2, and its address in the page's language. */
export function quoteRef(q: Pick<Quote, 'clause' | 'sentence'>, lang: Lang = 'zh'): { href: string; label: string } {
  const { clause } = clauseById(q.clause);
  const label = lang === 'en' ? `${clauseLabelEn(clause.number)} s. ${q.sentence}` : `${clauseLabel(clause.number)}第${q.sentence}句`;
  return { href: href({ kind: 'clause', region: clause.region, clause: clause.number, sentence: q.sentence }, lang), label };
}

/** Quotes grouped by the sentence they stand in, in their order: an English page reads several quotes of one sentence under its one translation. */
export function bySentence<T extends Pick<Quote, 'clause' | 'sentence'>>(quotes: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const q of quotes) {
    const key = `${q.clause}#${q.sentence}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(q);
  }
  return [...groups.values()];
}

/** A share as the compare pages print it: 46%. */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** A measure's name in the page's language (its reviewed English name, else its Chinese one). */
export function measureName(m: Measure, lang: Lang = 'zh'): string {
  return lang === 'en' && m.nameEn ? m.nameEn : m.name;
}

/** The measures sentence k (1-based) of a clause states. */
export function sentenceMeasures(clause: Clause, k: number): Measure[] {
  return (clause.measures[k - 1] ?? []).map(measureOf);
}

/** The other pilots that state the measures of sentence k (1-based) of a clause, in annex order. */
export function sentenceSharedWith(clause: Clause, k: number): string[] {
  return sharedWith(clause.measures[k - 1] ?? [], clause.region, byId, order);
}

/** The parts of a clause in no measure, in text order. */
export function ownOfClause(clause: Clause): OwnPart[] {
  return ownByClause.get(clause.id) ?? [];
}

/** Per sentence of a clause: whether it states a measure (`shared`) and whether it has a part in none (`own`). */
export function sentenceStates(clause: Clause): { shared: boolean; own: boolean }[] {
  const own = new Set(ownOfClause(clause).map((p) => p.sentence));
  return clause.sentences.map((_, i) => ({ shared: clause.measures[i].length > 0, own: own.has(i + 1) }));
}

/** Measures that other pilots state and a pilot's plan does not (nothing near found in it), most pilots first. */
export function notFoundIn(region: string, minPilots = 3): Measure[] {
  return comparison.measures.filter((m) => m.pilots.length >= minPilots && !m.pilots.includes(region));
}

/** A pilot's parts in no measure, within one domain's sections or all, in document order. */
export function ownOf(region: string, domain?: string): OwnPart[] {
  return ownParts(comparison, region, domain);
}
