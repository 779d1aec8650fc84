// The site's view of the converter's output: the model, its registry and links, read once at build
// time from src/content/model.json, plus the one way pages make URLs (urlFor with the build's base).

import type { SiteModel } from '../converter/pipeline.ts';
import { DOMAINS, REGIONS, type Domain, type Region } from '../model/tables.ts';
import type { Annex, Clause, Section } from '../model/types.ts';
import { absoluteUrlFor, urlFor, type UrlTarget } from '../model/urls.ts';
import data from '../content/model.json';

/** The generated model; `npm run ingest` writes it. */
export const site = data as unknown as SiteModel;
export const { model, linked } = site;

/** A site-relative URL under the deployment base. */
export function href(target: UrlTarget): string {
  return urlFor(target, import.meta.env.BASE_URL);
}

/** The absolute URL of a target on the configured origin (canonical, citations, JSON-LD). */
export function absoluteHref(target: UrlTarget): string {
  return absoluteUrlFor(target, import.meta.env.SITE, import.meta.env.BASE_URL);
}

const clauseIndex = new Map<string, { annex: Annex; section: Section; clause: Clause }>();
for (const annex of model.annexes) for (const section of annex.sections) for (const clause of section.clauses) clauseIndex.set(clause.id, { annex, section, clause });

/** A clause with its annex and section, by id (beijing-12). */
export function clauseById(id: string) {
  const found = clauseIndex.get(id);
  if (!found) throw new Error(`no clause ${id}: is src/content/model.json current? Run npm run ingest.`);
  return found;
}

/** All clauses, in document order. */
export function allClauses(): Clause[] {
  return [...clauseIndex.values()].map((c) => c.clause);
}

/** The annex of a region slug. */
export function annexOf(region: string): Annex {
  const annex = model.annexes.find((a) => a.region === region);
  if (!annex) throw new Error(`no annex for region ${region}`);
  return annex;
}

/** The clauses of an annex, in order. */
export function clausesOf(annex: Annex): Clause[] {
  return annex.sections.flatMap((s) => s.clauses);
}

/** The domain table entry for a slug. */
export function domainOf(slug: string): Domain {
  return DOMAINS.find((d) => d.slug === slug)!;
}

/** The region table entry for a slug. */
export function regionOf(slug: string): Region {
  return REGIONS.find((r) => r.slug === slug)!;
}

export { DOMAINS, REGIONS };
