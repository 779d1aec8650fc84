import { annexLabel } from '../../model/labels.ts';
import type { SourceText } from '../../model/types.ts';
import { defineRule } from './rule.ts';

/** Reports titles from which line-wrap spaces were removed. */
export default defineRule('title-space', (ctx, report) => {
  const { letter, annexes } = ctx.model;
  const check = (where: string, reader: string, target: string, title: SourceText) => {
    const m = /[\s\u3000]+/u.exec(title.text);
    if (!m) return;
    report({ line: title.at.line, column: title.at.column + [...title.text.slice(0, m.index)].length }, `removed a line-wrap space from the title of ${where}.`, undefined, {
      where: reader,
      target,
      printed: title.text,
    });
  };
  check('the approval letter', '批复', 'letter', letter.title);
  letter.annexList.forEach((e) => check(`annex list entry ${e.number}`, `批复附件列表第${e.number}项`, 'letter', e.title));
  annexes.forEach((a) => check(annexLabel(a.number), annexLabel(a.number), a.region, a.title));
});
