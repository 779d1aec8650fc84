// What the reader typed, made ready to match: cut into terms, each term and the whole phrase in
// every simplified form (search/variants.ts) and in two views, with numerals as printed and read as
// numbers (search/numerals.ts). The phrase is the terms run together: 标准地，出让 looks for 标准地出让.

import { foldWidth, wellFormed } from '../../model/text.ts';
import { dropInvisible, normalizeView, splitTerms } from './normalize.ts';
import { numeralView } from './numerals.ts';
import { simplifiedForms, type Variants } from './variants.ts';

/** Longer input is cut: a needle longer than any clause finds nothing, and work stays bounded. */
export const LONGEST_QUERY = 1000;
/**
 * What a search box takes (its maxlength) and what the search page reads from an address: enough
 * for a pasted sentence or a whole citation, and short enough that the address the form makes
 * stays far below the request size servers accept (a 5,000-character query gets 431 from many).
 */
export const QUERY_MAX = 200;

/** A query from an address cut to QUERY_MAX UTF-16 units (as maxlength counts), never inside a surrogate pair; `cut` says whether it was. */
export function capQuery(q: string): { q: string; cut: boolean } {
  if (q.length <= QUERY_MAX) return { q, cut: false };
  const end = /[\uD800-\uDBFF]/.test(q[QUERY_MAX - 1]) ? QUERY_MAX - 1 : QUERY_MAX;
  return { q: q.slice(0, end), cut: true };
}
/** Terms past this many are left out of the all-terms tier (the phrase still has them). */
export const MOST_TERMS = 24;

/** One form of a needle: normalised, and with its numerals read as numbers. */
export interface Alt {
  plain: string;
  numeric: string;
}

/** A parsed query. */
export interface Query {
  raw: string;
  /** The terms in their likeliest simplified form, width folded, joined by spaces: shown back, sent to Pagefind. */
  simplified: string;
  /** Those terms one by one (what reading.ts reads places and domains out of). */
  words: string[];
  /** True when the simplified form differs from what was typed (數據 → 数据). */
  converted: boolean;
  /** The whole query, terms run together. Empty when nothing is left to match. */
  phrase: Alt[];
  /** Each term's forms. */
  terms: Alt[][];
  /** For a query of punctuation only (”，), which normalisation leaves empty: the query as typed, width folded. */
  literal: string;
}

/** The forms of a needle, without repeats; empty when nothing but separators is left. */
function altsOf(s: string, variants: Variants): Alt[] {
  const out: Alt[] = [];
  for (const form of simplifiedForms(s, variants)) {
    const view = normalizeView(form);
    const alt = { plain: view.text, numeric: numeralView(view, true).text };
    if (alt.plain && !out.some((a) => a.plain === alt.plain && a.numeric === alt.numeric)) out.push(alt);
  }
  return out;
}

/** Parses what the reader typed (any string: lone surrogates, markup, megabytes). */
export function parseQuery(raw: string, variants: Variants = new Map()): Query {
  const typed = dropInvisible(wellFormed(raw.slice(0, LONGEST_QUERY)));
  const typedWords = splitTerms(typed);
  const words = typedWords.map((w) => simplifiedForms(w, variants, 1)[0]);
  const simplified = words.join(' ');
  const phrase = altsOf(typedWords.join(''), variants);
  return {
    raw,
    simplified,
    words,
    converted: simplified !== typedWords.join(' '),
    phrase,
    literal: phrase.length ? '' : foldWidth(typed).trim(),
    terms: [...new Set(typedWords)].slice(0, MOST_TERMS).map((w) => altsOf(w, variants)).filter((a) => a.length > 0),
  };
}
