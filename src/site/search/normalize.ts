// Normalisation for matching, the same for the corpus and for what the reader types: width and case
// folded (ＲＥＩＴｓ is REITs), punctuation and spaces dropped (“标准地”出让 is 标准地出让), characters
// that show nothing dropped without a trace (标准\u200B地 is 标准地: text pasted from a web page or
// a chat carries zero-width spaces, soft hyphens and the like unseen, and no reader means them). A
// space stays only between two ASCII letters or digits, so 2—3年 does not become 23年. A View
// remembers, for every unit of the normalised text, the span of the original it came from, so that
// a match found in the normalised text is highlighted on the characters the reader sees.

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
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

const separates = isSeparator;

/**
 * Characters that show nothing: zero-width space, non-joiner and joiner, word joiner, byte order
 * mark (zero-width no-break space), soft hyphen, the Hangul fillers, the Mongolian vowel
 * separator, and the tag characters U+E0000–U+E007F.
 */
const INVISIBLE = /[\u00AD\u115F\u1160\u180E\u200B-\u200D\u2060\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;
/** The same, one UTF-16 unit each (the tags aside), as a table: the corpus is normalised unit by unit. */
const INVISIBLE_UNIT = new Uint8Array(0x10000);
for (const code of [0x00ad, 0x115f, 0x1160, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x3164, 0xfeff, 0xffa0]) INVISIBLE_UNIT[code] = 1;

/** How many UTF-16 units of an invisible character start at `i` of `s` (0: none; a tag character is two). */
function invisibleAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code === 0xdb40) {
    const low = s.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdc7f ? 2 : 0;
  }
  return INVISIBLE_UNIT[code];
}

/** The text without the characters that show nothing (as normalizeView drops them). */
export function dropInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** The normalised units of the text at hand, before they become its string: one buffer, reused. */
let scratch = new Uint16Array(1024);

const isAlnum = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);

/** Folds width and case and drops separators and invisible characters, remembering where each unit came from. */
export function normalizeView(original: string): View {
  const length = original.length;
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, 2 * scratch.length));
  const units = scratch;
  // Both maps in one buffer: the corpus is a few thousand views, and every buffer is memory the
  // collector has to account for, in pauses the reader feels while the corpus loads.
  const spans = new Uint32Array(2 * length);
  const start = spans.subarray(0, length);
  const end = spans.subarray(length);
  let n = 0;
  let gap = -1;
  for (let i = 0; i < length; i++) {
    // Nothing at all: neither a character nor a separator (数\u200B据 is 数据, one word).
    const invisible = invisibleAt(original, i);
    if (invisible) {
      i += invisible - 1;
      continue;
    }
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
 * except between two digits (2—3年, 1.5亿 stay one term). Width and case folded; invisible
 * characters dropped (数\u200B据 is one term, 数据), nothing else.
 */
export function splitTerms(raw: string): string[] {
  const folded = foldWidth(dropInvisible(raw));
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
