// How wordings are compared across the ten plans, in one place: punctuation aside (the separators
// of text.ts, the same the search ignores), and the names of regions and places (a pilot's own
// name, its cities and provinces) replaced by one placeholder, so that 支持南京市… and 支持厦门市…
// read alike. The measures' similarity and their differences, in the converter and on the compare
// pages alike, go through this; `tokenise` keeps each compared character's place in the original
// text, so differences can be shown on the text as published.

import { comparedPlaceNames } from './places.ts';
import { REGIONS, regionByAnnex } from './tables.ts';
import { isSeparator } from './text.ts';
import type { DocumentModel } from './types.ts';

/** What every place name becomes when compared. */
export const PLACEHOLDER = '〇';


/** The place names to ignore when comparing, from the model's one list (src/model/places.ts). */
export function placeNames(model: DocumentModel): string[] {
  const scopes = new Map(model.annexes.map((a) => [regionByAnnex(a.number)?.slug, a.scope?.text ?? '']));
  const regions = REGIONS.filter((r) => scopes.has(r.slug));
  return comparedPlaceNames(regions, (slug) => scopes.get(slug) ?? '');
}

const patterns = new WeakMap<readonly string[], RegExp>();

function placePattern(places: readonly string[]): RegExp {
  let pattern = patterns.get(places);
  if (!pattern) {
    // One alternation, longest names first, so 北京市 wins over 北京.
    pattern = new RegExp([...places].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'gu');
    patterns.set(places, pattern);
  }
  return pattern;
}

/** A sentence as compared: without punctuation, places replaced by a placeholder. */
export function normalise(text: string, places: readonly string[]): string {
  let out = '';
  for (const ch of text.replace(placePattern(places), PLACEHOLDER)) if (!isPunctuation(ch)) out += ch;
  return out;
}

/** Whether one character is punctuation (or space) that comparisons ignore: a separator of text.ts. */
export function isPunctuation(char: string): boolean {
  return char.length === 1 && isSeparator(char.charCodeAt(0));
}

/** One compared unit of a text: a character, or a whole place name; with its span in the original (code units). */
export interface Token {
  /** The character as compared; a place name's key is the placeholder. */
  key: string;
  start: number;
  end: number;
  /** Punctuation: kept in the text, ignored by comparisons. */
  punctuation: boolean;
}

/**
 * Walks a text as compared: every code point one step, except that a place name is one step keyed by
 * the placeholder. `visit` gets each step's key, its span in the text and whether it is punctuation.
 */
function walk(text: string, places: readonly string[], visit: (key: string, start: number, end: number, punctuation: boolean) => void): void {
  const chars = (from: number, to: number) => {
    for (let i = from; i < to; ) {
      const key = String.fromCodePoint(text.codePointAt(i)!);
      visit(key, i, i + key.length, isPunctuation(key));
      i += key.length;
    }
  };
  let at = 0;
  for (const m of text.matchAll(placePattern(places))) {
    chars(at, m.index);
    visit(PLACEHOLDER, m.index, m.index + m[0].length, false);
    at = m.index + m[0].length;
  }
  chars(at, text.length);
}

/**
 * The text cut into tokens: every code point one token, except that a place name is one token keyed
 * by the placeholder. The non-punctuation keys, joined, are exactly `normalise(text)`.
 */
export function tokenise(text: string, places: readonly string[]): Token[] {
  const out: Token[] = [];
  walk(text, places, (key, start, end, punctuation) => out.push({ key, start, end, punctuation }));
  return out;
}

/** A text's compared characters (punctuation left out), compactly: for long texts, where a Token per character costs too much. */
export interface Compared {
  /** Their keys end to end: exactly `normalise(text)`. */
  keys: string;
  /** Where compared character i's key starts in `keys` (one more entry: the end). */
  at: Int32Array;
  /** Its span in the text (code units). */
  start: Int32Array;
  end: Int32Array;
}

/** The compared characters of a text, as `tokenise` finds them, without the punctuation. */
export function compared(text: string, places: readonly string[]): Compared {
  const keys: string[] = [];
  const at = [0];
  const start: number[] = [];
  const end: number[] = [];
  walk(text, places, (key, from, to, punctuation) => {
    if (punctuation) return;
    keys.push(key);
    at.push(at[at.length - 1] + key.length);
    start.push(from);
    end.push(to);
  });
  return { keys: keys.join(''), at: Int32Array.from(at), start: Int32Array.from(start), end: Int32Array.from(end) };
}
