// What a validation rule is: one id from the catalogue (src/model/catalogue.ts, which gives its
// severity and what it means), one check over the built model. Each rule lives in its own file
// named after its id, so a diagnostic's rule id says where to look.

import { diagnosticKind } from '../../model/catalogue.ts';
import { diagnostic, type Diagnostic, type Facts } from '../../model/diagnostics.ts';
import type { DocumentModel, Position } from '../../model/types.ts';
import type { MissingPart } from '../build.ts';

/** What a rule sees. */
export interface RuleContext {
  model: DocumentModel;
  missing: readonly MissingPart[];
}

/** One validation rule. */
export interface Rule {
  check(ctx: RuleContext): Diagnostic[];
}

/** A rule's way to report a finding: where, what (English), what to do, and the finding as data. */
export type Report = (at: Position, message: string, hint?: string, facts?: Facts) => void;

/** Creates a rule whose findings all share its catalogue entry and the seed's file name. */
export function defineRule(id: string, find: (ctx: RuleContext, report: Report) => void): Rule {
  diagnosticKind(id); // an id the catalogue lacks fails when the rules load, not when one first fires
  return {
    check(ctx) {
      const found: Diagnostic[] = [];
      find(ctx, (at, message, hint, facts) => found.push(diagnostic(id, ctx.model.source.file, at, message, hint, facts)));
      return found;
    },
  };
}

/** A short quotation of source text for messages. */
export function quote(text: string, max = 24): string {
  const chars = [...text];
  return `“${chars.length > max ? chars.slice(0, max).join('') + '…' : text}”`;
}
