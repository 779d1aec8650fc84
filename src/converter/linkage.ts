// Grouping near-identical wordings: average linkage (UPGMA) over a sparse graph of similar pairs.
// Two groups merge while the mean similarity over all their pairs of sentences is at least
// `threshold`, and only if every one of those pairs reaches `floor` (so a group never holds two
// sentences that share little, and no chain A~B~C of single linkage pulls in a C unlike A).
// Only pairs at or above `floor` are ever compared (dice.ts prefix filtering), and each item keeps
// at most `keep` of them, so the work stays near linear even on hostile input.

import { diceAtLeast, indexPrefixes, prefixLength, sizesCanMeet, type GramSets } from './dice.ts';

/** Per item, at most: index entries looked at, candidates compared, best pairs kept (it stops looking at twice that many). */
export interface PairLimits {
  visit: number;
  verify: number;
  keep: number;
}

/** A similar pair of items, `a` < `b`. */
export interface Pair {
  a: number;
  b: number;
  score: number;
}

/** Every pair of items whose bigram Dice is at least `floor` (within the limits), found through an index of prefixes. */
export function similarPairs(grams: GramSets, floor: number, limits: PairLimits): Pair[] {
  const index = indexPrefixes(grams, floor);
  const seen = new Int32Array(grams.length).fill(-1);
  const pairs: Pair[] = [];
  grams.forEach((g, b) => {
    const found: Pair[] = [];
    let visits = limits.visit;
    let compares = limits.verify;
    // Each pair is found from its later item: entries run in item order, so stop at b.
    probe: for (let k = 0; k < prefixLength(g.length, floor); k++) {
      for (let e = index.start[g[k]]; e < index.start[g[k] + 1] && index.item[e] < b; e++) {
        const a = index.item[e];
        if (visits-- === 0) break probe;
        if (seen[a] === b) continue;
        seen[a] = b;
        if (!sizesCanMeet(g.length, grams[a].length, floor)) continue;
        if (compares-- === 0) break probe;
        const score = diceAtLeast(grams[a], g, floor);
        if (score !== null) found.push({ a, b, score });
        // Twice as many similar items as it may keep: enough to choose from (hostile input only).
        if (found.length >= 2 * limits.keep) break probe;
      }
    }
    found.sort((x, y) => y.score - x.score || x.a - y.a);
    for (const p of found.slice(0, limits.keep)) pairs.push(p);
  });
  return pairs;
}

interface Link {
  /** Sum of similarities over all pairs of sentences across the two groups. */
  sum: number;
  /** How many pairs of items across the two groups are in the graph (all of them, or no merge). */
  pairs: number;
}

interface Group {
  /** Sentences (an item stands for `weight` identical sentences). */
  size: number;
  items: number;
  /** The group's smallest item: its label, and the tie-break. */
  first: number;
  version: number;
  links: Map<number, Link>;
}

interface Candidate {
  score: number;
  a: number;
  b: number;
  va: number;
  vb: number;
  first: number;
}

/** Ordered best first: highest mean similarity, then the groups that come first. */
function before(x: Candidate, y: Candidate): boolean {
  return x.score > y.score || (x.score === y.score && x.first < y.first);
}

function push(heap: Candidate[], c: Candidate): void {
  heap.push(c);
  for (let i = heap.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

function pop(heap: Candidate[]): Candidate | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length && last) {
    heap[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}

/**
 * Groups items (each standing for `weights[i]` identical sentences) by average linkage over
 * `pairs`; returns each item's group label, the smallest item index in its group.
 */
export function averageLinkage(weights: readonly number[], pairs: readonly Pair[], threshold: number): number[] {
  const groups: Group[] = weights.map((w, i) => ({ size: w, items: 1, first: i, version: 0, links: new Map() }));
  for (const { a, b, score } of pairs) {
    const sum = score * weights[a] * weights[b];
    groups[a].links.set(b, { sum, pairs: 1 });
    groups[b].links.set(a, { sum, pairs: 1 });
  }
  const heap: Candidate[] = [];
  const offer = (a: number, b: number, link: Link) => {
    const ga = groups[a];
    const gb = groups[b];
    if (link.pairs < ga.items * gb.items) return;
    const score = link.sum / (ga.size * gb.size);
    if (score >= threshold) push(heap, { score, a, b, va: ga.version, vb: gb.version, first: Math.min(ga.first, gb.first) });
  };
  for (const [a, g] of groups.entries()) for (const [b, link] of g.links) if (a < b) offer(a, b, link);

  const parent = weights.map((_, i) => i);
  for (let c = pop(heap); c; c = pop(heap)) {
    const { a, b } = c;
    if (parent[a] !== a || parent[b] !== b || groups[a].version !== c.va || groups[b].version !== c.vb) continue;
    // Merge the group with fewer links into the other.
    const [keep, gone] = groups[a].links.size >= groups[b].links.size ? [a, b] : [b, a];
    const gk = groups[keep];
    const gg = groups[gone];
    parent[gone] = keep;
    gk.links.delete(gone);
    for (const [n, link] of gg.links) {
      if (n === keep) continue;
      const had = gk.links.get(n);
      const merged = had ? { sum: had.sum + link.sum, pairs: had.pairs + link.pairs } : { ...link };
      gk.links.set(n, merged);
      groups[n].links.delete(gone);
      groups[n].links.set(keep, merged);
    }
    gg.links.clear();
    gk.size += gg.size;
    gk.items += gg.items;
    gk.first = Math.min(gk.first, gg.first);
    gk.version++;
    for (const [n, link] of gk.links) offer(keep, n, link);
  }
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  return weights.map((_, i) => groups[root(i)].first);
}
