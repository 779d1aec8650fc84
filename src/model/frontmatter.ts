// The frontmatter of every generated page, as a zod schema: the converter validates what it writes
// against it, and the content collection (src/content.config.ts) extends Starlight's docsSchema
// with it, so this file is the documentation of the frontmatter.

import { z } from 'astro/zod';

const sourceLines = z
  .tuple([z.number().int().min(1), z.number().int().min(1)])
  .describe('First and last line of the seed the page’s text comes from.');

/** The approval letter (/letter/). */
export const letterPage = z.object({
  /** Selects the page layout. */
  kind: z.literal('letter'),
  /** Registry id of what the page shows. */
  id: z.literal('letter'),
  /** 国函〔2025〕86号. */
  docNumber: z.string(),
  sourceLines,
});

/** One annex read in full (/{region}/). */
export const annexPage = z.object({
  kind: z.literal('annex'),
  /** Region slug, as in the region table (src/model/tables.ts: beijing). */
  id: z.string(),
  region: z.string(),
  /** Annex number, 1–10. */
  annex: z.number().int().min(1),
  /** The pilot’s name (北京城市副中心). */
  regionName: z.string(),
  /** How many clauses the annex has. */
  clauses: z.number().int().min(0),
  sourceLines,
});

/** The canonical page of one clause (/{region}/{n}/). */
export const clausePage = z.object({
  kind: z.literal('clause'),
  /** Clause id, {region}-{n} (beijing-12). */
  id: z.string().regex(/^[a-z]+-\d+$/),
  region: z.string(),
  regionName: z.string(),
  annex: z.number().int().min(1),
  /** Section number within the annex, 1–7. */
  section: z.number().int().min(1),
  /** The section heading as printed (聚力技术要素激发创新势能). */
  sectionHeading: z.string(),
  /** Domain slug of the section (technology … coordination). */
  domain: z.string(),
  /** Clause number n, continuous through the annex. */
  clause: z.number().int().min(1),
  /** The printed label, （十二）. */
  label: z.string(),
  /** The title sentence without its 。. */
  clauseTitle: z.string(),
  /** How many sentences the clause has; sentence k is anchored #s{k}. */
  sentences: z.number().int().min(1),
  /** Slugs of the policy topics the clause addresses (seeds/topics.yaml). */
  topics: z.array(z.string()).default([]),
  sourceLines,
});

/** Every clause of one domain across the ten annexes (/domains/{domain}/). */
export const domainPage = z.object({
  kind: z.literal('domain'),
  /** domain-{slug}. */
  id: z.string(),
  domain: z.string(),
  /** How many clauses the domain has across all annexes. */
  clauses: z.number().int().min(0),
});

/** Every clause addressing one policy topic (/topics/{topic}/). */
export const topicPage = z.object({
  kind: z.literal('topic'),
  /** topic-{slug}. */
  id: z.string(),
  topic: z.string(),
  /** The domain the topic mainly belongs to. */
  domain: z.string(),
  /** How many clauses, in how many pilots, address it. */
  clauses: z.number().int().min(0),
  regions: z.number().int().min(0),
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

/** The concordance of one domain (/compare/{domain}/): the ten plans' sentences aligned into measures. */
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

export type PageFrontmatter = z.infer<typeof pageFrontmatter>;
