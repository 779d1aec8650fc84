// Diagnostics are data: every problem and every repair the converter finds is one of these, with
// the id of what found it, its severity and the exact place in the input. The CLI prints them,
// --strict escalates them, the about page lists the repairs (in Chinese, from `facts`), and tests
// assert on them. What each id means is in the catalogue (catalogue.ts).

import { diagnosticKind } from './catalogue.ts';
import type { Position } from './types.ts';

export type Severity = 'error' | 'warning';

/** What a diagnostic found, as values a reader-facing sentence can be made from (never parsed out of `message`). */
export type Facts = Readonly<Record<string, string | number | boolean>>;

/** One finding at one place. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  /** What is wrong, in English, for whoever runs the converter. */
  message: string;
  /** What to do about it, when the message alone does not say. */
  hint?: string;
  /** The finding as data (the clause it concerns, the word it saw …). */
  facts?: Facts;
}

/** Builds a diagnostic at a model position, with the severity the catalogue gives its id (an id it lacks is a converter bug, and throws). */
export function diagnostic(ruleId: string, file: string, at: Position, message: string, hint?: string, facts?: Facts): Diagnostic {
  return { ruleId, severity: diagnosticKind(ruleId).severity, file, line: at.line, column: at.column, message, ...(hint ? { hint } : {}), ...(facts ? { facts } : {}) };
}

/** The one-line form the CLI prints: `FILE:LINE:COL: rule-id: severity: message hint`. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` ${d.hint}` : '';
  return `${d.file}:${d.line}:${d.column}: ${d.ruleId}: ${d.severity}: ${d.message}${hint}`;
}

/** Orders diagnostics by file, then position, so output reads top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
