// schema.org Legislation for the document, each annex and each clause, so that search engines and
// reference managers know what a page is: identifier, dates, jurisdiction, and what it is part of.
// URLs are the published ones: absolute on the configured origin, else site-relative (JSON-LD
// resolves them against the page).

import { annexLabel, clauseRef } from '../model/labels.ts';
import { annexOf, clauseById, model, publicHref } from './model.ts';

const JURISDICTION = 'CN';

/** The document itself. */
export function documentLd(): Record<string, unknown> {
  return {
    '@type': 'Legislation',
    name: model.meta.title,
    legislationIdentifier: model.meta.docNumber,
    legislationType: '批复',
    legislationDate: model.meta.dateWritten,
    datePublished: model.meta.datePublished,
    legislationJurisdiction: JURISDICTION,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: model.meta.issuer },
    inLanguage: 'zh-CN',
    url: publicHref({ kind: 'letter' }),
  };
}

/** One annex, part of the document. */
export function annexLd(region: string): Record<string, unknown> {
  const a = annexOf(region);
  return {
    '@type': 'Legislation',
    name: a.titleText,
    legislationIdentifier: `${model.meta.docNumber} ${annexLabel(a.number)}`,
    legislationDate: model.meta.dateWritten,
    datePublished: model.meta.datePublished,
    legislationJurisdiction: JURISDICTION,
    spatialCoverage: a.scope?.text,
    inLanguage: 'zh-CN',
    url: publicHref({ kind: 'annex', region }),
    isPartOf: documentLd(),
  };
}

/** One clause, part of its annex. */
export function clauseLd(id: string): Record<string, unknown> {
  const { annex, clause } = clauseById(id);
  return {
    '@type': 'Legislation',
    name: `${clause.labelText}${clause.title}`,
    legislationIdentifier: `${model.meta.docNumber} ${clauseRef(clause)}`,
    legislationDate: model.meta.dateWritten,
    datePublished: model.meta.datePublished,
    legislationJurisdiction: JURISDICTION,
    inLanguage: 'zh-CN',
    url: publicHref({ kind: 'clause', region: clause.region, clause: clause.number }),
    // The annex by name and address; its own page says what it is part of.
    isPartOf: { '@type': 'Legislation', name: annex.titleText, url: publicHref({ kind: 'annex', region: annex.region }) },
  };
}

/** The JSON-LD of a page of each kind, or null; safe inside a script element whatever the text holds. */
export function jsonLdFor(data: { kind: string; id: string; region?: string }): string | null {
  const item = data.kind === 'clause' ? clauseLd(data.id) : data.kind === 'annex' ? annexLd(data.region!) : data.kind === 'letter' || (data.kind === 'page' && data.id === 'home') ? documentLd() : null;
  return item ? JSON.stringify({ '@context': 'https://schema.org', ...item }).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : null;
}
