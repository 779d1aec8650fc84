// Shared and distinctive text. The ten plans were written from a common template; a sentence that
// recurs, identical or nearly so, in another annex is shared, and one that does not is distinctive
// to its pilot. Sentences are compared after normalising: punctuation removed, and the names of
// regions and places (the pilot's own name, its cities and provinces) replaced by one placeholder.
// "Nearly": the Dice coefficient of their character bigrams is at least `threshold`.

import type { DocumentModel } from '../model/types.ts';
import { allClauses } from '../model/walk.ts';

/** One sentence to compare: which region it belongs to and its text. */
export interface SentenceRef {
  region: string;
  text: string;
}

const PUNCTUATION = /[\s\u3000，。、；：！？“”‘’（）《》〔〕【】—…·,.;:!?"'()[\]-]/gu;
const PLACEHOLDER = '〇';

/** The place names to ignore when comparing: pilot names and every province, city and district in the scopes. */
export function placeNames(model: DocumentModel): string[] {
  const names = new Set<string>(['试点地区', '试点城市']);
  for (const a of model.annexes) {
    names.add(a.regionName);
    for (const m of (a.scope?.text ?? '').matchAll(/[\u4e00-\u9fff]{2,}?(?:省|自治区|市|区|县)/gu)) {
      const name = m[0].replace(/^(?:试点范围包括|包括)/u, '');
      if (name.length >= 2) names.add(name);
      // Short forms people write: 南京 for 南京市, 北京 for 北京市.
      const short = name.replace(/(?:省|市)$/u, '');
      if (short.length >= 2 && /(?:省|市)$/u.test(name)) names.add(short);
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

const patterns = new WeakMap<readonly string[], RegExp>();

/** A sentence as compared: without punctuation, places replaced by a placeholder. */
export function normalise(text: string, places: readonly string[]): string {
  let pattern = patterns.get(places);
  if (!pattern) {
    // One alternation, longest names first, so 北京市 wins over 北京.
    pattern = new RegExp([...places].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'gu');
    patterns.set(places, pattern);
  }
  return text.replace(pattern, PLACEHOLDER).replace(PUNCTUATION, '');
}

/** The distinct character bigrams of a string, as numbers (two UTF-16 units in one integer). */
function bigrams(s: string): number[] {
  if (s.length < 2) return [s.length ? s.charCodeAt(0) : 0];
  const out = new Set<number>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1));
  return [...out];
}

/**
 * For each sentence, the other regions that have the same sentence (identical after normalising,
 * or bigram Dice ≥ threshold). An inverted index of bigrams counts, for each pair of sentences, the
 * bigrams they share, so every Dice coefficient comes from one pass over the index.
 */
export function shareSentences(sentences: readonly SentenceRef[], places: readonly string[], threshold = 0.8): string[][] {
  const ids = new Map<number, number>();
  const grams = sentences.map((s) => bigrams(normalise(s.text, places)).map((b) => ids.get(b) ?? (ids.set(b, ids.size), ids.size - 1)));
  const postings: number[][] = Array.from({ length: ids.size }, () => []);
  grams.forEach((g, i) => g.forEach((b) => postings[b].push(i)));
  const counts = new Int32Array(sentences.length);
  return grams.map((g, i) => {
    const touched: number[] = [];
    for (const b of g) {
      for (const j of postings[b]) {
        if (sentences[j].region === sentences[i].region) continue;
        if (counts[j]++ === 0) touched.push(j);
      }
    }
    const regions = new Set<string>();
    for (const j of touched) {
      if ((2 * counts[j]) / (g.length + grams[j].length) >= threshold) regions.add(sentences[j].region);
      counts[j] = 0;
    }
    return [...regions];
  });
}

/** Fills each clause's `sharing`: per sentence, the other regions (in annex order) that share it. */
export function annotateSharing(model: DocumentModel): void {
  const clauses = allClauses(model);
  const refs = clauses.flatMap((c) => c.sentences.map((text) => ({ region: c.region, text })));
  const shared = shareSentences(refs, placeNames(model));
  const order = model.annexes.map((a) => a.region);
  let k = 0;
  for (const c of clauses) c.sharing = c.sentences.map(() => shared[k++].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
}
