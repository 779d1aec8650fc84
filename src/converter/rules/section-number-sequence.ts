import { sectionLabel } from '../../model/numerals.ts';
import { defineRule } from './rule.ts';

/** Sections 一、…七、 of each annex and the letter's paragraphs 一、…四、 are numbered 1, 2, 3 … in order. */
export default defineRule('section-number-sequence', (ctx, report) => {
  const check = (where: string, items: { number: number; label: { text: string; at: { line: number; column: number } } }[]) => {
    items.forEach((item, i) => {
      if (item.number !== i + 1) {
        report(item.label.at, `${where}: ${item.label.text} stands where ${sectionLabel(i + 1)} is expected.`, 'Fix the number or restore the missing heading.');
      }
    });
  };
  check('the approval letter', ctx.model.letter.paragraphs);
  for (const annex of ctx.model.annexes) check(`附件${annex.number}`, annex.sections);
});
