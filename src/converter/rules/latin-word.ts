import type { SourceText } from '../../model/types.ts';
import { paragraphId } from '../../model/ids.ts';
import { allClauses } from '../../model/walk.ts';
import { defineRule } from './rule.ts';

// A run of Latin letters with a lower-case letter (so not an acronym such as REITs in （REITs）
// or GEP), standing between Chinese characters, with or without spaces: … 规则 and 标准 ….
const LATIN_IN_HAN = /(?<=\p{Script=Han})([\s\u3000]*)([A-Za-z]*[a-z][A-Za-z]*)([\s\u3000]*)(?=\p{Script=Han})/gu;

/** Finds Latin words inside Chinese text, with the text they replace as it is printed. */
export function findLatinWords(piece: SourceText): { at: SourceText['at']; original: string; word: string }[] {
  return [...piece.text.matchAll(LATIN_IN_HAN)].map((m) => ({
    at: { line: piece.at.line, column: piece.at.column + [...piece.text.slice(0, m.index)].length },
    original: m[0],
    word: m[2],
  }));
}

/** Reports stray Latin words (…规则 and 标准…) where the official text has a Chinese word. */
export default defineRule('latin-word', (ctx, report) => {
  const pieces: { piece: SourceText; target: string }[] = [
    ...ctx.model.letter.paragraphs.flatMap((p) => p.segments.map((piece) => ({ piece, target: paragraphId(p.number) }))),
    ...ctx.model.annexes.flatMap((a) => [a.title, ...(a.scope ? [a.scope] : []), ...a.sections.map((s) => s.heading)].map((piece) => ({ piece, target: a.region }))),
    ...allClauses(ctx.model).flatMap((c) => c.segments.map((piece) => ({ piece, target: c.id }))),
  ];
  for (const { piece, target } of pieces) {
    for (const hit of findLatinWords(piece)) {
      report(
        hit.at,
        `Latin word “${hit.word}” inside Chinese text (“${hit.original}”); the official text likely has a Chinese word here.`,
        'Record the correction in the errata file (seeds/errata.yaml); the text itself stays as printed.',
        { word: hit.word, target },
      );
    }
  }
});
