// The frontmatter of every generated page, as a zod schema: the converter checks what it writes
// against it, and the content collection (src/content.config.ts) extends Starlight's docsSchema
// with it, so this file is the documentation of the frontmatter. A page's frontmatter says what
// the page shows (its kind and the keys that find it in the model), its title and description;
// everything else the page sets comes from the model (src/content/model.json).

import { z } from 'zod';

/** The approval letter (/letter/). */
export const letterPage = z.object({
  /** Selects the page layout. */
  kind: z.literal('letter'),
  /** Registry id of what the page shows. */
  id: z.literal('letter'),
});

/** One annex read in full (/{region}/). */
export const annexPage = z.object({
  kind: z.literal('annex'),
  /** Region slug, as in the region table (src/model/tables.ts: beijing). */
  id: z.string(),
  region: z.string(),
});

/** The canonical page of one clause (/{region}/{n}/). */
export const clausePage = z.object({
  kind: z.literal('clause'),
  /** Clause id, {region}-{n} (beijing-12). */
  id: z.string().regex(/^[a-z]+-\d+$/),
  region: z.string(),
  /** Domain slug of the clause's section (technology … coordination). */
  domain: z.string(),
  /** Clause number n, continuous through the annex. */
  clause: z.number().int().min(1),
});

/** Every clause of one domain across the ten annexes (/domains/{domain}/). */
export const domainPage = z.object({
  kind: z.literal('domain'),
  /** domain-{slug}. */
  id: z.string(),
  domain: z.string(),
});

/** Every clause addressing one policy topic (/topics/{topic}/). */
export const topicPage = z.object({
  kind: z.literal('topic'),
  /** topic-{slug}. */
  id: z.string(),
  topic: z.string(),
  /** The domain the topic mainly belongs to. */
  domain: z.string(),
});

/** The vocabulary of topics (/topics/). */
export const topicsPage = z.object({
  kind: z.literal('topics'),
  id: z.literal('topics'),
});

/** The list of domains (/domains/). */
export const domainsPage = z.object({
  kind: z.literal('domains'),
  id: z.literal('domains'),
});

/** The whole document on one page (/print/): the letter and every annex, with a table of contents. */
export const printPage = z.object({
  kind: z.literal('print'),
  id: z.literal('print'),
});

/** The concordance of one domain (/compare/{domain}/): the ten plans' measures aligned. */
export const concordancePage = z.object({
  kind: z.literal('concordance'),
  /** compare-{slug}. */
  id: z.string(),
  /** Domain slug (technology … coordination). */
  domain: z.string(),
});

/** A page of the site itself (home, search, about, 404), written by hand rather than generated. */
export const sitePage = z.object({
  kind: z.literal('page'),
  /** A name for the page, used by its components (home, search, about, 404). */
  id: z.string(),
});

/** The extension of Starlight's frontmatter: one shape per kind of page. */
export const pageFrontmatter = z.discriminatedUnion('kind', [letterPage, annexPage, clausePage, domainPage, domainsPage, topicPage, topicsPage, printPage, concordancePage, sitePage]);

/** What the converter writes besides the kind and its keys: Starlight's title and description, and whether Pagefind indexes the page (clause pages index only their text, the rest not at all). */
export const generatedFrontmatter = z.intersection(
  pageFrontmatter,
  z.object({
    title: z.string().min(1),
    description: z.string(),
    pagefind: z.boolean().optional(),
  }),
);

export type PageFrontmatter = z.infer<typeof pageFrontmatter>;
export type GeneratedFrontmatter = z.infer<typeof generatedFrontmatter>;
