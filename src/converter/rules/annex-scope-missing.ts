import { defineRule } from './rule.ts';

/** Each annex states its scope (试点范围包括…) before its first section. */
export default defineRule('annex-scope-missing', (ctx, report) => {
  for (const annex of ctx.model.annexes) {
    if (!annex.scope) report(annex.title.at, `附件${annex.number} has no scope sentence (试点范围包括…) after its title.`);
  }
});
