// Diagnostics are data: every problem and every repair the converter finds becomes one of these,
// with the rule that found it and the exact place in the input. The CLI prints them, --strict
// escalates them, the about page lists the repairs, and tests assert on them.

import type { Position } from '../model/types.ts';

export type Severity = 'error' | 'warning';

/** One finding of one rule at one place. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it, when the message alone does not say. */
  hint?: string;
}

/** Builds a diagnostic at a model position. */
export function diagnostic(
  ruleId: string,
  severity: Severity,
  file: string,
  at: Position,
  message: string,
  hint?: string,
): Diagnostic {
  return { ruleId, severity, file, line: at.line, column: at.column, message, ...(hint ? { hint } : {}) };
}

/** The one-line form of DESIGN.md: `FILE:LINE:COL: rule-id: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` ${d.hint}` : '';
  return `${d.file}:${d.line}:${d.column}: ${d.ruleId}: ${d.severity}: ${d.message}${hint}`;
}

/** Orders diagnostics by file, then position, so output reads top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
