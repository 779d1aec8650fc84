import { defineRule, quote } from './rule.ts';

/** Each annex's title is the title its number has in the letter's annex list. */
export default defineRule('annex-title-unmatched', (ctx, report) => {
  for (const annex of ctx.model.annexes) {
    if (annex.listEntry === null) {
      const expected = ctx.model.letter.annexList.find((e) => e.number === annex.number);
      report(
        annex.title.at,
        `the title of 附件${annex.number}, ${quote(annex.title.text, 40)}, matches no entry of the letter’s annex list.`,
        expected ? `The list has “${expected.titleText}” for ${annex.number}.` : undefined,
      );
    } else if (annex.listEntry !== annex.number) {
      report(annex.title.at, `附件${annex.number} carries the title of list entry ${annex.listEntry}.`, 'Check the 附件N line above it.');
    }
  }
});
