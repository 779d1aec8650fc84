// Similar clauses: for each clause, the clauses of the other plans that share passages of text with
// it, in any domain, each with the passages shown. Clauses are compared as normalise.ts makes them
// (punctuation removed, place names as 〇). A passage is a stretch of a clause in which every run
// of `window` characters also occurs in the other clause, so the shortest passage is `window`
// characters long: long enough to be a measure (公共数据开放共享, 知识产权质押融资), not a word.
// Stock phrases are not passages: a run of `window` characters found in clauses of `stockDomains`
// or more domains is a way of speaking (按照国家统一部署), and one found in more than `maxClauses`
// clauses is a formula; their characters never count. seeds/concordance-review.md records why.
//
// The score of two clauses is the share of both texts inside shared passages: (covered in A +
// covered in B) / (length of A + length of B), the same from either side. Each clause lists at
// most `limit` clauses, best first; one that shares no passage lists none ("no counterpart").

import type { SharedPassage, SimilarClause } from '../model/concordance.ts';
import { allClauses } from '../model/walk.ts';
import type { DocumentModel } from '../model/types.ts';
import { compared, type Compared } from './normalise.ts';

/** What counts as a shared passage and how long lists are; chosen in seeds/concordance-review.md. */
export interface SimilarOptions {
  /** Characters (compared) of the shortest passage. */
  window: number;
  /** A window found in clauses of this many domains or more is a stock phrase. */
  stockDomains: number;
  /** A window found in more clauses than this is a formula (and too common to index). */
  maxClauses: number;
  /** Similar clauses listed per clause, at most. */
  limit: number;
  /** Passages given per similar clause, at most (the longest; the score counts them all). */
  passages: number;
}

export const SIMILAR: SimilarOptions = { window: 8, stockDomains: 3, maxClauses: 30, limit: 5, passages: 12 };

/** A clause as compared. */
export interface ClauseText {
  id: string;
  region: string;
  domain: string;
  text: string;
}

interface Prepared extends Compared {
  /** How many compared characters. */
  length: number;
  /** 1 where a sentence ends between compared character k and k+1. */
  sentenceEnd: Uint8Array;
}

/** Covered stretches of one clause against another, as [start, end) in compared characters, and their total. */
interface Coverage {
  runs: number[];
  covered: number;
}

function prepare(c: ClauseText, places: readonly string[]): Prepared {
  const units = compared(c.text, places);
  const length = units.start.length;
  const sentenceEnd = new Uint8Array(length);
  for (let k = 0; k + 1 < length; k++) {
    for (let i = units.end[k]; i < units.start[k + 1]; i++) if (c.text[i] === '。' || c.text[i] === '！' || c.text[i] === '？') sentenceEnd[k] = 1;
  }
  return { ...units, length, sentenceEnd };
}

/** The window of `size` compared characters starting at `k`. */
function windowAt(p: Prepared, k: number, size: number): string {
  return p.keys.slice(p.at[k], p.at[k + size]);
}

/** Every window of every clause as a number (its id), which clauses hold each window, and whether it is stock. */
function indexWindows(prepared: readonly Prepared[], clauses: readonly ClauseText[], options: SimilarOptions) {
  const idOf = new Map<string, number>();
  const holders: number[][] = [];
  const windows = prepared.map((p, c) => {
    const ids = new Int32Array(Math.max(0, p.length - options.window + 1));
    for (let k = 0; k < ids.length; k++) {
      const w = windowAt(p, k, options.window);
      let id = idOf.get(w);
      if (id === undefined) {
        id = holders.length;
        idOf.set(w, id);
        holders.push([]);
      }
      ids[k] = id;
      const list = holders[id];
      if (list[list.length - 1] !== c && list.length <= options.maxClauses) list.push(c);
    }
    return ids;
  });
  const stock = Uint8Array.from(holders, (list) => (list.length > options.maxClauses || new Set(list.map((c) => clauses[c].domain)).size >= options.stockDomains ? 1 : 0));
  return { windows, holders, stock };
}

/** Which windows of a clause may be matched: those with no character inside a stock window. */
function usableStarts(ids: Int32Array, stock: Uint8Array, size: number): Uint8Array {
  const masked = new Int32Array(ids.length + size + 1);
  for (let k = 0; k < ids.length; k++) {
    if (stock[ids[k]]) {
      masked[k]++;
      masked[k + size]--;
    }
  }
  // inside[i]: how many of the first i characters are masked.
  const inside = new Int32Array(ids.length + size + 1);
  let depth = 0;
  for (let i = 0; i < ids.length + size; i++) {
    depth += masked[i];
    inside[i + 1] = inside[i] + (depth > 0 ? 1 : 0);
  }
  return Uint8Array.from(ids, (_, k) => (inside[k + size] - inside[k] === 0 ? 1 : 0));
}

/** One clause's coverage against every clause it shares a window with (of another region). */
function coverAgainst(c: number, ids: Int32Array, usable: Uint8Array, holders: number[][], clauses: readonly ClauseText[], size: number): Map<number, Coverage> {
  const out = new Map<number, Coverage>();
  for (let k = 0; k < ids.length; k++) {
    if (!usable[k]) continue;
    for (const o of holders[ids[k]]) {
      if (clauses[o].region === clauses[c].region) continue;
      let cov = out.get(o);
      if (!cov) out.set(o, (cov = { runs: [], covered: 0 }));
      const last = cov.runs.length - 1;
      if (last > 0 && cov.runs[last] >= k) {
        cov.covered += k + size - cov.runs[last];
        cov.runs[last] = k + size;
      } else {
        cov.runs.push(k, k + size);
        cov.covered += size;
      }
    }
  }
  return out;
}

/** Fewer compared characters than this, left over where a passage is cut at a sentence end, are not shown. */
const CRUMB = 3;

/**
 * Runs of compared tokens as passages of the clause's text: cut where a sentence ends (a run may
 * cross one, 试点。探索…), crumbs of a cut left out, the longest `limit` kept, in text order.
 */
function passagesOf(text: string, p: Prepared, runs: number[], limit: number): SharedPassage[] {
  const all: SharedPassage[] = [];
  const add = (from: number, to: number) => {
    if (to - from < CRUMB) return;
    all.push({ text: text.slice(p.start[from], p.end[to - 1]), start: p.start[from], end: p.end[to - 1] });
  };
  for (let i = 0; i < runs.length; i += 2) {
    let from = runs[i];
    for (let k = runs[i]; k < runs[i + 1] - 1; k++) {
      if (p.sentenceEnd[k]) {
        add(from, k + 1);
        from = k + 1;
      }
    }
    add(from, runs[i + 1]);
  }
  if (all.length <= limit) return all;
  const keep = new Set([...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start).slice(0, limit));
  return all.filter((x) => keep.has(x));
}

/** For each clause (in the order given), its similar clauses of other regions, best first. */
export function findSimilar(clauses: readonly ClauseText[], places: readonly string[], options = SIMILAR): SimilarClause[][] {
  const prepared = clauses.map((c) => prepare(c, places));
  const { windows, holders, stock } = indexWindows(prepared, clauses, options);
  const coverage = windows.map((ids, c) => coverAgainst(c, ids, usableStarts(ids, stock, options.window), holders, clauses, options.window));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return clauses.map((c, a) => {
    const found: { b: number; score: number; mine: Coverage; theirs: Coverage }[] = [];
    for (const [b, mine] of coverage[a]) {
      const theirs = coverage[b].get(a);
      if (!theirs) continue;
      const score = round((mine.covered + theirs.covered) / (prepared[a].length + prepared[b].length));
      found.push({ b, score, mine, theirs });
    }
    found.sort((x, y) => y.score - x.score || x.b - y.b);
    return found.slice(0, options.limit).map(({ b, score, mine, theirs }) => ({
      clause: clauses[b].id,
      score,
      passages: passagesOf(c.text, prepared[a], mine.runs, options.passages),
      theirPassages: passagesOf(clauses[b].text, prepared[b], theirs.runs, options.passages),
    }));
  });
}

/** Fills each clause's `similar` from the whole model, comparing with `places` as one placeholder. */
export function annotateSimilar(model: DocumentModel, places: readonly string[], options = SIMILAR): void {
  const clauses = allClauses(model);
  const similar = findSimilar(clauses, places, options);
  clauses.forEach((c, i) => (c.similar = similar[i]));
}
