// The exact pass: substring matching over the whole corpus, normalised (normalize.ts, numerals.ts).
// Chinese word segmentation at index and query time can disagree (Pagefind #987, #1237); a
// substring match cannot, so every clause that contains the query is found, always. Tier 1: the
// whole query occurs; tier 2: every term occurs.

import type { CorpusEntry } from './corpus.ts';
import { foldWidth } from '../../model/text.ts';
import { findInView, normalizeView, type Hit, type View } from './normalize.ts';
import { numeralView } from './numerals.ts';
import type { Alt, Query } from './query.ts';
import { compareMatches, coverWindow } from './rank.ts';

export type { Hit } from './normalize.ts';

/** A text in both views: normalised, and with numerals read as numbers (the same object when none are). */
export interface Views {
  /** The text as published: queries of punctuation alone are matched in it, width folded. */
  original: string;
  plain: View;
  numeric: View;
}

/** An entry made ready to search, once, when the corpus loads. */
export interface Prepared {
  entry: CorpusEntry;
  order: number;
  text: Views;
  corrected: Views | null;
  title: Views;
}

/** An entry that matched, with where. */
export interface ExactMatch {
  entry: CorpusEntry;
  tier: 1 | 2;
  /** Which text matched: the published one or the corrected one. */
  field: 'text' | 'corrected';
  hits: Hit[];
  titleScore: number;
  window: number;
  order: number;
}

/** A text's two views. */
function viewsOf(text: string): Views {
  const plain = normalizeView(text);
  return { original: text, plain, numeric: numeralView(plain) };
}

/** One entry normalised, at its place in the corpus. */
export function prepareEntry(entry: CorpusEntry, order: number): Prepared {
  return { entry, order, text: viewsOf(entry.text), corrected: entry.corrected ? viewsOf(entry.corrected) : null, title: viewsOf(entry.title) };
}

/** Every entry normalised, once. */
export function prepare(entries: readonly CorpusEntry[]): Prepared[] {
  return entries.map(prepareEntry);
}

/** Hits in text order, overlaps dropped. */
function merge(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}

/** Where one form of a needle occurs in a text, in either view. */
function find(v: Views, alts: readonly Alt[]): Hit[] {
  const hits: Hit[] = [];
  for (const a of alts) {
    hits.push(...findInView(v.plain, a.plain));
    if (v.numeric !== v.plain || a.numeric !== a.plain) hits.push(...findInView(v.numeric, a.numeric));
  }
  return merge(hits);
}

/** True when the needle occurs in the text in any of its forms. */
export function occursIn(v: Views, alts: readonly Alt[]): boolean {
  return alts.some((a) => v.plain.text.includes(a.plain) || v.numeric.text.includes(a.numeric));
}

/** Where a string occurs in the width-folded text (folding keeps offsets; done only for these rare queries). */
function findLiteral(v: Views, needle: string): Hit[] {
  const hits: Hit[] = [];
  const folded = foldWidth(v.original);
  for (let i = folded.indexOf(needle); needle && i !== -1; i = folded.indexOf(needle, i + needle.length)) hits.push({ start: i, end: i + needle.length });
  return hits;
}

function matchViews(v: Views, query: Query): { tier: 1 | 2; hits: Hit[]; window: number } | null {
  if (query.literal) {
    const hits = findLiteral(v, query.literal);
    return hits.length ? { tier: 1, hits, window: 0 } : null;
  }
  const whole = find(v, query.phrase);
  if (whole.length) return { tier: 1, hits: whole, window: 0 };
  if (query.terms.length < 2) return null;
  const perTerm: Hit[][] = [];
  for (const alts of query.terms) {
    const hits = find(v, alts);
    if (!hits.length) return null;
    perTerm.push(hits);
  }
  return { tier: 2, hits: merge(perTerm.flat()), window: coverWindow(perTerm) };
}

/** Matches one entry (published text first, then the corrected text). */
function matchEntry(p: Prepared, query: Query): ExactMatch | null {
  if (!query.phrase.length && !query.literal) return null;
  const published = matchViews(p.text, query);
  const corrected = p.corrected && (!published || published.tier > 1) ? matchViews(p.corrected, query) : null;
  const best = corrected && (!published || corrected.tier < published.tier) ? { ...corrected, field: 'corrected' as const } : published ? { ...published, field: 'text' as const } : null;
  if (!best) return null;
  const titleScore = query.literal ? 0 : occursIn(p.title, query.phrase) ? 2 : query.terms.filter((t) => occursIn(p.title, t)).length / Math.max(1, query.terms.length);
  return { entry: p.entry, tier: best.tier, field: best.field, hits: best.hits, titleScore, window: best.window, order: p.order };
}

/** Every entry that matches, best first (rank.ts). */
export function searchExact(prepared: readonly Prepared[], query: Query): ExactMatch[] {
  const found: ExactMatch[] = [];
  for (const p of prepared) {
    const m = matchEntry(p, query);
    if (m) found.push(m);
  }
  return found.sort(compareMatches);
}
