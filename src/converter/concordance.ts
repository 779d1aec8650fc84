// The concordance of one domain: its sentences from all ten plans grouped into measures, aligned by
// what they say rather than by clause number, as parallel texts are aligned by shared passage.
//
// Sentences are compared as normalise.ts makes them (punctuation removed, place names as 〇), by
// the Dice coefficient of their character bigrams.
// 1. Identical wordings are one wording: they always share a row.
// 2. Wordings are grouped by average linkage (linkage.ts): two groups merge while the mean Dice
//    over all their pairs of sentences is at least `threshold`, and only if every such pair reaches
//    `floor`. No chain A~B~C pulls in a C that shares little with A, and the result does not depend
//    on the order sentences are read in (only ties are settled by document order).
// 3. A row's reference wording is its most common wording (ties: the earliest); every sentence is
//    shown as its difference from it (wording-diff.ts).
// 4. A row with two or more pilots is a shared measure; a one-pilot row holds that pilot's
//    distinctive sentences. A pilot may have several sentences in one row: a plan that repeats a
//    template sentence, or says it twice in near words, is not thereby distinctive.
// seeds/concordance-review.md records how the threshold was chosen and a reviewed sample of rows.

import { createHash } from 'node:crypto';
import type { Concordance, ConcordanceCell, ConcordanceRow } from '../model/concordance.ts';
import { DOMAINS } from '../model/tables.ts';
import { allClauses } from '../model/walk.ts';
import type { DocumentModel } from '../model/types.ts';
import { gramSets } from './dice.ts';
import { averageLinkage, similarPairs, type PairLimits } from './linkage.ts';
import { normalise } from './normalise.ts';
import { diffWording } from './wording-diff.ts';

/** How rows are formed; the values are chosen in seeds/concordance-review.md. */
export interface ConcordanceOptions {
  /** Mean bigram Dice over all pairs of sentences of two groups at or above which they merge. */
  threshold: number;
  /** Bigram Dice every two sentences of a row reach at least. */
  floor: number;
  /** Per wording, at most: index entries looked at, candidates compared, pairs kept (the real seed needs far fewer). */
  limits: PairLimits;
}

export const CONCORDANCE: ConcordanceOptions = { threshold: 0.55, floor: 0.5, limits: { visit: 2000, verify: 64, keep: 12 } };

/** One sentence of the domain, in document order. */
export interface DomainSentence {
  region: string;
  /** Clause id (beijing-12). */
  clause: string;
  /** 1-based number in the clause. */
  sentence: number;
  text: string;
}

interface Wording {
  key: string;
  /** Indexes of its sentences, in document order. */
  sentences: number[];
}

/** Identical normalised sentences as one wording, taken most common first, then by first sentence. */
function wordingsOf(sentences: readonly DomainSentence[], places: readonly string[]): Wording[] {
  const byKey = new Map<string, Wording>();
  sentences.forEach((s, i) => {
    const key = normalise(s.text, places);
    const w = byKey.get(key) ?? { key, sentences: [] };
    w.sentences.push(i);
    byKey.set(key, w);
  });
  return [...byKey.values()].sort((a, b) => b.sentences.length - a.sentences.length || a.sentences[0] - b.sentences[0]);
}

/** For each wording, the index of its row's reference: the row's first wording, so its most common. */
function groupWordings(wordings: readonly Wording[], options: ConcordanceOptions): number[] {
  const grams = gramSets(wordings.map((w) => w.key));
  const pairs = similarPairs(grams, options.floor, options.limits);
  return averageLinkage(wordings.map((w) => w.sentences.length), pairs, options.threshold);
}

/** `{domain}-` and 6 hex characters of the reference's hash; longer for rows whose 6 characters collide. */
export function rowIds(domain: string, keys: readonly string[]): string[] {
  const hashes = keys.map((k) => createHash('sha256').update(k).digest('hex'));
  const count = new Map<string, number>();
  for (const h of hashes) count.set(h.slice(0, 6), (count.get(h.slice(0, 6)) ?? 0) + 1);
  const colliding = hashes.filter((h) => count.get(h.slice(0, 6))! > 1);
  let length = 6;
  while (length < 64 && new Set(colliding.map((h) => h.slice(0, length))).size < colliding.length) length += 2;
  // Only colliding rows take the longer form; the others keep theirs.
  return hashes.map((h) => `${domain}-${h.slice(0, count.get(h.slice(0, 6))! > 1 ? length : 6)}`);
}

/** The concordance of one domain: `sentences` are all of the domain's sentences, in document order. */
export function concordDomain(domain: string, sentences: readonly DomainSentence[], regions: readonly string[], places: readonly string[], options = CONCORDANCE): Concordance {
  const wordings = wordingsOf(sentences, places);
  const joins = groupWordings(wordings, options);
  const groups = new Map<number, number[]>();
  joins.forEach((ref, w) => {
    const members = groups.get(ref);
    if (members) for (const i of wordings[w].sentences) members.push(i);
    else groups.set(ref, [...wordings[w].sentences]);
  });

  const rows: (ConcordanceRow & { first: number; pilots: number })[] = [];
  const distinctive: Record<string, { at: number; cell: ConcordanceCell }[]> = Object.fromEntries(regions.map((r) => [r, []]));
  for (const [ref, members] of groups) {
    members.sort((a, b) => a - b);
    const reference = sentences[wordings[ref].sentences[0]].text;
    const same = new Set(wordings[ref].sentences);
    const pilots = new Set(members.map((i) => sentences[i].region)).size;
    // The reference's own wording differs from it in nothing compared; a distinctive sentence is compared with nothing.
    const cellOf = (i: number, compare: boolean): ConcordanceCell => {
      const s = sentences[i];
      const { runs, similarity } = compare && !same.has(i) ? diffWording(reference, s.text, places) : { runs: [{ text: s.text, op: 'same' as const }], similarity: 1 };
      return { region: s.region, clause: s.clause, sentence: s.sentence, text: s.text, diff: runs, similarity: round(similarity) };
    };
    if (pilots > 1) {
      const cells = members.map((i) => cellOf(i, true));
      const agreement = round(cells.reduce((n, c) => n + c.similarity, 0) / cells.length);
      rows.push({ id: '', cells, agreement, reference, normalised: wordings[ref].key, first: members[0], pilots });
    } else {
      for (const i of members) (distinctive[sentences[i].region] ??= []).push({ at: i, cell: cellOf(i, false) });
    }
  }
  rows.sort((a, b) => b.pilots - a.pilots || a.first - b.first);
  const ids = rowIds(domain, rows.map((r) => r.normalised));
  return {
    domain,
    rows: rows.map(({ first: _f, pilots: _p, ...row }, i) => ({ ...row, id: ids[i] })),
    distinctive: Object.fromEntries(Object.entries(distinctive).map(([r, list]) => [r, list.sort((a, b) => a.at - b.at).map((d) => d.cell)])),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The concordance of every domain (in the order of the domain table), from the model's clauses, with `places` as one placeholder. */
export function concordModel(model: DocumentModel, places: readonly string[], options = CONCORDANCE): Concordance[] {
  const regions = model.annexes.map((a) => a.region);
  const clauses = allClauses(model);
  return DOMAINS.map((d) => {
    const sentences = clauses
      .filter((c) => c.domain === d.slug)
      .flatMap((c) => c.sentences.map(({ text }, i) => ({ region: c.region, clause: c.id, sentence: i + 1, text })));
    return concordDomain(d.slug, sentences, regions, places, options);
  });
}
