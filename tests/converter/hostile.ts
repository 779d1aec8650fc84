// Inputs for the tests that hold the comparison code to near-linear time: plain text and hostile
// text of the same size, and a timer that reports their ratio (machines differ; ratios travel).

/** A small deterministic generator (mulberry32), so every run builds the same input. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` sentences of random text, 20–40 characters each from 3,000 common ideographs (about as varied as real text), spread over `regions`. */
export function plainSentences(n: number, regions: readonly string[], seed = 1): { region: string; text: string }[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const length = 20 + Math.floor(next() * 21);
    const text = Array.from({ length }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 3000))).join('') + '。';
    return { region: regions[i % regions.length], text };
  });
}

/** `n` sentences that differ in one number only: one template said again and again (one clause of a hostile seed). */
export function repeatedSentences(n: number, region: string): { region: string; text: string }[] {
  return Array.from({ length: n }, (_, i) => ({ region, text: `健全劳动、资本、土地、知识、技术、管理、数据等生产要素由市场评价贡献、按贡献决定报酬的机制第${i}条。` }));
}

/** `n` sentences made of the same eight characters, so every bigram is common and no prefix is rare; over `regions`. */
export function fewLetterSentences(n: number, regions: readonly string[], seed = 2): { region: string; text: string }[] {
  const next = random(seed);
  const letters = [...'要素市场配置改革试点'].slice(0, 8);
  return Array.from({ length: n }, (_, i) => ({
    region: regions[i % regions.length],
    text: Array.from({ length: 30 }, () => letters[Math.floor(next() * letters.length)]).join('') + '。',
  }));
}

/** The fastest of `runs` runs of `f`, in milliseconds. */
export function fastest(f: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How many times longer `hostile` takes than `plain`, each timed at its fastest of `runs`, the runs
 * taken in turn so that a burst of load elsewhere on the machine slows both alike.
 */
export function timeRatio(plain: () => unknown, hostile: () => unknown, runs = 3): number {
  let [p, h] = [Infinity, Infinity];
  for (let i = 0; i < runs; i++) {
    p = Math.min(p, fastest(plain, 1));
    h = Math.min(h, fastest(hostile, 1));
  }
  return h / p;
}
