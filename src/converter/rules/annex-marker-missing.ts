import { defineRule } from './rule.ts';

/** Reports annexes recovered from their title because their 附件N line is missing. */
export default defineRule('annex-marker-missing', (ctx, report) => {
  for (const annex of ctx.model.annexes) {
    if (annex.marker === null) {
      report(annex.title.at, `the 附件${annex.number} line is missing; recovered the annex from its title, entry ${annex.number} of the letter’s list.`, undefined, {
        annex: annex.number,
        target: annex.region,
      });
    }
  }
});
