import { defineRule } from './rule.ts';

/** The letter must have its title, 文号, addressees, opening, paragraphs, annex list, signature and date. */
export default defineRule('letter-structure', (ctx, report) => {
  for (const m of ctx.missing) {
    report(m.at, `the approval letter has no ${m.part} here.`, 'Restore the line from the official publication.');
  }
});
