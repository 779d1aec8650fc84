import { paragraphId } from '../../model/ids.ts';
import { clauseRef } from '../../model/labels.ts';
import type { SourceText } from '../../model/types.ts';
import { allClauses } from '../../model/walk.ts';
import { defineRule, quote } from './rule.ts';

/** Reports each paragraph joined to the one before it because a page break had split them. */
export default defineRule('page-break-join', (ctx, report) => {
  const joins = (where: string, target: string, segments: SourceText[]) => {
    for (let i = 1; i < segments.length; i++) {
      const before = segments[i - 1].text;
      const atSentenceEnd = /[。！？][”’」』）)]*$/u.test(before);
      const tail = [...before].slice(-6).join('');
      report(
        segments[i].at,
        atSentenceEnd
          ? `joined to ${where}: the break fell after a full sentence (…${tail}), so the continuation looked like a new paragraph.`
          : `joined to ${where}: the break fell mid-sentence (…${tail} / ${quote(segments[i].text, 6)}).`,
        undefined,
        { target, previousLine: segments[i - 1].at.line, atSentenceEnd, before: [...before].slice(-4).join(''), after: [...segments[i].text].slice(0, 4).join('') },
      );
    }
  };
  for (const p of ctx.model.letter.paragraphs) joins(`paragraph ${p.label.text} of the letter`, paragraphId(p.number), p.segments);
  for (const c of allClauses(ctx.model)) joins(clauseRef(c), c.id, c.segments);
});
