// Sentence splitting, shared by the converter (the data export's `sentences`) and the site
// (sentence anchors #s1 …): both must agree on what sentence k is.

const END = /[。！？]/u;
const CLOSERS = /[”’」』）)]/u;

/** One sentence with its offset in the text it was cut from (code units). */
export interface SentenceSlice {
  text: string;
  start: number;
}

/**
 * Splits after 。！？ (keeping a closing quote or bracket that follows with its sentence).
 * The pieces concatenate back to the input exactly; trailing text without an end mark is the
 * last sentence.
 */
export function splitSentences(text: string): SentenceSlice[] {
  const out: SentenceSlice[] = [];
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
