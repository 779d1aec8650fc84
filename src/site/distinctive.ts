// What is distinctive about a pilot: per domain, its sentences that no other plan shares, the most
// unusual first (by how rare their character pairs are across all ten plans). The annex page shows
// a few per domain; the "只看特色举措" view shows all of them.

import type { Annex, DocumentModel } from '../model/types.ts';

export interface Highlight {
  clause: string;
  region: string;
  number: number;
  label: string;
  /** 1-based sentence number, for #s{k}. */
  sentence: number;
  text: string;
  score: number;
}

function pairs(s: string): string[] {
  const chars = [...s.replace(/[\s，。、；：“”（）]/gu, '')];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** How many annexes each character pair occurs in. */
function pairSpread(model: DocumentModel): Map<string, number> {
  const spread = new Map<string, Set<string>>();
  for (const a of model.annexes)
    for (const s of a.sections)
      for (const c of s.clauses)
        for (const sentence of c.sentences)
          for (const p of pairs(sentence.text)) {
            const set = spread.get(p) ?? new Set<string>();
            set.add(a.region);
            spread.set(p, set);
          }
  return new Map([...spread].map(([p, set]) => [p, set.size]));
}

/** Up to `perDomain` distinctive sentences per domain of `annex`, most unusual first. */
export function distinctiveHighlights(model: DocumentModel, annex: Annex, perDomain = 3): { domain: string; items: Highlight[]; total: number }[] {
  const spread = pairSpread(model);
  return annex.sections.map((section) => {
    const items: Highlight[] = section.clauses.flatMap((c) =>
      c.sentences
        .map(({ text }, i) => ({ text, i }))
        // The title sentence repeats the clause's heading; measures are in the body.
        .filter(({ text, i }) => i > 0 && c.sharing[i].length === 0 && [...text].length >= 12)
        .map(({ text, i }) => {
          const ps = pairs(text);
          const score = ps.reduce((n, p) => n + 1 / (spread.get(p) ?? 1), 0) / Math.max(1, ps.length);
          return { clause: c.id, region: c.region, number: c.number, label: c.labelText, sentence: i + 1, text, score };
        }),
    );
    return { domain: section.domain ?? '', total: items.length, items: items.sort((a, b) => b.score - a.score).slice(0, perDomain) };
  });
}
