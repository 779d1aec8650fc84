// Normalisation for matching, the same for the corpus and for what the reader types: width and case
// folded (ＲＥＩＴｓ is REITs), punctuation and spaces dropped (“标准地”出让 is 标准地出让). A space stays
// only between two ASCII letters or digits, so 2—3年 does not become 23年. A View remembers, for
// every unit of the normalised text, the span of the original it came from, so that a match found
// in the normalised text is highlighted on the characters the reader sees.

import { foldUnit, foldWidth, isSeparator } from '../../model/text.ts';

/** A normalised text, and for each of its UTF-16 units the original span [start, end) it stands for. */
export interface View {
  text: string;
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/** A string from UTF-16 units, in chunks (no argument-count limit, no rope of single characters). */
function stringOf(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

const separates = isSeparator;

const isAlnum = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);

/** Folds width and case and drops separators, remembering where each unit came from. */
export function normalizeView(original: string): View {
  const length = original.length;
  const units = new Uint16Array(length);
  const start = new Uint32Array(length);
  const end = new Uint32Array(length);
  let n = 0;
  let gap = -1;
  for (let i = 0; i < length; i++) {
    const code = foldUnit(original.charCodeAt(i));
    if (separates(code)) {
      if (gap < 0) gap = i;
      continue;
    }
    if (gap >= 0 && n > 0 && isAlnum(units[n - 1]) && isAlnum(code)) {
      units[n] = 0x20;
      start[n] = gap;
      end[n++] = i;
    }
    gap = -1;
    units[n] = code;
    start[n] = i;
    end[n++] = i + 1;
  }
  return { text: stringOf(units.subarray(0, n)), start: start.subarray(0, n), end: end.subarray(0, n) };
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
    if (!separates(folded.charCodeAt(i))) {
      current += ch;
      continue;
    }
    let j = i;
    while (j + 1 < folded.length && separates(folded.charCodeAt(j + 1))) j++;
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
