// Serialises a page to MDX after checking its frontmatter against the collection's own schema, so
// the generator cannot write a page the site would reject.

import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { pageFrontmatter } from '../../model/frontmatter.ts';
import type { Page } from './pages.ts';

const schema = docsSchema({ extend: pageFrontmatter })({ image: () => z.any() } as never);

/** The MDX file of a page; throws if the frontmatter does not satisfy the content schema. */
export function serialisePage(page: Page): string {
  const checked = schema.safeParse(page.frontmatter);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`generated frontmatter for ${page.path} does not match src/model/frontmatter.ts: ${issues}`);
  }
  const yaml = stringify(page.frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${page.body}\n`;
}
