// Shared and distinctive sentences (src/converter/sharing.ts): the indexed comparison finds exactly
// what comparing every pair would, and hostile input costs no more than plain input of its size.

import { beforeAll, describe, expect, it } from 'vitest';
import { normalise, placeNames } from '../../src/converter/normalise.ts';
import { shareSentences, type SentenceRef } from '../../src/converter/sharing.ts';
import type { DocumentModel } from '../../src/model/types.ts';
import { fewLetterSentences, plainSentences, repeatedSentences, timeRatio } from './hostile.ts';
import { convertRealSeed } from './support.ts';

const REGIONS = ['beijing', 'sunan', 'hangyongwen', 'hefei', 'fuxiaquan', 'zhengzhou', 'changzhutan', 'dawanqu', 'chongqing', 'chengdu'];

/** The definition, pair by pair: the other regions with a sentence whose bigram Dice is at least `threshold`. */
function shareByEveryPair(sentences: readonly SentenceRef[], places: readonly string[], threshold: number): string[][] {
  const sets = sentences.map((s) => {
    const n = normalise(s.text, places);
    return n.length < 2 ? new Set([`unit:${n}`]) : new Set(Array.from({ length: n.length - 1 }, (_, i) => n.slice(i, i + 2)));
  });
  return sentences.map((s, i) => {
    const regions = new Set<string>();
    sentences.forEach((t, j) => {
      if (t.region === s.region) return;
      const common = [...sets[i]].filter((b) => sets[j].has(b)).length;
      if ((2 * common) / (sets[i].size + sets[j].size) >= threshold) regions.add(t.region);
    });
    return [...regions].sort();
  });
}

let model: DocumentModel;
let refs: SentenceRef[];

beforeAll(() => {
  model = convertRealSeed().site!.model;
  refs = model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses.flatMap((c) => c.sentences.map(({ text }) => ({ region: c.region, text })))));
});

describe('shareSentences', () => {
  it('finds on the real seed exactly the regions that comparing every pair of sentences finds', () => {
    const places = placeNames(model);
    const indexed = shareSentences(refs, places).map((r) => [...r].sort());
    expect(indexed).toEqual(shareByEveryPair(refs, places, 0.8));
  });

  // Comparing every pair would make these ratios grow with the size (about 30 at 7,000 sentences).
  it('takes about as long for one clause of 10,000 near-identical sentences as for 10,000 plain ones', () => {
    const plain = plainSentences(10_000, REGIONS);
    const hostile = [...refs, ...repeatedSentences(10_000 - refs.length, 'beijing')];
    expect(timeRatio(() => shareSentences(plain, []), () => shareSentences(hostile, []))).toBeLessThan(4);
  });

  it('takes about as long for sentences made of eight characters (every bigram common) as for plain ones', () => {
    const plain = plainSentences(10_000, REGIONS);
    const hostile = fewLetterSentences(10_000, ['beijing', 'sunan']);
    expect(timeRatio(() => shareSentences(plain, []), () => shareSentences(hostile, []))).toBeLessThan(4);
  });
});
