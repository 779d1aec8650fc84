// Every internal link and anchor of every built page resolves: the page exists and, for a
// fragment, an element with that id is on it. Problems say what to do (withastro/docs' checker).

import { existsSync, readFileSync } from 'node:fs';
import { officialSearchUrl } from '../../src/model/urls.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, readPage } from './support.ts';

const SITE_ORIGINS = [process.env.SITE_URL].filter(Boolean) as string[];
/** The one outside address the site links (never loads): the official library's search for the 文号. */
const OFFICIAL = officialSearchUrl(JSON.parse(readFileSync(join(DIST, 'data/document.json'), 'utf8')).docNumber);

function targetFile(path: string): string | null {
  const clean = path.split(/[?#]/)[0];
  for (const candidate of [clean, clean.endsWith('/') ? `${clean}index.html` : `${clean}/index.html`]) {
    if (existsSync(join(DIST, candidate)) && !candidate.endsWith('/')) return candidate;
  }
  return null;
}

describe('links on the built site', () => {
  it('every internal link and fragment resolves', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(200);
    const ids = new Map<string, Set<string>>();
    const idsOf = (page: string) => {
      if (!ids.has(page)) ids.set(page, new Set(readPage(page).elements.map((e) => e.attributes.id).filter(Boolean)));
      return ids.get(page)!;
    };
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const el of readPage(page).elements) {
        const raw = el.name === 'a' ? el.attributes.href : el.name === 'link' && el.attributes.rel !== 'canonical' && el.attributes.rel !== 'alternate' ? el.attributes.href : el.name === 'script' || el.name === 'img' ? el.attributes.src : undefined;
        if (!raw || /^(mailto:|tel:|javascript:|data:)/.test(raw)) continue;
        let url: URL;
        try {
          url = new URL(raw, `https://site.test${page}`);
        } catch {
          problems.push(`${page}: “${raw}” is not a URL.`);
          continue;
        }
        const foreign = url.origin !== 'https://site.test';
        if (foreign && el.name === 'a' && raw.replace(/&amp;/g, '&') === OFFICIAL) {
          if (el.attributes.rel !== 'external noopener') problems.push(`${page}: the link to the official library must say rel="external noopener".`);
          continue;
        }
        if (foreign && !SITE_ORIGINS.some((o) => raw.startsWith(o))) {
          problems.push(`${page}: links to another origin: ${raw}. The site makes no requests elsewhere; link text may name it, but not load it.`);
          continue;
        }
        const path = foreign ? new URL(raw).pathname : url.pathname;
        checked++;
        const file = targetFile(path);
        if (!file) {
          problems.push(`${page}: “${raw}” has no page in dist/. Fix the link, or build the page it expects.`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html')) {
          const target = '/' + file.replace(/index\.html$/, '').replace(/^\//, '');
          const available = idsOf(target);
          if (!available.has(fragment)) {
            const near = [...available].filter((id) => id.startsWith(fragment.replace(/\d+$/, ''))).slice(0, 8);
            problems.push(`${page}: “${raw}”: ${target} has no id “${fragment}”. Available fragments like it: ${near.join(', ') || '(none)'}.`);
          }
        }
      }
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
    expect(checked).toBeGreaterThan(10000);
  });
});
