// The large reviewed files (measures, translations, glossary) are read as plain data by js-yaml,
// several times faster than a parser that keeps every node's position. A diagnostic finds its
// place afterwards from the entry's own text (an id, a clause key), which is unique in these files,
// so every problem is still reported at its line and column.

import { load, YAMLException } from 'js-yaml';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Position } from '../model/types.ts';

/** Positions in a file's text, found by what is written there. */
export class Locator {
  readonly source: string;
  private readonly lineStarts: number[] = [0];

  constructor(source: string) {
    this.source = source;
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The position of an offset: 1-based line, and column counted in code points. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: [...this.source.slice(this.lineStarts[lo], offset)].length + 1 };
  }

  /** The offset where `needle` first occurs at or after `from` (or `from` itself when it does not). */
  find(needle: string, from = 0): number {
    const i = this.source.indexOf(needle, from);
    return i === -1 ? from : i;
  }
}

/** Parses a reviewed file into plain data; a YAML error is a `ruleId` diagnostic at its place. */
export function loadData(file: string, source: string, ruleId: string, hint: string): { data: unknown; diagnostics: Diagnostic[] } {
  try {
    return { data: load(source, { filename: file, json: false }), diagnostics: [] };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const at = { line: (e.mark?.line ?? 0) + 1, column: (e.mark?.column ?? 0) + 1 };
    return { data: null, diagnostics: [diagnostic(ruleId, file, at, `not valid YAML: ${e.reason}`, hint)] };
  }
}

/** A plain object (a YAML mapping), or null. */
export function mapping(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A non-empty string, or null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
