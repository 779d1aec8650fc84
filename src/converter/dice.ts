// Near-duplicate search by the Dice coefficient of character bigrams, without comparing every
// pair: each text's bigrams get ids in order of rarity, and two texts can reach a Dice threshold
// only if they share one of the first few (rarest) bigrams of each, a "prefix" whose length
// follows from the threshold (prefix filtering, as in Chaudhuri et al. 2006 and PPJoin). Only
// prefixes are indexed, so a bigram common to thousands of texts is rarely looked up at all.

/** Texts as sets of bigram ids, each set sorted ascending, which is also rarest first. */
export type GramSets = Int32Array[];

/** A stable counting sort of `order` by `key[order[i]]` (keys in 0…range−1). */
function sortByKey(order: Int32Array, key: Int32Array, range: number): Int32Array {
  const start = new Int32Array(range + 1);
  for (let i = 0; i < order.length; i++) start[key[order[i]] + 1]++;
  for (let k = 1; k <= range; k++) start[k] += start[k - 1];
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) out[start[key[order[i]]]++] = order[i];
  return out;
}

/**
 * Each text's bigram set, with ids numbered from the rarest bigram (fewest texts) to the commonest.
 * Built by radix sort rather than hashing, so a million distinct bigrams cost no more than sorting.
 */
export function gramSets(texts: readonly string[]): GramSets {
  // UTF-16 units get small ids; one more id stands for "none", so a one-unit text is the bigram
  // (none, unit) and an empty text (none, none): keys of their own.
  const charId = new Int32Array(0x10000).fill(-1);
  let none = 0;
  let count = 0;
  for (const s of texts) {
    for (let i = 0; i < s.length; i++) if (charId[s.charCodeAt(i)] < 0) charId[s.charCodeAt(i)] = none++;
    count += Math.max(1, s.length - 1);
  }
  const first = new Int32Array(count);
  const second = new Int32Array(count);
  const textOf = new Int32Array(count);
  let o = 0;
  for (let t = 0; t < texts.length; t++) {
    const s = texts[t];
    if (s.length < 2) {
      first[o] = none;
      second[o] = s.length ? charId[s.charCodeAt(0)] : none;
      textOf[o++] = t;
    }
    for (let i = 0; i < s.length - 1; i++) {
      first[o] = charId[s.charCodeAt(i)];
      second[o] = charId[s.charCodeAt(i + 1)];
      textOf[o++] = t;
    }
  }
  // Occurrences in bigram order; each run of equal bigrams is one slot; df counts texts per slot.
  const identity = new Int32Array(count);
  for (let i = 0; i < count; i++) identity[i] = i;
  const order = sortByKey(sortByKey(identity, second, none + 1), first, none + 1);
  const slotOf = new Int32Array(count);
  const df = new Int32Array(count);
  let slots = 0;
  let lastText = -1;
  for (let i = 0; i < count; i++) {
    const at = order[i];
    if (i === 0 || first[at] !== first[order[i - 1]] || second[at] !== second[order[i - 1]]) {
      slots++;
      lastText = -1;
    }
    slotOf[at] = slots - 1;
    // Occurrences of one bigram come in text order (the sorts are stable), so a text counts once.
    if (textOf[at] !== lastText) {
      df[slots - 1]++;
      lastText = textOf[at];
    }
  }
  // Rank: fewest texts first, then bigram order (a counting sort by df).
  const start = new Int32Array(texts.length + 2);
  for (let k = 0; k < slots; k++) start[df[k] + 1]++;
  for (let c = 1; c < start.length; c++) start[c] += start[c - 1];
  const rank = new Int32Array(slots);
  for (let k = 0; k < slots; k++) rank[k] = start[df[k]]++;
  // Each text's ids, once each, ascending.
  const stamp = new Int32Array(slots).fill(-1);
  const sets: GramSets = [];
  let at = 0;
  for (let t = 0; t < texts.length; t++) {
    const end = at + Math.max(1, texts[t].length - 1);
    const ids: number[] = [];
    for (; at < end; at++) {
      const k = slotOf[at];
      if (stamp[k] !== t) {
        stamp[k] = t;
        ids.push(rank[k]);
      }
    }
    sets.push(Int32Array.from(ids).sort());
  }
  return sets;
}

/**
 * How many ids two ascending sets share. With `need`, counting stops as soon as the ids left cannot
 * bring the count to `need`, and what is returned is then less than `need`.
 */
export function overlap(a: Int32Array, b: Int32Array, need = 0): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (n + Math.min(a.length - i, b.length - j) < need) return n;
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** The Dice coefficient of two bigram sets: twice the shared bigrams over the sum of their sizes. */
export function dice(a: Int32Array, b: Int32Array): number {
  return (2 * overlap(a, b)) / (a.length + b.length);
}

/** The Dice coefficient of two sets when it is at least `threshold`, else null, found without counting further than needed. */
export function diceAtLeast(a: Int32Array, b: Int32Array, threshold: number): number | null {
  const total = a.length + b.length;
  // The least overlap that passes, by the same arithmetic as the score below.
  let need = Math.max(0, Math.ceil((threshold * total) / 2));
  while (need > 0 && (2 * (need - 1)) / total >= threshold) need--;
  while ((2 * need) / total < threshold) need++;
  const score = (2 * overlap(a, b, need)) / total;
  return score >= threshold ? score : null;
}

/** How many of a set's rarest ids must be indexed (and probed) so that no pair at or above `threshold` is missed. */
export function prefixLength(size: number, threshold: number): number {
  if (threshold <= 0) return size;
  // Dice ≥ t needs an overlap of at least t·|x|/(2−t); rounding down a hair keeps the bound safe.
  const least = Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9));
  return Math.max(1, Math.min(size, size - least + 1));
}

/** Whether set sizes `a` and `b` can reach `threshold` at all (Dice ≤ 2·min/(a+b)). */
export function sizesCanMeet(a: number, b: number, threshold: number): boolean {
  return (2 * Math.min(a, b)) / (a + b) >= threshold - 1e-9;
}

/**
 * The prefixes of all items in one index: for each bigram id, the items whose prefix holds it, in
 * runs of one group each (groups ordered, items ascending within a run), so a reader can skip a
 * whole group at once.
 */
export interface PrefixIndex {
  /** Entries of bigram id k are start[k] … start[k+1]−1. */
  start: Int32Array;
  item: Int32Array;
  group: Int32Array;
  /** For each entry, the end of its run (the first entry of another group or bigram). */
  runEnd: Int32Array;
}

/** Indexes each item's prefix for `threshold`; `groupOf[i]` (0…groups−1) groups items within a bigram. */
export function indexPrefixes(grams: GramSets, threshold: number, groupOf?: Int32Array, groups = 1): PrefixIndex {
  let total = 0;
  let ids = 0;
  for (const g of grams) {
    total += prefixLength(g.length, threshold);
    for (const id of g) ids = Math.max(ids, id + 1);
  }
  const id = new Int32Array(total);
  const item = new Int32Array(total);
  const group = new Int32Array(total);
  let e = 0;
  grams.forEach((g, i) => {
    for (let k = 0; k < prefixLength(g.length, threshold); k++, e++) {
      id[e] = g[k];
      item[e] = i;
      group[e] = groupOf ? groupOf[i] : 0;
    }
  });
  const identity = new Int32Array(total);
  for (let i = 0; i < total; i++) identity[i] = i;
  const order = sortByKey(sortByKey(identity, group, groups), id, ids);
  const start = new Int32Array(ids + 1);
  for (let i = 0; i < total; i++) start[id[i] + 1]++;
  for (let k = 1; k <= ids; k++) start[k] += start[k - 1];
  const sortedItem = new Int32Array(total);
  const sortedGroup = new Int32Array(total);
  const sortedId = new Int32Array(total);
  for (let i = 0; i < total; i++) {
    sortedItem[i] = item[order[i]];
    sortedGroup[i] = group[order[i]];
    sortedId[i] = id[order[i]];
  }
  const runEnd = new Int32Array(total);
  for (let i = total - 1; i >= 0; i--) {
    const same = i + 1 < total && sortedId[i + 1] === sortedId[i] && sortedGroup[i + 1] === sortedGroup[i];
    runEnd[i] = same ? runEnd[i + 1] : i + 1;
  }
  return { start, item: sortedItem, group: sortedGroup, runEnd };
}
