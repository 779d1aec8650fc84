import { FOOTER_KEYS } from '../../model/tables.ts';
import { defineRule } from './rule.ts';

/** Reports metadata fields the footer should have and does not; the letter supplies what it can. */
export default defineRule('footer-field-missing', (ctx, report) => {
  const { footer } = ctx.model.meta;
  const at = footer[0]?.label.at ?? { line: ctx.model.source.lineCount, column: 1 };
  for (const key of FOOTER_KEYS) {
    if (!footer.some((f) => f.key === key)) report(at, `the metadata footer has no ${key}.`, 'Copy it from the official page’s information table.', { key });
  }
});
