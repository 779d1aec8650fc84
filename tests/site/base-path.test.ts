// Deployable under a sub-path: a build with BASE_PATH=/guohan/ (in a scratch copy of the project,
// so the main build is untouched) puts every link, asset, search file and data file under it, and
// search works there in a browser.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicUrls } from './public-urls.test.ts';
import { buildScratchSite, builtPages, readPage, startSite } from './support.ts';

const BASE = '/guohan/';
let scratch: string;
let dist: string;

beforeAll(() => {
  ({ scratch, dist } = buildScratchSite('base-path-build', { BASE_PATH: BASE, SITE_URL: 'https://example.org' }));
}, 240_000);

afterAll(() => {
  if (scratch && !process.env.KEEP) rmSync(scratch, { recursive: true, force: true });
});

describe(`a build under ${BASE}`, () => {
  it('links every page, asset and file under the base', () => {
    const outside: string[] = [];
    for (const page of builtPages(dist)) {
      for (const el of readPage(page, dist).elements) {
        const url = el.attributes.href ?? el.attributes.src;
        if (!url || !url.startsWith('/') || url.startsWith('//')) continue;
        if (!url.startsWith(BASE)) outside.push(`${page}: ${el.name} ${url}`);
      }
    }
    expect(outside.slice(0, 20)).toEqual([]);
  });

  it('has the data export, search corpus and index under the base, with absolute URLs that include it', () => {
    expect(existsSync(join(dist, 'data/clauses.json'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const clauses = JSON.parse(readFileSync(join(dist, 'data/clauses.json'), 'utf8'));
    expect(clauses[0].url).toBe('https://example.org/guohan/beijing/1/');
    const corpus = JSON.parse(readFileSync(join(dist, 'search-corpus.json'), 'utf8'));
    expect(corpus.entries.find((e: { id: string }) => e.id === 'beijing-1').url).toBe('/guohan/beijing/1/');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap.match(/<loc>[^<]*beijing\/1\/<\/loc>/)?.[0]).toBe('<loc>https://example.org/guohan/beijing/1/</loc>');
    expect(readPage('/beijing/1/', dist).html).toContain('<link rel="canonical" href="https://example.org/guohan/beijing/1/"/>');
  });

  it('with SITE_URL, every absolute address uses it: sitemap, robots, canonical, OpenGraph, JSON-LD, citations, printed URLs', () => {
    for (const { url, needsOrigin } of publicUrls()) if (needsOrigin) expect(existsSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)), url).toBe(true);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs.every((l) => l.startsWith('https://example.org/guohan/'))).toBe(true);
    // Alias pages (noindex, canonical elsewhere) and the 404 page are not in the sitemap.
    expect(locs.filter((l) => l.includes('/annex/') || l.includes('404'))).toEqual([]);
    expect(locs.length).toBeGreaterThan(230);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/guohan/sitemap-index.xml');
    const html = readPage('/beijing/12/', dist).html;
    expect(html).toContain('<meta property="og:image" content="https://example.org/guohan/og.png"/>');
    expect(html).toContain('<meta property="og:url" content="https://example.org/guohan/beijing/12/"/>');
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    expect(ld.url).toBe('https://example.org/guohan/beijing/12/');
    expect(JSON.parse(/data-cite="([^"]*)"/.exec(html)![1].replace(/&quot;/g, '"')).url).toBe('https://example.org/guohan/beijing/12/');
    expect(html).toContain('<p class="print-url" data-pagefind-ignore>example.org/guohan/beijing/12/</p>');
    expect(readPage('/hefei/', dist).html).toContain('data-print-url="example.org/guohan/hefei/7/"');
    expect(readPage('/annex/3/12/', dist).html).toContain('<link rel="canonical" href="https://example.org/guohan/hangyongwen/12/">');
    expect(readPage('/404.html', dist).html).not.toContain('rel="canonical"');
  });

  it('with SITE_URL, the PDFs print and link every clause at the configured origin, and nothing else', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const name of ['hefei', 'guohan-2025-86']) {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(dist, 'pdf', `${name}.pdf`))), verbosity: 0 }).promise;
      const urls: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) for (const a of await (await doc.getPage(n)).getAnnotations()) if (a.url) urls.push(a.url);
      await doc.destroy();
      expect(urls.length, name).toBeGreaterThan(40);
      expect(urls.filter((u) => !u.startsWith('https://example.org/guohan/')), name).toEqual([]);
      expect(urls, name).toContain('https://example.org/guohan/hefei/7/');
    }
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dist, 'pdf/hefei.pdf'), '-'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().replace(/\s+/g, '');
    expect(text).toContain('example.org/guohan/hefei/7/');
  });

  it('searches, navigates and suggests on a 404 in a browser', async () => {
    const site = await startSite(dist, BASE);
    try {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}search/?q=${encodeURIComponent('土地预告登记')}`);
      await page.locator('.sp-status').filter({ hasText: '共 7 条' }).waitFor();
      await page.locator('.sp-results .r-link').first().click();
      await page.waitForURL((u) => u.pathname.startsWith('/guohan/') && /\/\d+\/$/.test(u.pathname));
      expect(await page.locator('.clause-text mark, .clause-text').first().textContent()).toContain('土地预告登记');
      // The quick search loads on first use; the modules it needs are preloaded under the base
      // (src/site/preload-helper.ts), each one found.
      const missing: string[] = [];
      page.on('response', (r) => void (r.status() >= 400 && missing.push(`${r.status()} ${r.url()}`)));
      await page.locator('#qs-input').fill('东数西算');
      await page.locator('.qs-status').filter({ hasText: '共 2 条' }).waitFor();
      const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
      expect(preloaded.length).toBeGreaterThan(1);
      for (const path of preloaded) expect(path).toMatch(/^\/guohan\/_astro\/[\w.-]+\.js$/);
      expect(missing).toEqual([]);
      await page.goto(`${site.url}beijing/99/`);
      await page.locator('.not-found-hint p').waitFor();
      expect(await page.locator('.not-found-hint a').first().getAttribute('href')).toBe('/guohan/beijing/');
    } finally {
      await site.close();
    }
  });
});
