// The exact pass: substring matching over the whole corpus. Chinese word segmentation at index and
// query time can disagree (Pagefind #987, #1237); a substring match cannot, so every clause that
// contains the query is found, always. Tier 1: the whole query occurs; tier 2: every term occurs.

import type { CorpusEntry } from './corpus.ts';
import { fold, type Query } from './normalize.ts';

/** A span of matched text, in UTF-16 offsets. */
export interface Hit {
  start: number;
  end: number;
}

/** An entry that matched, with where. */
export interface ExactMatch {
  entry: CorpusEntry;
  tier: 1 | 2;
  /** Which text matched: the published one or the corrected one. */
  field: 'text' | 'corrected';
  hits: Hit[];
  titleHit: boolean;
  order: number;
}

function occurrences(haystack: string, needle: string): Hit[] {
  const hits: Hit[] = [];
  if (!needle) return hits;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    hits.push({ start: i, end: i + needle.length });
  }
  return hits;
}

function matchText(text: string, query: Query): { tier: 1 | 2; hits: Hit[] } | null {
  const folded = fold(text);
  const whole = occurrences(folded, query.phrase);
  if (whole.length) return { tier: 1, hits: whole };
  if (query.terms.length < 2) return null;
  const perTerm = query.terms.map((t) => occurrences(folded, t));
  if (perTerm.some((h) => h.length === 0)) return null;
  return { tier: 2, hits: perTerm.flat().sort((a, b) => a.start - b.start) };
}

/** Matches one entry against a query (published text first, then the corrected text). */
export function matchEntry(entry: CorpusEntry, query: Query, order: number): ExactMatch | null {
  if (!query.phrase) return null;
  const published = matchText(entry.text, query);
  const corrected = entry.corrected ? matchText(entry.corrected, query) : null;
  const best = corrected && (!published || corrected.tier < published.tier) ? { ...corrected, field: 'corrected' as const } : published ? { ...published, field: 'text' as const } : null;
  if (!best) return null;
  const titleHit = query.terms.every((t) => fold(entry.title).includes(t));
  return { entry, tier: best.tier, field: best.field, hits: best.hits, titleHit, order };
}

/** Every entry that matches, best first: tier, then a title match, then more hits, then document order. */
export function searchExact(entries: readonly CorpusEntry[], query: Query): ExactMatch[] {
  const found: ExactMatch[] = [];
  entries.forEach((entry, i) => {
    const m = matchEntry(entry, query, i);
    if (m) found.push(m);
  });
  return found.sort(
    (a, b) => a.tier - b.tier || Number(b.titleHit) - Number(a.titleHit) || b.hits.length - a.hits.length || a.order - b.order,
  );
}
