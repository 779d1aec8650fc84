// When a partial match is worth showing. Pagefind segments words and matches any of them, so 元宇宙
// or 个人所得税 bring clauses that share one character or a common word with the query. A partial
// match is shown only when the entry holds a run of at least half of one query term, and at least
// two characters: 数据交易大厅 may bring 数据交易, 元宇宙 brings nothing.

import { occursIn, type Prepared } from './exact.ts';
import type { Query } from './query.ts';

/** The shortest run of a term that counts as sharing a meaningful part of it. */
export function meaningfulLength(term: string): number {
  return Math.max(2, Math.ceil(term.length / 2));
}

/** The runs of a term that count (all of its substrings of the meaningful length). */
export function meaningfulParts(term: string): string[] {
  const k = meaningfulLength(term);
  const out = new Set<string>();
  for (let i = 0; i + k <= term.length; i++) out.add(term.slice(i, i + k));
  return [...out];
}

/** True when the entry shares a meaningful part of some term of the query, in any form. */
export function sharesPart(p: Prepared, query: Query): boolean {
  const texts = [p.text, p.title, ...(p.corrected ? [p.corrected] : [])];
  return query.terms.some((alts) =>
    alts.some((alt) => meaningfulParts(alt.plain).some((part) => texts.some((v) => occursIn(v, [{ plain: part, numeric: part }])))),
  );
}
