import { clausesOf } from '../../model/walk.ts';
import { clauseLabel } from '../../model/numerals.ts';
import { defineRule } from './rule.ts';

/** Clauses are numbered （一）（二）… continuously through each annex: no skips, repeats or steps back. */
export default defineRule('clause-number-sequence', (ctx, report) => {
  for (const annex of ctx.model.annexes) {
    let previous = 0;
    for (const clause of clausesOf(annex)) {
      const n = clause.number;
      const label = clause.label.text;
      if (Number.isNaN(n)) {
        report(clause.label.at, `附件${annex.number}: cannot read the clause number in ${label}.`, 'Write it as a Chinese numeral, e.g. （十二）.');
        continue;
      }
      const expected = clauseLabel(previous + 1);
      if (n === previous) {
        report(clause.label.at, `附件${annex.number}: ${label} repeats the previous clause number; expected ${expected}.`);
      } else if (n < previous) {
        report(clause.label.at, `附件${annex.number}: ${label} goes backwards after ${clauseLabel(previous)}; expected ${expected}.`);
      } else if (n > previous + 1) {
        const gap = previous + 2 === n ? expected : `${expected}…${clauseLabel(n - 1)}`;
        report(clause.label.at, `附件${annex.number}: ${label} follows ${previous ? clauseLabel(previous) : 'the start of the annex'}; ${gap} is missing.`, 'Restore the missing clause or fix the number.');
      }
      previous = n;
    }
  }
});
