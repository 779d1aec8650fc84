// Normalisation for matching, the same for the corpus and for what the reader types: width and case
// folded (ＲＥＩＴｓ is REITs), punctuation and spaces dropped (“标准地”出让 is 标准地出让). A space stays
// only between two ASCII letters or digits, so 2—3年 does not become 23年. A View remembers, for
// every unit of the normalised text, the span of the original it came from, so that a match found
// in the normalised text is highlighted on the characters the reader sees.

import { foldWidth } from '../../model/text.ts';

/** A normalised text, and for each of its UTF-16 units the original span [start, end) it stands for. */
export interface View {
  text: string;
  start: readonly number[];
  end: readonly number[];
}

const SEPARATOR = /^[\p{P}\p{Z}\s~`^|]$/u;
const ALNUM = /^[0-9a-z]$/;

/** True for what separates words and never has to match: punctuation, spaces, a few ASCII marks. */
export function isSeparator(ch: string): boolean {
  return SEPARATOR.test(ch);
}

/** Folds width and case and drops separators, remembering where each unit came from. */
export function normalizeView(original: string): View {
  const folded = foldWidth(original);
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let gap = -1;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (isSeparator(ch)) {
      if (gap < 0) gap = i;
      continue;
    }
    if (gap >= 0 && text && ALNUM.test(text[text.length - 1]) && ALNUM.test(ch)) {
      text += ' ';
      start.push(gap);
      end.push(i);
    }
    gap = -1;
    text += ch;
    start.push(i);
    end.push(i + 1);
  }
  return { text, start, end };
}

/** The normalised text alone (for the query, which needs no map back). */
export function normalizeText(s: string): string {
  return normalizeView(s).text;
}

/**
 * What the reader typed, cut into terms at punctuation and spaces (标准地，出让 is 标准地 and 出让),
 * except between two digits (2—3年, 1.5亿 stay one term). Width and case folded; nothing dropped.
 */
export function splitTerms(raw: string): string[] {
  const folded = foldWidth(raw);
  const terms: string[] = [];
  let current = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (!isSeparator(ch)) {
      current += ch;
      continue;
    }
    let j = i;
    while (j + 1 < folded.length && isSeparator(folded[j + 1])) j++;
    const joinsDigits = /\d$/.test(current) && /^\d/.test(folded[j + 1] ?? '');
    if (joinsDigits) current += ch;
    else if (current) {
      terms.push(current);
      current = '';
    }
    i = j;
  }
  if (current) terms.push(current);
  return terms;
}

/** A span of the original text, in UTF-16 offsets. */
export interface Hit {
  start: number;
  end: number;
}

/** Where a needle occurs in a view, as spans of the original text (non-overlapping, in order). */
export function findInView(view: View, needle: string): Hit[] {
  const hits: Hit[] = [];
  if (!needle) return hits;
  for (let i = view.text.indexOf(needle); i !== -1; i = view.text.indexOf(needle, i + needle.length)) {
    hits.push({ start: view.start[i], end: view.end[i + needle.length - 1] });
  }
  return hits;
}
