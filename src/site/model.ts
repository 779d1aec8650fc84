// The site's view of the converter's output: the site model (src/model/site-model.ts), read once
// at build time from src/content/model.json, with lookups pages need in a loop, and the one way
// pages make URLs (urlFor with the build's base; published addresses with the build's origin).

import type { SiteModel } from '../model/site-model.ts';
import { toChineseNumeral } from '../model/numerals.ts';
import { DOMAINS, domainBySlug, regionBySlug, type Domain, type Region } from '../model/tables.ts';
import type { Annex, Clause } from '../model/types.ts';
import { localeBase, publicUrlFor, urlFor, type Deployment, type Lang, type UrlTarget } from '../model/urls.ts';
import { annexByRegion, indexClauses, type ClauseInContext } from '../model/walk.ts';
import data from '../content/model.json';

/** The generated site model; `npm run ingest` writes it. */
export const site = data as unknown as SiteModel;
export const { model, linked } = site;

/** Where this build is deployed: the configured origin (or null) and base. */
export const deployed: Deployment = { origin: import.meta.env.SITE ? new URL(import.meta.env.SITE).origin : null, base: import.meta.env.BASE_URL };

/** A site-relative URL under the deployment base, in a language (Chinese by default; English under /en/). */
export function href(target: UrlTarget, lang: Lang = 'zh'): string {
  return urlFor(target, localeBase(import.meta.env.BASE_URL, lang));
}

/**
 * The address a page publishes for a target (canonical link, JSON-LD, citations as built): absolute
 * on the configured origin, or site-relative when the build has none (pages then complete it
 * from the address they were loaded from).
 */
export function publicHref(target: UrlTarget, lang: Lang = 'zh'): string {
  return publicUrlFor(target, { ...deployed, base: localeBase(deployed.base, lang) });
}

/** The short address printed under a clause or page (host and path, or the path alone when the build has no origin). */
export function printedUrl(target: UrlTarget, lang: Lang = 'zh'): string {
  return publicHref(target, lang).replace(/^https?:\/\//, '');
}

const clauseIndex = indexClauses(model);

/** A clause with its annex and section, by id (beijing-12). */
export function clauseById(id: string): ClauseInContext {
  const found = clauseIndex.get(id);
  if (!found) throw new Error(`no clause ${id}: is src/content/model.json current? Run npm run ingest.`);
  return found;
}

/** The clause that examples show: 附件1（十二） when the document has it (a two-character numeral shows the form best), else the first. */
export function exampleClause(): Clause {
  return (clauseIndex.get('beijing-12') ?? clauseIndex.values().next().value!).clause;
}

/** The annex of a region slug. */
export function annexOf(region: string): Annex {
  const annex = annexByRegion(model, region);
  if (!annex) throw new Error(`no annex for region ${region}`);
  return annex;
}

/** The domain table entry for a slug (every slug in the model is one). */
export function domainOf(slug: string): Domain {
  return domainBySlug(slug)!;
}

/** The region table entry for a slug (every slug in the model is one). */
export function regionOf(slug: string): Region {
  return regionBySlug(slug)!;
}

/** The label the registry gives an id: 附件1 北京城市副中心, （十二）增加有效金融服务供给. */
export function labelOf(id: string): string {
  const entry = Object.hasOwn(linked.registry, id) ? linked.registry[id] : undefined;
  if (!entry) throw new Error(`no registry entry ${id}`);
  return entry.label;
}

/** The pilots this document has, in annex order: what pages list (the region table may hold more than a test seed has). */
export const PILOTS: readonly Region[] = model.annexes.map((a) => regionOf(a.region));

/** How many pilots and domains the document has, as Chinese numerals for the pages' words (十个试点, 七类要素): counted, never typed. */
export const COUNTS_ZH = { pilots: toChineseNumeral(model.annexes.length), domains: toChineseNumeral(DOMAINS.length) } as const;
