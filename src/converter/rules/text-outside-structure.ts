import { defineRule, quote } from './rule.ts';

/** Every paragraph must belong to the letter, an annex's title or scope, a section heading or a clause. */
export default defineRule('text-outside-structure', (ctx, report) => {
  const hint = 'Attach it to the clause it belongs to, or give it the 附件N / 一、 / （一） line it lost.';
  for (const s of ctx.model.strays) report(s.at, `${quote(s.text)} stands outside the letter, every annex and the footer.`, hint);
  for (const a of ctx.model.annexes) {
    for (const s of a.strays) {
      report(s.at, `${quote(s.text)} in 附件${a.number} stands outside every section and clause.`, hint);
    }
  }
});
