import { defineRule } from './rule.ts';

/** The annexes in the text are exactly those the letter lists, numbered 1…N. */
export default defineRule('annex-count', (ctx, report) => {
  const { letter, annexes } = ctx.model;
  letter.annexList.forEach((entry, i) => {
    if (entry.number !== i + 1) report(entry.label.at, `annex list entry ${entry.label.text.trim()} stands where ${i + 1}. is expected.`);
  });
  annexes.forEach((annex, i) => {
    if (annex.number !== i + 1) report((annex.marker ?? annex.title).at, `附件${annex.number} stands where 附件${i + 1} is expected.`);
  });
  if (annexes.length < letter.annexList.length) {
    const unmatched = letter.annexList[annexes.length];
    report(unmatched.label.at, `the letter lists ${letter.annexList.length} annexes, but the text has ${annexes.length}: no annex for entry ${unmatched.number}.`, 'Every annex needs its 附件N line and a title from the list.');
  } else if (annexes.length > letter.annexList.length) {
    const extra = annexes[letter.annexList.length];
    report((extra.marker ?? extra.title).at, `the letter lists ${letter.annexList.length} annexes, but the text has ${annexes.length}: 附件${extra.number} is not in the list.`, 'Add it to the letter’s annex list, or remove it.');
  }
});
