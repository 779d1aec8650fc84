// The same page in the other language, for the language switch and the hreflang links: a page of
// the document (letter, annex, clause, domain, topic, print) and the site's pages that have an
// English version exist in both; any other page (an alias, the 404 page) has the other language's
// home page as its counterpart.

import { localeBase, type Lang } from '../model/urls.ts';

/** Paths (after the language's base) of the site's own pages that exist in both languages (the comparison pages are in Chinese only). */
const BOTH = [/^$/, /^search\/$/, /^about\/$/];

/** Paths of the document's pages (generated in both languages when the build has a translation). */
const DOCUMENT = /^(?:letter|print|domains|topics|[a-z]+)\/(?:[a-z0-9-]+\/)?$/;

/** Paths of the site's own pages in one language only. */
const ONE = /^(?:compare|search|about|data|pdf|pagefind)\//;

/** Where a page at `pathname` lives in language `to`, given the deployment base; its home page when it has no counterpart. */
export function counterpart(pathname: string, from: Lang, to: Lang, base: string, hasEnglish: boolean): { href: string; same: boolean } {
  const own = localeBase(base, from);
  const rest = pathname.startsWith(own) ? pathname.slice(own.length) : '';
  const exists = hasEnglish && !rest.startsWith('annex/') && !rest.startsWith('en/') && (BOTH.some((p) => p.test(rest)) || (DOCUMENT.test(rest) && !ONE.test(rest)));
  return exists ? { href: localeBase(base, to) + rest, same: true } : { href: localeBase(base, to), same: false };
}
