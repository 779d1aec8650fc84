import { defineRule } from './rule.ts';

/** Reports footer keys with an inner space (标 题), normalised to 标题. */
export default defineRule('footer-key-space', (ctx, report) => {
  for (const field of ctx.model.meta.footer) {
    const key = field.label.text.replace(/[：:]$/u, '');
    if (key !== field.key) report(field.label.at, `normalised the metadata key “${key}” to “${field.key}”.`, undefined, { printed: key, normalised: field.key });
  }
});
