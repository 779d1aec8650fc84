import { defineRule } from './rule.ts';

export const FOOTER_KEYS = ['索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期'] as const;

/** Reports metadata fields the footer should have and does not; the letter supplies what it can. */
export default defineRule('footer-field-missing', 'warning', 'a metadata field missing from the footer', (ctx, report) => {
  const { footer } = ctx.model.meta;
  const at = footer[0]?.label.at ?? { line: ctx.model.source.lineCount, column: 1 };
  for (const key of FOOTER_KEYS) {
    if (!footer.some((f) => f.key === key)) report(at, `the metadata footer has no ${key}.`, 'Copy it from the official page’s information table.');
  }
});
