// When a partial match is worth showing. Pagefind segments words and matches any of them, so 元宇宙
// or 个人所得税 bring clauses that share one character or a common word with the query. A partial
// match is shown only when the entry holds a run of at least half of one query term, and at least
// two characters: 数据交易大厅 may bring 数据交易, 元宇宙 brings nothing.

import { occursIn, type Prepared } from './exact.ts';
import type { Alt, Query } from './query.ts';

/** The shortest run of a term that counts as sharing a meaningful part of it. */
function meaningfulLength(term: string): number {
  return Math.max(2, Math.ceil(term.length / 2));
}

/** The runs of a term that count (all of its substrings of the meaningful length). */
export function meaningfulParts(term: string): string[] {
  const k = meaningfulLength(term);
  const out = new Set<string>();
  for (let i = 0; i + k <= term.length; i++) out.add(term.slice(i, i + k));
  return [...out];
}

/** The meaningful parts of every term of the query, in every form, as needles: made once per query. */
export function queryParts(query: Query): Alt[] {
  const parts = new Set(query.terms.flatMap((alts) => alts.flatMap((alt) => meaningfulParts(alt.plain))));
  return [...parts].map((part) => ({ plain: part, numeric: part }));
}

/** True when the entry holds one of the query's parts (queryParts). */
export function sharesPart(p: Prepared, parts: readonly Alt[]): boolean {
  return [p.text, p.title, ...(p.corrected ? [p.corrected] : [])].some((v) => occursIn(v, parts));
}
