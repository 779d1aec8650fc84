import { defineRule } from './rule.ts';

/** Every section holds at least one clause: a section that lost its clauses would take their public addresses with it, silently. */
export default defineRule('section-empty', (ctx, report) => {
  for (const annex of ctx.model.annexes) {
    for (const section of annex.sections) {
      if (section.clauses.length === 0) report(section.label.at, `附件${annex.number}, section ${section.number} (${section.heading.text}) has no clauses.`);
    }
  }
});
