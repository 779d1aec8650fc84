// What a page loads to show itself: every stylesheet a page links blocks its first paint, so beyond
// the site's own sheets a page links only the stylesheets of what it shows. The site's sheets are
// those every page links (the site's sheet) and every page but a clause page links (the pages
// sheet, src/styles/pages.css): shared on purpose, cached once for the whole site. The pages are
// grouped by the stylesheets they link (one group per route and its components); on the first and
// last page of each group, in a browser, every other stylesheet has a rule whose selector matches an
// element of the page. A route that renders one of several components by its parameter links every
// one's stylesheet on each of its pages (the English compare pages once did: the concordance
// blocked its first paint on the index's and the table's sheets), and fails here.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, readPage, startSite } from './support.ts';

/** The stylesheets a built page links for the screen (the print one applies to paper only). */
function screenSheets(path: string): string[] {
  return [...readPage(path).html.matchAll(/<link rel="stylesheet" href="([^"]+)"( media="([^"]*)")?/g)].filter((m) => (m[3] ?? 'all') !== 'print').map((m) => m[1]);
}

const pages = builtPages()
  .filter((path) => path.endsWith('/'))
  .map((path) => ({ path, sheets: screenSheets(path) }))
  // The alias pages (/annex/1/) forward at once and link no sheet.
  .filter((p) => p.sheets.length > 0);
const common = (list: typeof pages) => list.map((p) => p.sheets).reduce((a, b) => a.filter((s) => b.includes(s)));
const siteSheets = common(pages.filter((p) => !/^\/(en\/)?[a-z]+\/\d+\/$/.test(p.path)));
const groups = new Map<string, string[]>();
for (const { path, sheets } of pages) {
  const key = sheets.join(' ');
  groups.set(key, [...(groups.get(key) ?? []), path]);
}

describe('a page links only stylesheets it uses', () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site.close());

  it('finds the site’s sheets and groups the pages by their stylesheets', () => {
    // Not vacuous: the site's sheets are two (the site's and the pages sheet), and the pages link
    // different sets beyond them (the concordance's is not the search page's).
    expect(siteSheets).toHaveLength(2);
    expect(common(pages)).toHaveLength(1);
    expect(groups.size).toBeGreaterThan(5);
  });

  it.each([...groups].map(([sheets, paths]) => [paths[0], sheets, paths]))('%s (and the other pages that link %s)', async (_first, _sheets, paths) => {
    const page = await site.browser.newPage();
    for (const path of new Set([paths[0], paths[paths.length - 1]])) {
      await page.goto(new URL(path.slice(1), site.url).href);
      const unused = await page.evaluate((siteSheets) => {
        const selectors = (rules: CSSRuleList): string[] =>
          [...rules].flatMap((r) => (r instanceof CSSStyleRule ? [r.selectorText, ...selectors(r.cssRules)] : 'cssRules' in r ? selectors((r as CSSGroupingRule).cssRules) : []));
        const matches = (selector: string) => {
          // Pseudo-elements and states are not elements: match what they belong to.
          const plain = selector.replace(/::?(before|after|marker|placeholder|selection|backdrop|-webkit-[a-z-]+|hover|focus(-visible|-within)?|active|visited)\b/g, '');
          try {
            return document.querySelector(plain || '*') !== null;
          } catch {
            return false;
          }
        };
        return [...document.styleSheets]
          .filter((s) => s.href && s.media.mediaText !== 'print' && !siteSheets.includes(new URL(s.href).pathname) && !selectors(s.cssRules).some(matches))
          .map((s) => new URL(s.href!).pathname);
      }, siteSheets);
      expect(unused, `${path} links stylesheets none of whose rules apply to it`).toEqual([]);
    }
    await page.close();
  });
});
