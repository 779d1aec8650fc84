// Wordings remembered with one character changed: 受信 for 授信, 迁徙 for 迁移. When the exact pass
// finds nothing, the passages that differ from the query by exactly one Han character, in the same
// place, are worth showing, under a heading that says so. A brute-force scan of the normalised
// corpus: it stops at the second difference, so it costs about two comparisons a character.

import type { Prepared } from './exact.ts';
import type { Hit } from './normalize.ts';

/** One wording of the corpus that differs from the query by one character, and the entries that print it. */
export interface NearWording {
  word: string;
  matches: { p: Prepared; hits: Hit[] }[];
}

/** Queries longer than this are passages, not remembered wordings. */
export const NEAR_LONGEST = 40;
/** Wordings shown at most: a two-character query has many neighbours (可信, 征信, 通信, 授信 for 受信). */
export const MOST_WORDINGS = 5;

const HAN = /^\p{Script=Han}$/u;
/** One segmenter for every hit of every query: making one loads the dictionary. */
let segmenter: Intl.Segmenter | undefined;

/**
 * True when [start, end) of the text sits on word boundaries, as the platform's Chinese word
 * segmentation sees them: 用信 in 使用信用 straddles two words and is no wording of anyone's. Where
 * the platform has no segmenter, every span counts.
 */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return true;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - 12);
  const window = text.slice(from, Math.min(text.length, end + 12));
  const bounds = new Set<number>();
  for (const s of segmenter.segment(window)) bounds.add(from + s.index);
  bounds.add(from + window.length);
  return bounds.has(start) && bounds.has(end);
}

/**
 * The wordings of the corpus that differ from `needle` (a normalised query, two characters or more)
 * by exactly one substituted Han character, each with the entries that print it on word
 * boundaries (`aligned`), the wordings printed by most entries first, at most MOST_WORDINGS.
 */
export function nearWordings(
  prepared: readonly Prepared[],
  needle: string,
  aligned: (text: string, start: number, end: number) => boolean = onWordBoundaries,
): NearWording[] {
  const m = needle.length;
  if ([...needle].length < 2 || m > NEAR_LONGEST || /[\uD800-\uDFFF]/.test(needle)) return [];
  const found = new Map<string, NearWording>();
  for (const p of prepared) {
    const view = p.text.plain;
    const text = view.text;
    for (let i = 0; i + m <= text.length; i++) {
      let at = -1;
      let k = 0;
      for (; k < m; k++) {
        if (text.charCodeAt(i + k) === needle.charCodeAt(k)) continue;
        if (at >= 0) break;
        at = k;
      }
      if (k < m || at < 0 || !HAN.test(text[i + at]) || !HAN.test(needle[at])) continue;
      const hit = { start: view.start[i], end: view.end[i + m - 1] };
      if (!aligned(p.text.original, hit.start, hit.end)) continue;
      const word = text.slice(i, i + m);
      const wording = found.get(word) ?? { word, matches: [] };
      found.set(word, wording);
      const last = wording.matches[wording.matches.length - 1];
      if (last?.p === p) last.hits.push(hit);
      else wording.matches.push({ p, hits: [hit] });
    }
  }
  // Stable: equal counts keep the order the corpus first prints them in.
  return [...found.values()].sort((a, b) => b.matches.length - a.matches.length).slice(0, MOST_WORDINGS);
}
