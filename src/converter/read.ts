// Stage 1, read: bytes to lines. Tolerates what editors and downloads add (a BOM, CRLF or CR line
// ends, trailing spaces); refuses what cannot be a document (no text, bytes that are not UTF-8)
// and control characters, which would pass invisibly into pages, data and PDFs.

import { createHash } from 'node:crypto';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';

/** One line of the seed, without its line end. */
export interface SourceLine {
  number: number;
  text: string;
}

/** The decoded seed. */
export interface SourceFile {
  file: string;
  lines: SourceLine[];
  sha256: string;
}

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; diagnostics: Diagnostic[] };

type DecodeResult = { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] };

/** Decodes UTF-8 text (the seed or a YAML file); refuses bytes that are not UTF-8 and control characters, saying where. */
export function decodeText(file: string, bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          'input-encoding',
          file,
          at.position,
          `byte 0x${at.byte.toString(16).padStart(2, '0')} at offset ${at.offset} is not valid UTF-8.`,
          'Save the file as UTF-8 (without a legacy encoding such as GB18030) and run again.',
        ),
      ],
    };
  }
  const controls = findCharacters(text, CONTROL, CONTROL_NAMES);
  const invisible = findCharacters(text, INVISIBLE, INVISIBLE_NAMES);
  if (controls.length || invisible.length) {
    return {
      ok: false,
      diagnostics: [
        ...controls.map((c) => diagnostic('input-control-char', file, c.at, `control character ${c.name} in the text.`, 'Remove it: the document’s text needs no control characters.', { codePoint: c.codePoint })),
        ...invisible.map((c) => diagnostic('input-invisible-char', file, c.at, `invisible character ${c.name} in the text.`, 'Delete it: it shows nothing, but a sentence holding it cannot be found by the words on the page.', { codePoint: c.codePoint })),
      ],
    };
  }
  return { ok: true, text };
}

// C0 controls but tab, line feed and carriage return; DEL; C1 controls; the line and paragraph
// separators; the bidirectional marks, embeddings, overrides and isolates ("Trojan Source").
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 0x1b: 'ESC', 0x7f: 'DEL', 0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x202d: 'LEFT-TO-RIGHT OVERRIDE' };

// Characters that show nothing and join or split words: soft hyphen, Hangul fillers, Mongolian
// vowel separator, zero-width space, non-joiner and joiner, word joiner and the invisible operators,
// a byte-order mark inside the text, the tag characters. (A leading byte-order mark is the file's,
// and is dropped when it is decoded.)
const INVISIBLE = /[\u00ad\u115f\u1160\u180e\u200b-\u200d\u2060-\u2064\u3164\ufeff\uffa0\u{e0000}-\u{e007f}]/gu;
const INVISIBLE_NAMES: Record<number, string> = { 0xad: 'SOFT HYPHEN', 0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x2060: 'WORD JOINER', 0x3164: 'HANGUL FILLER', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE' };
const MAX_REPORTED = 20;

/** Where the text holds characters of `pattern` (at most the first 20), by line and column as the seed's lines count them. */
function findCharacters(text: string, pattern: RegExp, names: Record<number, string>): { at: { line: number; column: number }; codePoint: number; name: string }[] {
  const found: { at: { line: number; column: number }; codePoint: number; name: string }[] = [];
  if (!new RegExp(pattern.source, 'u').test(text)) return found;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length && found.length < MAX_REPORTED; i++) {
    for (const m of lines[i].matchAll(pattern)) {
      const codePoint = m[0].codePointAt(0)!;
      const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
      found.push({ at: { line: i + 1, column: [...lines[i].slice(0, m.index)].length + 1 }, codePoint, name: names[codePoint] ? `${hex} (${names[codePoint]})` : hex });
      if (found.length === MAX_REPORTED) break;
    }
  }
  return found;
}

/** Decodes a seed into lines; on failure, says where. */
export function readSource(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  if (text.trim() === '') {
    return {
      ok: false,
      diagnostics: [
        diagnostic('input-empty', file, { line: 1, column: 1 }, 'the file holds no text.', 'Point --seed at the document’s text.'),
      ],
    };
  }
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ number: i + 1, text: t }));
  if (lines.length > 1 && lines[lines.length - 1].text === '') lines.pop();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, source: { file, lines, sha256 } };
}

/** Finds the first byte that breaks UTF-8 and the line and column where it sits. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; byte: number; position: { line: number; column: number } } {
  let offset = 0;
  while (offset < bytes.length) {
    const length = utf8SequenceLength(bytes, offset);
    if (length === 0) break;
    offset += length;
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = prefix.split(/\r\n|\r|\n/);
  return {
    offset,
    byte: bytes[offset],
    position: { line: lines.length, column: [...lines[lines.length - 1].replace(/^\uFEFF/, '')].length + 1 },
  };
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 if the bytes there are not one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const [length, min, max] =
    b < 0x80 ? [1, 0, 0] :
    b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] :
    b === 0xe0 ? [3, 0xa0, 0xbf] :
    b === 0xed ? [3, 0x80, 0x9f] :
    b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] :
    b === 0xf0 ? [4, 0x90, 0xbf] :
    b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] :
    b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
  if (length <= 1) return length;
  if (i + length > bytes.length) return 0;
  if (bytes[i + 1] < min || bytes[i + 1] > max) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}
