// The one function that makes every URL of the site (the public URLs of docs/architecture.md).
// Pages, the data export, the PDFs and the tests all call it; nothing else concatenates paths, so
// a contract change happens here or nowhere. Fragments are the anchors of anchors.ts.

import { clauseAnchor, paragraphAnchor, sectionAnchor, sentenceAnchor } from './anchors.ts';

/** Where the site is deployed: its origin (https://host) when one is configured, and its base path (/ or /guohan/). */
export interface Deployment {
  origin: string | null;
  base: string;
}

/** Everything the site can link to. */
export type UrlTarget =
  | { kind: 'home' }
  | { kind: 'letter'; paragraph?: number }
  | { kind: 'annex'; region: string; section?: number; clause?: number }
  | { kind: 'clause'; region: string; clause: number; sentence?: number }
  | { kind: 'domains' }
  | { kind: 'domain'; domain: string; region?: string }
  | { kind: 'topics' }
  | { kind: 'topic'; topic: string }
  | { kind: 'compare'; domain?: string; pilots?: readonly string[]; measure?: string }
  | ({ kind: 'measures'; anchor?: string } & Partial<MatrixState>)
  | { kind: 'search'; q?: string; region?: string; domain?: string; topic?: string; everywhere?: boolean }
  | { kind: 'annex-alias'; annex: number; clause?: number }
  | { kind: 'about'; anchor?: string }
  | { kind: 'print' }
  | { kind: 'pdf'; name: string }
  | { kind: 'data'; file: DataFile }
  | { kind: 'asset'; path: string };

/** The files of the data export (/data/…). */
export type DataFile = 'document.json' | 'clauses.json' | 'clauses.csv' | 'concordance.json' | 'measures.csv' | 'matrix.csv' | 'glossary.json';

/** The language of a page: Chinese (the site, at the root) or English (the unofficial reading layer, under /en/). */
export type Lang = 'zh' | 'en';

/** The base a language's pages live under: the deployment base, and en/ under it for English. */
export function localeBase(base: string, lang: Lang): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return lang === 'en' ? `${b}en/` : b;
}

/** Joins a site-relative path onto the deployment base (`/` or `/guohan/`). */
function withBase(path: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

function fragment(id: string | undefined): string {
  return id ? `#${id}` : '';
}

/** The site-relative path of a target, with its fragment and query; `base` defaults to `/`. */
export function urlFor(target: UrlTarget, base = '/'): string {
  return withBase(pathOf(target), base);
}

/** The absolute URL of a target on a deployment at `origin` (https://host) under `base`. */
export function absoluteUrlFor(target: UrlTarget, origin: string, base = '/'): string {
  return origin.replace(/\/+$/, '') + urlFor(target, base);
}

/**
 * The address to publish for a target (data export, canonical links, JSON-LD): absolute on the
 * configured origin, or site-relative (with the base) when the build has no origin. Never a host
 * that does not exist.
 */
export function publicUrlFor(target: UrlTarget, site: Deployment): string {
  return site.origin ? absoluteUrlFor(target, site.origin, site.base) : urlFor(target, site.base);
}

function pathOf(t: UrlTarget): string {
  switch (t.kind) {
    case 'home':
      return '/';
    case 'letter':
      return `/letter/${fragment(t.paragraph ? paragraphAnchor(t.paragraph) : undefined)}`;
    case 'annex':
      return `/${t.region}/${fragment(t.clause ? clauseAnchor(t.clause) : t.section ? sectionAnchor(t.section) : undefined)}`;
    case 'clause':
      return `/${t.region}/${t.clause}/${fragment(t.sentence ? sentenceAnchor(t.sentence) : undefined)}`;
    case 'domains':
      return '/domains/';
    case 'domain':
      return `/domains/${t.domain}/${fragment(t.region)}`;
    case 'topics':
      return '/topics/';
    case 'topic':
      return `/topics/${t.topic}/`;
    case 'compare':
      return `/compare/${t.domain ? `${t.domain}/` : ''}${pilotsQuery(t.pilots ?? [])}${fragment(t.measure)}`;
    case 'measures':
      return `/compare/measures/${matrixQuery({ sort: 'pilots', pilots: [], ...t })}${fragment(t.anchor)}`;
    case 'search': {
      const params = new URLSearchParams();
      for (const key of ['q', 'region', 'domain', 'topic'] as const) {
        const value = t[key];
        if (value) params.set(key, value);
      }
      if (t.everywhere) params.set('everywhere', '1');
      const query = params.toString();
      return `/search/${query ? `?${query}` : ''}`;
    }
    case 'annex-alias':
      return t.clause ? `/annex/${t.annex}/${t.clause}/` : `/annex/${t.annex}/`;
    case 'about':
      return `/about/${fragment(t.anchor)}`;
    case 'print':
      return '/print/';
    case 'pdf':
      return `/pdf/${t.name}.pdf`;
    case 'data':
      return `/data/${t.file}`;
    case 'asset':
      return `/${t.path.replace(/^\//, '')}`;
  }
}

/** How many pilots a concordance shows side by side at most. */
export const MAX_PILOTS = 4;

/**
 * The query that picks a concordance's columns: `?pilots=beijing,chengdu` (commas kept readable;
 * region slugs need no escaping), or nothing for every pilot.
 */
export function pilotsQuery(pilots: readonly string[]): string {
  return pilots.length ? `?pilots=${pilots.join(',')}` : '';
}

/**
 * The pilots a query asks for, as far as they are known: `pilots=a,b` (also repeated, as a form
 * sends it), unknown or repeated values dropped, at most MAX_PILOTS, in the order given. What a
 * reader typed is never trusted: only slugs from `known` come back.
 */
export function parsePilots(search: string, known: readonly string[]): string[] {
  const chosen: string[] = [];
  for (const value of new URLSearchParams(search.slice(0, 2000)).getAll('pilots')) {
    for (const slug of value.split(',')) {
      const s = slug.trim();
      if (known.includes(s) && !chosen.includes(s) && chosen.length < MAX_PILOTS) chosen.push(s);
    }
  }
  return chosen;
}

/** What the measures table shows: a domain, a topic, an order, a pair of pilots (all optional). */
export interface MatrixState {
  domain?: string;
  topic?: string;
  sort: 'pilots' | 'document';
  pilots: readonly string[];
}

/** The query of a measures table view: ?domain=land&topic=…&sort=document&pilots=a,b, each part only when set. */
export function matrixQuery(state: MatrixState): string {
  const params = new URLSearchParams();
  if (state.domain) params.set('domain', state.domain);
  if (state.topic) params.set('topic', state.topic);
  if (state.sort === 'document') params.set('sort', 'document');
  const query = params.toString().replace(/%2C/g, ',');
  const pilots = pilotsQuery(state.pilots).slice(1);
  return query || pilots ? `?${[query, pilots].filter(Boolean).join('&')}` : '';
}

/** The view a query asks for, as far as it is known: unknown domains, topics and pilots dropped, at most two pilots. */
export function parseMatrixQuery(search: string, known: { domains: readonly string[]; topics: readonly string[]; pilots: readonly string[] }): MatrixState {
  const params = new URLSearchParams(search.slice(0, 2000));
  const pick = (value: string | null, list: readonly string[]) => (value && list.includes(value) ? value : undefined);
  return {
    domain: pick(params.get('domain'), known.domains),
    topic: pick(params.get('topic'), known.topics),
    sort: params.get('sort') === 'document' ? 'document' : 'pilots',
    pilots: parsePilots(search, known.pilots).slice(0, 2),
  };
}

/**
 * The one address outside the site it links to: 中国政府网's policy document library, searched for
 * the document's number (文号). The site does not know the official page's own address, so it
 * links the search that finds it, and says so.
 */
export function officialSearchUrl(docNumber: string): string {
  return `https://sousuo.www.gov.cn/zcwjk/policyDocumentLibrary?${new URLSearchParams({ q: docNumber, t: 'zhengcelibrary' })}`;
}
