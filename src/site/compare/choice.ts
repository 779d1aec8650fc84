// What a comparison view shows, said in words that claim no more than the comparison found: for
// the chosen pilots, how many measures all of them state, how many only some, how many none (those
// are collapsed). A measure a pilot is not in was not found in its plan: never "it has no such
// measure". Pure, for the page scripts and their tests; the words are the page's language's (words.ts).

import type { Lang } from '../../model/urls.ts';
import { compareWords, type PairCount } from './words.ts';

export type { PairCount };

/** The status line and the note standing for the collapsed measures ('' when none are). `coverage` has, for each measure, how many of the chosen pilots state it. */
export function describeChoice(names: string[], coverage: number[], pilots: number, lang: Lang = 'zh'): { status: string; collapsed: string } {
  const w = compareWords(lang);
  const n = names.length;
  if (n === 0) return { status: w.all(pilots), collapsed: '' };
  const every = coverage.filter((c) => c === n).length;
  const some = coverage.filter((c) => c > 0 && c < n).length;
  const none = coverage.filter((c) => c === 0).length;
  if (n === 1) return { status: w.one(names[0], every, none), collapsed: none > 0 ? w.oneCollapsed(names[0], none) : '' };
  return { status: w.many(names, every, some, none), collapsed: none > 0 ? w.manyCollapsed(none) : '' };
}

/** The summary of a pair: what both state, what was found in one plan only, and what neither states. */
export function describePair(first: string, second: string, count: PairCount, lang: Lang = 'zh'): { status: string; collapsed: string } {
  const w = compareWords(lang);
  return { status: w.pair(first, second, count), collapsed: count.neither > 0 ? w.pairCollapsed(count.neither) : '' };
}
