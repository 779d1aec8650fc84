// Stage 2, parse: lines to blocks. A block is one non-blank line with its position and its shape,
// the form of the line read on its own (附件3, （十二）…, 一、…). Which shape means what depends on
// where the block stands; the build stage decides that.

import { FOOTER_KEYS } from '../model/tables.ts';
import type { Position, SourceText } from '../model/types.ts';
import type { SourceFile } from './read.ts';

export type Shape =
  | { kind: 'annex-marker'; number: number }
  | { kind: 'annex-list-lead'; lead: string; number: number; label: string; title: string }
  | { kind: 'list-item'; number: number; label: string; title: string }
  | { kind: 'numbered'; numeral: string; label: string; rest: string }
  | { kind: 'clause'; numeral: string; label: string; rest: string }
  | { kind: 'scope' }
  | { kind: 'date'; iso: string }
  | { kind: 'footer' }
  | { kind: 'text' };

/** One non-blank line, trimmed, with where its first character stands. */
export interface Block extends SourceText {
  shape: Shape;
}

const WHITESPACE = /^[\s\u3000]+|[\s\u3000]+$/gu;
// A footer key may carry spaces between its characters (标 题): the footer-key-space repair.
const FOOTER_KEY = new RegExp(`^(${FOOTER_KEYS.map((k) => [...k].join('[\\s\\u3000]*')).join('|')})[\\s\\u3000]*[：:]`, 'u');

/** Splits the seed into blocks, one per non-blank line. */
export function parseBlocks(source: SourceFile): Block[] {
  const blocks: Block[] = [];
  for (const line of source.lines) {
    const text = line.text.replace(WHITESPACE, '');
    if (text === '') continue;
    const indent = /^[\s\u3000]*/u.exec(line.text)![0];
    blocks.push({ text, at: { line: line.number, column: [...indent].length + 1 }, shape: shapeOf(text) });
  }
  return blocks;
}

/** Reads the shape of a trimmed line. */
export function shapeOf(text: string): Shape {
  let m: RegExpExecArray | null;
  if ((m = /^附件[\s\u3000]*(\d+)$/u.exec(text))) return { kind: 'annex-marker', number: Number(m[1]) };
  if ((m = /^(附件[：:][\s\u3000]*)((\d+)[.．、][\s\u3000]*)(.+)$/u.exec(text)))
    return { kind: 'annex-list-lead', lead: m[1], label: m[2], number: Number(m[3]), title: m[4] };
  if ((m = /^((\d+)[.．、][\s\u3000]*)(.+)$/u.exec(text))) return { kind: 'list-item', label: m[1], number: Number(m[2]), title: m[3] };
  if ((m = /^(([一二三四五六七八九十]+)、)(.*)$/u.exec(text))) return { kind: 'numbered', label: m[1], numeral: m[2], rest: m[3] };
  if ((m = /^([（(][\s\u3000]*([一二三四五六七八九十百零〇]+)[\s\u3000]*[）)])(.*)$/u.exec(text)))
    return { kind: 'clause', label: m[1], numeral: m[2], rest: m[3] };
  if (/^试点范围/u.test(text)) return { kind: 'scope' };
  if ((m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(text)))
    return { kind: 'date', iso: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` };
  if (FOOTER_KEY.test(text)) return { kind: 'footer' };
  return { kind: 'text' };
}

/** The position `chars` characters to the right of `at`. */
export function advance(at: Position, chars: string): Position {
  return { line: at.line, column: at.column + [...chars].length };
}

/** The part of a block that follows a prefix, as a positioned piece of source text. */
export function after(block: SourceText, prefix: string): SourceText {
  return { text: block.text.slice(prefix.length), at: advance(block.at, prefix) };
}

/** The first `prefix.length` code units of a block, as a positioned piece of source text. */
export function head(block: SourceText, prefix: string): SourceText {
  return { text: prefix, at: block.at };
}
