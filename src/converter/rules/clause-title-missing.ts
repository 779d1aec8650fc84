import { allClauses } from '../../model/walk.ts';
import { defineRule, quote } from './rule.ts';

/** A clause opens with a title sentence ending in 。, which the site and citations show. */
export default defineRule('clause-title-missing', (ctx, report) => {
  for (const clause of allClauses(ctx.model)) {
    if (!clause.title) report(clause.label.at, `附件${clause.annex}${clause.label.text} has no title sentence: ${quote(clause.text)}.`, 'A clause opens with a short sentence ending in 。.');
  }
});
