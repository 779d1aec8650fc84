// Stage 6, annotate (sharing): shared and distinctive text. The ten plans were written from a common template; a sentence that
// recurs, identical or nearly so, in another annex is shared, and one that does not is distinctive
// to its pilot. Sentences are compared after normalising (normalise.ts): punctuation removed, and
// the names of regions and places replaced by one placeholder. "Nearly": the Dice coefficient of
// their character bigrams is at least `threshold`.

import { allClauses } from '../model/walk.ts';
import type { DocumentModel } from '../model/types.ts';
import { diceAtLeast, gramSets, indexPrefixes, prefixLength, sizesCanMeet } from './dice.ts';
import { normalise } from './normalise.ts';

/** One sentence to compare: which region it belongs to and its text. */
export interface SentenceRef {
  region: string;
  text: string;
}

/**
 * Per wording, how many index entries it looks at and how many candidates it compares, at most.
 * The real seed needs 59 and 11; the caps only bite on hostile input (thousands of texts made of
 * the same few characters), where they keep the work linear at the cost of possibly missing a share.
 */
export const LIMITS = { visit: 2000, verify: 100 };

/** Identical normalised sentences, once each, with every region that has them. */
function dedupe(sentences: readonly SentenceRef[], places: readonly string[]) {
  const regionIds = new Map<string, number>();
  const index = new Map<string, number>();
  const texts: string[] = [];
  const regions: number[][] = [];
  const wordingOf = sentences.map((s) => {
    const r = regionIds.get(s.region) ?? (regionIds.set(s.region, regionIds.size), regionIds.size - 1);
    const key = normalise(s.text, places);
    let w = index.get(key);
    if (w === undefined) {
      w = texts.length;
      index.set(key, w);
      texts.push(key);
      regions.push([]);
    }
    if (!regions[w].includes(r)) regions[w].push(r);
    return { wording: w, region: r };
  });
  return { regionNames: [...regionIds.keys()], texts, regions, wordingOf };
}

/**
 * For each sentence, the other regions that have the same sentence (identical after normalising,
 * or bigram Dice ≥ threshold), in the order the regions first appear in the input.
 *
 * Identical sentences are compared once. Each wording's rarest bigrams (its prefix) are indexed,
 * grouped by the set of regions that have the wording, so a wording never looks at candidates whose
 * regions it already shares (its own region above all: one clause of 70,000 sentences costs no more
 * than 70,000 sentences spread over the plans).
 */
export function shareSentences(sentences: readonly SentenceRef[], places: readonly string[], threshold = 0.8): string[][] {
  const { regionNames, texts, regions, wordingOf } = dedupe(sentences, places);
  const grams = gramSets(texts);

  // The index of prefixes, grouped within each bigram by the set of regions that have the wording.
  const signatures = new Map<string, number>();
  const signatureRegions: number[][] = [];
  const signatureOf = Int32Array.from(regions, (rs) => {
    const key = [...rs].sort((a, b) => a - b).join(',');
    return signatures.get(key) ?? (signatures.set(key, signatures.size), signatureRegions.push(rs), signatures.size - 1);
  });
  const index = indexPrefixes(grams, threshold, signatureOf, signatures.size);

  const seen = new Int32Array(texts.length).fill(-1);
  const has = new Int32Array(regionNames.length).fill(-1);
  const covered = (sig: number, w: number) => signatureRegions[sig].every((r) => has[r] === w);
  const shared: number[][] = grams.map((g, w) => {
    const found = [...regions[w]];
    for (const r of found) has[r] = w;
    let visits = LIMITS.visit;
    let compares = LIMITS.verify;
    probe: for (let k = 0; k < prefixLength(g.length, threshold); k++) {
      for (let e = index.start[g[k]]; e < index.start[g[k] + 1]; e = index.runEnd[e]) {
        const sig = index.group[e];
        if (covered(sig, w)) continue;
        for (let f = e; f < index.runEnd[e]; f++) {
          const v = index.item[f];
          if (visits-- === 0) break probe;
          if (seen[v] === w) continue;
          seen[v] = w;
          if (!sizesCanMeet(g.length, grams[v].length, threshold)) continue;
          if (compares-- === 0) break probe;
          if (diceAtLeast(g, grams[v], threshold) === null) continue;
          for (const r of regions[v]) if (has[r] !== w) (has[r] = w), found.push(r);
          if (covered(sig, w)) break;
        }
      }
    }
    return found.sort((a, b) => a - b);
  });
  return wordingOf.map(({ wording, region }) => shared[wording].filter((r) => r !== region).map((r) => regionNames[r]));
}

/** Fills each clause's `sharing`: per sentence, the other regions (in annex order) that share it, comparing with `places` as one placeholder. */
export function annotateSharing(model: DocumentModel, places: readonly string[]): void {
  const clauses = allClauses(model);
  const refs = clauses.flatMap((c) => c.sentences.map(({ text }) => ({ region: c.region, text })));
  const shared = shareSentences(refs, places);
  const order = model.annexes.map((a) => a.region);
  let k = 0;
  for (const c of clauses) c.sharing = c.sentences.map(() => shared[k++].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
}
