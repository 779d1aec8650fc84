// What a validation rule is: one id, one severity, one check over the built model. Each rule lives
// in its own file named after its id, so a diagnostic's rule id says where to look.

import type { Clause, DocumentModel, Position, SourceText } from '../../model/types.ts';
import { diagnostic, type Diagnostic, type Severity } from '../diagnostics.ts';
import type { MissingPart } from '../build.ts';

/** What a rule sees. */
export interface RuleContext {
  model: DocumentModel;
  missing: readonly MissingPart[];
}

/** One validation rule. */
export interface Rule {
  id: string;
  severity: Severity;
  /** One line for the rule list in the README and --help. */
  description: string;
  check(ctx: RuleContext): Diagnostic[];
}

/** Creates a rule whose findings all share its id, severity and file. */
export function defineRule(
  id: string,
  severity: Severity,
  description: string,
  find: (ctx: RuleContext, report: (at: Position, message: string, hint?: string) => void) => void,
): Rule {
  return {
    id,
    severity,
    description,
    check(ctx) {
      const found: Diagnostic[] = [];
      find(ctx, (at, message, hint) => found.push(diagnostic(id, severity, ctx.model.source.file, at, message, hint)));
      return found;
    },
  };
}

/** Every clause of the document, in order. */
export function allClauses(model: DocumentModel): Clause[] {
  return model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses));
}

/** A short quotation of source text for messages. */
export function quote(text: string, max = 24): string {
  const chars = [...text];
  return `“${chars.length > max ? chars.slice(0, max).join('') + '…' : text}”`;
}

export type { SourceText };
