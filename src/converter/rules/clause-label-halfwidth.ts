import { allClauses } from '../../model/walk.ts';
import { defineRule } from './rule.ts';

/** Reports clause labels printed with half-width parentheses or inner spaces, read as （十二）. */
export default defineRule('clause-label-halfwidth', (ctx, report) => {
  for (const clause of allClauses(ctx.model)) {
    if (clause.label.text !== clause.labelText && !Number.isNaN(clause.number)) {
      report(clause.label.at, `read the clause label “${clause.label.text}” as ${clause.labelText}.`, undefined, { target: clause.id, printed: clause.label.text, normalised: clause.labelText });
    }
  }
});
