// Stage 8a, serialise: a page to MDX, after checking its frontmatter against the collection's own
// schema (Starlight's docsSchema extended with src/model/frontmatter.ts), so the generator cannot
// write a page the site would reject.

import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { pageFrontmatter } from '../../model/frontmatter.ts';
import type { Page } from './pages.ts';

const schema = docsSchema({ extend: pageFrontmatter })({ image: () => z.any() } as never);

/**
 * Frontmatter as YAML, one `key: value` line per field, every value written as JSON: JSON strings,
 * numbers, booleans and arrays are YAML flow scalars and sequences, so any text, whatever quotes,
 * colons or newlines it holds, reads back exactly (and much faster than a general YAML writer).
 */
export function frontmatterYaml(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`)
    .join('');
}

/** The MDX file of a page; throws if the frontmatter does not satisfy the content schema. */
export function serialisePage(page: Page): string {
  const checked = schema.safeParse(page.frontmatter);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`generated frontmatter for ${page.path} does not match src/model/frontmatter.ts: ${issues}`);
  }
  return `---\n${frontmatterYaml(page.frontmatter)}---\n\n${page.body}\n`;
}
