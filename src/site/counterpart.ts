// The same page in the other language, for the language switch and the hreflang links: a page of
// the document (letter, annex, clause, domain, topic, print) and the site's pages that have an
// English version exist in both; any other page (an alias, the 404 page) has the other language's
// home page as its counterpart.

import { localeBase, type Lang } from '../model/urls.ts';

/** The comparison pages (/compare/, /compare/{domain}/, /compare/measures/): their state is in the query (?pilots=…), read alike in both languages. */
const COMPARE = /^compare\/(?:[a-z]+\/)?$/;

/** Paths (after the language's base) of the site's own pages that exist in both languages. */
const BOTH = [/^$/, /^search\/$/, /^about\/$/, COMPARE];

/** Paths of the document's pages (generated in both languages when the build has a translation). */
const DOCUMENT = /^(?:letter|print|domains|topics|[a-z]+)\/(?:[a-z0-9-]+\/)?$/;

/** Paths of the site's own pages, never the document's (those in both languages are in BOTH). */
const ONE = /^(?:compare|search|about|data|pdf|pagefind)\//;

/** The part of a path after its language's base ('' when it is not under it). */
function restOf(pathname: string, lang: Lang, base: string): string {
  const own = localeBase(base, lang);
  return pathname.startsWith(own) ? pathname.slice(own.length) : '';
}

/** Where a page at `pathname` lives in language `to`, given the deployment base; its home page when it has no counterpart. */
export function counterpart(pathname: string, from: Lang, to: Lang, base: string, hasEnglish: boolean): { href: string; same: boolean } {
  const rest = restOf(pathname, from, base);
  const exists = hasEnglish && !rest.startsWith('annex/') && !rest.startsWith('en/') && (BOTH.some((p) => p.test(rest)) || (DOCUMENT.test(rest) && !ONE.test(rest)));
  return exists ? { href: localeBase(base, to) + rest, same: true } : { href: localeBase(base, to), same: false };
}

/** Whether a page's query is its reader's place, kept when switching language: the comparison pages' (?pilots=…, the table's filters). */
export function keepsQuery(pathname: string, lang: Lang, base: string): boolean {
  return COMPARE.test(restOf(pathname, lang, base));
}
