// Text operations on the document that more than one side needs: the corrected reading of a text
// (the export, search and the site show it beside the published one), and the width and case
// folding that makes ＲＥＩＴｓ and REITs, ９ and 9 the same to a reader.

import type { Correction, Sentence } from './types.ts';

/** A text with the errata corrections placed in it (they never overlap: each has its own place). */
export function correctedText(source: { text: string; corrections: readonly Correction[] }): string {
  let out = source.text;
  for (const c of [...source.corrections].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, c.offset) + c.correction + out.slice(c.offset + c.original.length);
  }
  return out;
}

/** One sentence of a text with the corrections that fall in it put in place. */
export function correctedSentence(sentence: Sentence, corrections: readonly Correction[]): string {
  const end = sentence.start + sentence.text.length;
  const inside = corrections.filter((c) => c.offset >= sentence.start && c.offset < end).map((c) => ({ ...c, offset: c.offset - sentence.start }));
  return correctedText({ text: sentence.text, corrections: inside });
}

/**
 * One UTF-16 unit folded: full-width ASCII to ASCII, the ideographic space to a space, upper to
 * lower case where the lower case is one unit too (İ stays İ), so a fold never changes offsets.
 */
export function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const SEPARATOR = /^[\p{P}\p{Z}\s~`^|]$/u;
/** Each UTF-16 unit's class, looked up once: 0 not yet, 1 separator, 2 anything else. */
const classOf = new Uint8Array(0x10000);

/**
 * True for a unit that separates words and never has to match: punctuation, spaces and a few
 * ASCII marks. The one rule for what text comparisons pass over: the search (a query's 标准地，出让
 * is 标准地 and 出让; the text's “标准地”出让 is 标准地出让) and the comparison of the plans' wordings.
 */
export function isSeparator(code: number): boolean {
  if (classOf[code] === 0) classOf[code] = SEPARATOR.test(String.fromCharCode(code)) ? 1 : 2;
  return classOf[code] === 1;
}

/** The text with every unit folded (foldUnit): offsets in the folded text are offsets in the original. */
export function foldWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}

/** The text cut to `max` UTF-16 units, with … added, when it is longer. */
export function ellipsis(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with lone surrogates (which no encoder accepts) replaced by U+FFFD, as String.prototype.toWellFormed does. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}
