// The similar clauses as a clause page shows them (src/model/concordance.ts, SimilarClause): each
// with the passages it shares, cut to a few dozen characters so that the page stays small; the
// longest passages first, shown in the order they read.

import type { SharedPassage } from '../model/concordance.ts';

/** Up to `total` characters of passages, none longer than `each` (cut with …), and how many are left out. */
export function passageExcerpts(passages: readonly SharedPassage[], total = 60, each = 36): { shown: string[]; more: number } {
  const byLength = passages.map((p, i) => ({ i, chars: [...p.text] })).sort((x, y) => y.chars.length - x.chars.length || x.i - y.i);
  const picked: { i: number; text: string }[] = [];
  let used = 0;
  for (const p of byLength) {
    const text = p.chars.length > each ? `${p.chars.slice(0, each - 1).join('')}…` : p.chars.join('');
    if (picked.length > 0 && used + [...text].length > total) continue;
    picked.push({ i: p.i, text });
    used += [...text].length;
  }
  return { shown: picked.sort((x, y) => x.i - y.i).map((p) => p.text), more: passages.length - picked.length };
}
