// A text of the document as the page sets it, in pieces a component can render: per sentence, its
// plain runs (cut into words where a title may break), its corrections (the original beside the
// correction) and the runs wrapped as topic links or highlights. Pure, so the rules are tested
// apart from the markup: runs never cross a sentence or a correction, and together the pieces
// hold every character of the text once.

import type { Correction, Sentence } from '../../model/types.ts';

/** A run of text to wrap in an element: a topic link, a highlight, or a term that opens its explanation (offsets into the text). */
export interface Inline {
  start: number;
  end: number;
  tag: 'a' | 'mark' | 'button';
  className: string;
  href?: string;
  /** For a button: the id of the popover it opens. */
  popover?: string;
}

/** One piece of a sentence: plain words, a correction, or a wrapped run of words. */
export type Piece = { kind: 'text'; words: string[] } | { kind: 'erratum'; correction: Correction } | { kind: 'inline'; inline: Inline; words: string[] };

/** Where a sentence stands in the comparison: it states a measure other plans state too (`shared`), it has a part no other plan was found to state (`own`); a title sentence has neither. */
export interface SentenceState {
  shared: boolean;
  own: boolean;
}

/** One sentence as set: its 1-based number, its place in the comparison, and its pieces. */
export interface SentenceView extends SentenceState {
  k: number;
  first: boolean;
  pieces: Piece[];
}

/** A text with its sentences and corrections: a clause or a letter paragraph. */
export interface TextSource {
  text: string;
  sentences: readonly Sentence[];
  corrections: readonly Correction[];
}

export interface TextOptions {
  /** The first sentence to set (0-based) and the one to stop before. */
  from?: number;
  to?: number;
  /** Per sentence, its place in the comparison (the classes `sh` and `ow`). */
  states?: readonly SentenceState[];
  /** Runs to wrap; one that would cross a sentence, a correction or an earlier run is left out. */
  inline?: readonly Inline[];
  /** Offsets into the text where a line may break (a title's words). */
  breaks?: readonly number[];
}

/** The text from `start` to `end` cut at the break offsets inside it. */
export function wordsBetween(text: string, start: number, end: number, breaks: readonly number[] = []): string[] {
  const out: string[] = [];
  let from = start;
  for (const b of breaks) {
    if (b <= from || b >= end) continue;
    out.push(text.slice(from, b));
    from = b;
  }
  if (end > from) out.push(text.slice(from, end));
  return out;
}

/** A translation as a text of its own: its sentences joined by a space, each with its offset, no corrections. */
export function translationSource(sentences: readonly string[]): TextSource {
  let start = 0;
  const placed = sentences.map((text) => {
    const s = { text, start };
    start += text.length + 1;
    return s;
  });
  return { text: sentences.join(' '), sentences: placed, corrections: [] };
}

/** The sentences of a text, each cut into the pieces it is set in. */
export function sentenceViews(source: TextSource, options: TextOptions = {}): SentenceView[] {
  const { from = 0, to = source.sentences.length, inline = [], breaks = [] } = options;
  return source.sentences.slice(from, to).map((s, i) => {
    const k = from + i + 1;
    const end = s.start + s.text.length;
    type Item = { start: number; end: number; piece: Piece };
    const items: Item[] = [
      ...source.corrections.filter((c) => c.offset >= s.start && c.offset < end).map((c) => ({ start: c.offset, end: c.offset + c.original.length, piece: { kind: 'erratum', correction: c } as Piece })),
      ...inline.filter((r) => r.start >= s.start && r.end <= end).map((r) => ({ start: r.start, end: r.end, piece: { kind: 'inline', inline: r, words: wordsBetween(source.text, r.start, r.end, breaks) } as Piece })),
    ].sort((a, b) => a.start - b.start);
    const pieces: Piece[] = [];
    let cursor = s.start;
    const plain = (upTo: number) => {
      if (upTo > cursor) pieces.push({ kind: 'text', words: wordsBetween(source.text, cursor, upTo, breaks) });
    };
    for (const item of items) {
      if (item.start < cursor) continue; // overlaps an earlier run: left out
      plain(item.start);
      pieces.push(item.piece);
      cursor = item.end;
    }
    plain(end);
    return { k, first: k === 1, shared: options.states?.[k - 1]?.shared ?? false, own: options.states?.[k - 1]?.own ?? false, pieces };
  });
}
