// Sentence splitting: the converter cuts every text once, and the model keeps the sentences with
// their offsets; the export's `sentences`, the anchors #s1 … and every comparison read them there.

import type { Sentence } from './types.ts';

const END = /[。！？]/u;
const CLOSERS = /[”’」』）)]/u;

/**
 * Splits after 。！？ (keeping a closing quote or bracket that follows with its sentence).
 * The pieces concatenate back to the input exactly; trailing text without an end mark is the
 * last sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (END.test(text[i])) {
      let end = i + 1;
      while (end < text.length && (END.test(text[end]) || CLOSERS.test(text[end]))) end++;
      out.push({ text: text.slice(start, end), start });
      start = end;
      i = end;
    } else {
      i++;
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}
