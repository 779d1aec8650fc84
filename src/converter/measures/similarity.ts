// How alike two measure parts are. Each part is read as the words it uses (Intl.Segmenter) and the
// character pairs inside those words, after normalise.ts (punctuation out, place names as one
// placeholder); a feature weighs by its rarity across all parts (inverse document frequency), so
// 科研资金 counts for much and 推动 or 机制 for little. The score is containment: the weight of
// what two parts share over the weight of the smaller one, so a short part said inside a longer
// one (推动知识产权证券化 in 探索以知识产权证券化等方式推动科技成果资本化) scores high.

import { normalise } from '../../model/wording.ts';

/** Words that open or frame any measure: they say how, not what, and are not compared. */
const FRAME = new Set(['探索', '支持', '推动', '完善', '鼓励', '推进', '建立', '深化', '加强', '健全', '加快', '开展', '促进', '优化', '强化', '积极', '研究', '全面', '有序', '构建', '引导', '建设', '等', '和', '的', '及', '与', '在', '对', '为']);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Features already read, by compared text: quotes and parts repeat one another. */
const known = new Map<string, readonly string[]>();

/** The features of one text: its words (frame words aside) and the character pairs inside them. */
export function featuresOf(text: string, places: readonly string[]): readonly string[] {
  const compared = normalise(text, places);
  let features = known.get(compared);
  if (!features) {
    const out = new Set<string>();
    for (const { segment, isWordLike } of segmenter.segment(compared)) {
      if (!isWordLike) continue;
      if (!FRAME.has(segment)) out.add(`w${segment}`);
      for (let i = 0; i + 1 < segment.length; i++) out.add(`b${segment.slice(i, i + 2)}`);
    }
    features = [...out];
    if (known.size < 50_000) known.set(compared, features);
  }
  return features;
}

/** Texts as weighted feature sets, ready to be compared. */
export interface Profiles {
  /** Per text, its feature ids in ascending order. */
  features: Int32Array[];
  /** Per feature id, its weight (inverse document frequency). */
  weight: Float64Array;
  /** Per text, the sum of its features' weights. */
  total: Float64Array;
}

/** Profiles of `texts`, each feature weighed by ln(N / number of texts that have it). */
export function profile(texts: readonly string[], places: readonly string[]): Profiles {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const features = texts.map((t) => {
    const list = featuresOf(t, places).map((f) => {
      let id = ids.get(f);
      if (id === undefined) ids.set(f, (id = df.push(0) - 1));
      df[id]++;
      return id;
    });
    return Int32Array.from(list).sort();
  });
  const weight = Float64Array.from(df, (n) => Math.log(texts.length / n));
  const total = Float64Array.from(features, (f) => f.reduce((sum, id) => sum + weight[id], 0));
  return { features, weight, total };
}

/** How much of the smaller of texts a and b the other contains, by weight: 0–1, the same either way round. */
export function containment(p: Profiles, a: number, b: number): number {
  const x = p.features[a];
  const y = p.features[b];
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) shared += p.weight[x[i++]], j++;
    else if (x[i] < y[j]) i++;
    else j++;
  }
  const smaller = Math.min(p.total[a], p.total[b]);
  return smaller > 0 ? shared / smaller : 0;
}
