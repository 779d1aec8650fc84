import { defineRule } from './rule.ts';

/** Reports titles from which line-wrap spaces were removed. */
export default defineRule('title-space', 'warning', 'a line-wrap space removed from a title', (ctx, report) => {
  const { letter, annexes } = ctx.model;
  const check = (where: string, title: { text: string; at: { line: number; column: number } }) => {
    const m = /[\s\u3000]+/u.exec(title.text);
    if (!m) return;
    report(
      { line: title.at.line, column: title.at.column + [...title.text.slice(0, m.index)].length },
      `removed a line-wrap space from the title of ${where}.`,
    );
  };
  check('the approval letter', letter.title);
  letter.annexList.forEach((e) => check(`annex list entry ${e.number}`, e.title));
  annexes.forEach((a) => check(`附件${a.number}`, a.title));
});
