// A text with its editorial corrections, as the PDF template sets it: plain runs, and each
// correction as the original (struck through, still readable) with the correction beside it and
// a note after the text, the way the site shows them.

import type { Correction, Sentence } from '../model/types.ts';

/** A piece of text: plain, or an original with the correction the errata file gives for it. */
export type Run = { text: string } | { original: string; correction: string };

/** Cuts text[from, to) into runs, each correction that starts there taking the place of its original. */
export function cutRuns(source: { text: string; corrections: Correction[] }, from = 0, to = source.text.length): Run[] {
  const runs: Run[] = [];
  let cursor = from;
  for (const c of [...source.corrections].sort((a, b) => a.offset - b.offset)) {
    if (c.offset < cursor || c.offset >= to) continue;
    if (c.offset > cursor) runs.push({ text: source.text.slice(cursor, c.offset) });
    runs.push({ original: c.original, correction: c.correction });
    cursor = c.offset + c.original.length;
  }
  if (cursor < to) runs.push({ text: source.text.slice(cursor, to) });
  return runs;
}

/** A clause's runs cut after its title sentence: the title goes into the heading, the rest below it. */
export function splitTitle(source: { text: string; sentences: readonly Sentence[]; corrections: Correction[] }): { title: Run[]; rest: Run[] } {
  const first = source.sentences[0]?.text.length ?? 0;
  // A correction that spans the title's end stays whole, in the title.
  const end = Math.max(first, ...source.corrections.filter((c) => c.offset < first).map((c) => c.offset + c.original.length));
  return { title: cutRuns(source, 0, end), rest: cutRuns(source, end) };
}
