// Folding for matching: the same fold on both sides (the corpus and what the reader types), so
// ＲＥＩＴｓ finds REITs. Every fold maps one UTF-16 unit to one, so offsets in the folded text are
// offsets in the original, and highlights land on the characters the reader sees.

import { foldWidth } from '../../model/text.ts';

/** Folds a string for matching, keeping its length. */
export const fold = foldWidth;

/** A parsed query: the phrase as typed (whitespace collapsed) and its whitespace-separated terms. */
export interface Query {
  raw: string;
  phrase: string;
  terms: string[];
}

/** Parses what the reader typed. */
export function parseQuery(raw: string): Query {
  const phrase = fold(raw).trim().replace(/\s+/g, ' ');
  const terms = [...new Set(phrase.split(' ').filter(Boolean))];
  return { raw, phrase, terms };
}
