// The order of exact results: entries with the whole query before those with every term; within a
// tier, the query in the title first, then terms close together, then more occurrences, then the
// document's own order. Pagefind's partial matches come after all of these (engine.ts).

import type { Hit } from './normalize.ts';

/** What ranking needs to know about a match. */
export interface Rankable {
  tier: 1 | 2;
  /** 2: the whole query is in the title; otherwise the share of the terms that are. */
  titleScore: number;
  /** The shortest stretch of text holding every term (0 for the whole query). */
  window: number;
  hits: readonly Hit[];
  order: number;
}

/**
 * The length of the shortest span that holds a hit of every term (Infinity if a term has none): a
 * sliding window over the hits in text order, linear in their number.
 */
export function coverWindow(perTerm: readonly (readonly Hit[])[]): number {
  if (perTerm.length === 0 || perTerm.some((h) => h.length === 0)) return Infinity;
  const events = perTerm.flatMap((hits, term) => hits.map((h) => ({ start: h.start, end: h.end, term }))).sort((a, b) => a.start - b.start);
  const seen = new Array<number>(perTerm.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < events.length; right++) {
    if (seen[events[right].term]++ === 0) covered++;
    while (covered === perTerm.length) {
      best = Math.min(best, Math.max(events[right].end, events[left].end) - events[left].start);
      if (--seen[events[left].term] === 0) covered--;
      left++;
    }
  }
  return best;
}

/** Sorts matches best first. */
export function compareMatches(a: Rankable, b: Rankable): number {
  return a.tier - b.tier || b.titleScore - a.titleScore || a.window - b.window || b.hits.length - a.hits.length || a.order - b.order;
}
