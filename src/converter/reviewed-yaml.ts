// The reviewed YAML files (errata, topics, measures, translations, glossary) are read alike: parsed
// with positions, so that every malformed entry is a diagnostic at its line and column, under the
// rule id of the file's kind, with a hint that says where the format is described.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Position } from '../model/types.ts';

/** A parsed file: its root mapping (null when it is not one), and the tools to read it with positions. */
export interface ReviewedYaml {
  root: YAMLMap | null;
  /** Where a node starts. */
  at: (node: unknown) => Position;
  /** Records a format error at a place. */
  fail: (where: Position, message: string) => void;
  diagnostics: Diagnostic[];
}

/** Parses `source`; syntax errors and a root that is not a mapping are `ruleId` errors. */
export function readReviewedYaml(file: string, source: string, ruleId: string, hint: string): ReviewedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const at = (node: unknown) => pos((node as Node | null | undefined)?.range?.[0] ?? 0);
  const fail = (where: Position, message: string) => diagnostics.push(diagnostic(ruleId, file, where, message, hint));
  for (const e of doc.errors) fail(pos(e.pos[0]), `not valid YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length) return { root: null, at, fail, diagnostics };
  if (doc.contents !== null && !isMap(doc.contents)) fail(at(doc.contents), 'the file must be a mapping.');
  return { root: isMap(doc.contents) ? doc.contents : null, at, fail, diagnostics };
}

/** The string value of a scalar node, or null. */
export function stringOf(node: unknown): string | null {
  return isScalar(node) && typeof node.value === 'string' ? node.value : null;
}

/** The items of a sequence node, or null. */
export function itemsOf(node: unknown): unknown[] | null {
  return isSeq(node) ? node.items : null;
}

export { isMap, isSeq };
