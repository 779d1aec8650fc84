// Build time only (never shipped): which characters a reader in Hong Kong or Taipei may type for
// the simplified characters of this document, derived with OpenCC (opencc-js). The full dictionaries
// weigh over a megabyte; the browser gets only the entries whose simplified form occurs in the
// corpus, since nothing else can match. See search/variants.ts for how a query uses them.

import OpenCC, { Locale } from 'opencc-js';

/** Traditional → Simplified chains, one per way of writing: OpenCC standard, Hong Kong, Taiwan. */
const CHAINS = ['t2s', 'hk2s', 'tw2s'] as const;
const CONVERTERS = [OpenCC.Converter({ from: 't', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];

/** The dictionaries of those chains as [source, replacement] pairs. */
function dictionaryEntries(): [string, string][] {
  const out: [string, string][] = [];
  for (const chain of CHAINS) {
    for (const group of Locale.configs[chain].conversionChain) {
      for (const dict of group) {
        if (typeof dict !== 'string') for (const [l, r] of dict) out.push([l, r]);
        else if (dict) for (const line of dict.split('|')) out.push(line.split(' ') as [string, string]);
      }
    }
  }
  return out;
}

/**
 * For every character a reader may type, the simplified characters of the corpus it stands for:
 * what OpenCC makes of it alone, and what it becomes inside OpenCC's phrases (乾 is 干 in 乾燥 but
 * stays 乾 in 乾坤; 著 is 着 in 穿著 and 著 in 顯著), kept only where they occur in the corpus.
 * The character itself counts when the corpus has it. Entries that change nothing are left out.
 */
export function deriveVariants(corpusChars: ReadonlySet<string>): Map<string, string[]> {
  const candidates = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (!candidates.has(from)) candidates.set(from, new Set());
    candidates.get(from)!.add(to);
  };
  const entries = dictionaryEntries();
  const keys = new Set<string>();
  for (const [source] of entries) for (const ch of source) keys.add(ch);
  for (const ch of keys) for (const convert of CONVERTERS) add(ch, convert(ch));
  // Phrases: align the source with its conversion, character by character, where lengths agree.
  for (const [source] of entries) {
    const from = [...source];
    if (from.length < 2) continue;
    for (const convert of CONVERTERS) {
      const to = [...convert(source)];
      if (to.length === from.length) from.forEach((ch, i) => add(ch, to[i]));
    }
  }
  const out = new Map<string, string[]>();
  for (const [ch, set] of candidates) {
    const primary = CONVERTERS[0](ch);
    const ordered = [primary, ch, ...set].filter((c, i, all) => corpusChars.has(c) && all.indexOf(c) === i);
    if (ordered.length === 0 || (ordered.length === 1 && ordered[0] === ch)) continue;
    out.set(ch, ordered);
  }
  return out;
}

/** The table as shipped in the corpus file: `數数|著著着|…`, the typed character first. */
export function serializeVariants(table: ReadonlyMap<string, readonly string[]>): string {
  return [...table].map(([ch, to]) => ch + to.join('')).sort().join('|');
}
