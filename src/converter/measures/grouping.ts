// Grouping by average linkage: start with every item alone, and merge the two groups whose items
// are most alike on average (the mean score over every pair of their items, a pair never scored
// counting 0) while that mean reaches the threshold. No chain pulls in an item that is alike to one
// member only, and ties go to the groups that come first, so the result does not depend on the
// order pairs are given in.

/** A scored pair of items, a < b. */
export interface Scored {
  a: number;
  b: number;
  score: number;
}

/** For each of `count` items, the smallest item of its group. */
export function averageLinkage(count: number, pairs: readonly Scored[], threshold: number): number[] {
  const group = Array.from({ length: count }, (_, i) => i);
  const size = new Array<number>(count).fill(1);
  // Sum of pair scores between two live groups, keyed by "low,high".
  let sums = new Map<string, number>();
  for (const { a, b, score } of pairs) sums.set(`${a},${b}`, (sums.get(`${a},${b}`) ?? 0) + score);
  for (;;) {
    let best: [number, number] | null = null;
    let bestMean = threshold;
    for (const [key, sum] of sums) {
      const [x, y] = key.split(',').map(Number);
      const mean = sum / (size[x] * size[y]);
      if (mean > bestMean || (mean === bestMean && best && (x < best[0] || (x === best[0] && y < best[1]))) || (mean === bestMean && !best && mean >= threshold)) {
        best = [x, y];
        bestMean = mean;
      }
    }
    if (!best) break;
    const [keep, gone] = best;
    const next = new Map<string, number>();
    for (const [key, sum] of sums) {
      let [x, y] = key.split(',').map(Number);
      if (x === gone) x = keep;
      if (y === gone) y = keep;
      if (x === y) continue;
      const k = x < y ? `${x},${y}` : `${y},${x}`;
      next.set(k, (next.get(k) ?? 0) + sum);
    }
    sums = next;
    size[keep] += size[gone];
    for (let i = 0; i < count; i++) if (group[i] === gone) group[i] = keep;
  }
  return group;
}
