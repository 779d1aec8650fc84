import type { SourceText } from '../../model/types.ts';
import { defineRule, allClauses, quote } from './rule.ts';

/** Reports each paragraph joined to the one before it because a page break had split them. */
export default defineRule('page-break-join', 'warning', 'a paragraph split by a page break, joined again', (ctx, report) => {
  const joins = (where: string, segments: SourceText[]) => {
    for (let i = 1; i < segments.length; i++) {
      const before = segments[i - 1].text;
      const atSentenceEnd = /[。！？][”’」』）)]*$/u.test(before);
      const tail = [...before].slice(-6).join('');
      report(
        segments[i].at,
        atSentenceEnd
          ? `joined to ${where}: the break fell after a full sentence (…${tail}), so the continuation looked like a new paragraph.`
          : `joined to ${where}: the break fell mid-sentence (…${tail} / ${quote(segments[i].text, 6)}).`,
      );
    }
  };
  for (const p of ctx.model.letter.paragraphs) joins(`paragraph ${p.label.text} of the letter`, p.segments);
  for (const c of allClauses(ctx.model)) joins(`附件${c.annex}${c.labelText}`, c.segments);
});
