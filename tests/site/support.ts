// Shared by the tests of the built site: where the build is, the pages in it, a server and a
// browser, and the two viewports every browser test runs on.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, process.env.DIST_DIR ?? 'dist');

/** Fails clearly when the site has not been built. */
export function requireBuild(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: run \`npm run build\` first (npm test does).`);
}

/** Every HTML file of a build, as site paths (/beijing/12/). */
export function builtPages(dir = DIST): string[] {
  requireBuild(dir);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => '/' + relative(dir, join(e.parentPath, e.name)).replace(/index\.html$/, '').replace(/\\/g, '/'))
    .sort();
}

/** A built page parsed, with its elements in document order. */
export function readPage(path: string, dir = DIST): { html: string; elements: Node[] } {
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const elements: Node[] = [];
  walkSync(parse(html), (node) => {
    if (node.type === ELEMENT_NODE) elements.push(node);
  });
  return { html, elements };
}

export const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
} as const;

/** A server for the build and a browser, started once per test file. */
export async function startSite(dir = DIST, base = '/'): Promise<{ url: string; browser: Browser; server: Server; close: () => Promise<void> }> {
  requireBuild(dir);
  const { server, url } = await serveStatic(dir, { base });
  const browser = await launchChromium();
  return {
    url,
    browser,
    server,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** A browser context that fails the test on requests to any other origin. */
export async function isolatedContext(browser: Browser, siteUrl: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const origin = new URL(siteUrl).origin;
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    foreign.push(u);
    return route.abort();
  });
  return { context, foreign };
}

/**
 * The site in a browser context of one device, for a test file's describe block: started before
 * the tests, and on closing, checked for requests to other origins (there must be none).
 */
export function siteOn(viewport: (typeof VIEWPORTS)[keyof typeof VIEWPORTS], options: Parameters<Browser['newContext']>[0] = {}) {
  const handle = { url: '', page: undefined as unknown as import('playwright-core').Page };
  let site: Awaited<ReturnType<typeof startSite>> | undefined;
  let foreign: string[] = [];
  beforeAll(async () => {
    site = await startSite();
    const isolated = await isolatedContext(site.browser, site.url, { ...viewport, ...options });
    foreign = isolated.foreign;
    handle.url = site.url;
    handle.page = await isolated.context.newPage();
  });
  afterAll(async () => {
    expect(foreign, 'requests to other origins').toEqual([]);
    await site?.close();
  });
  return handle;
}

/**
 * Builds the project in a scratch copy under test-results/<name>/ (so the main build is untouched),
 * with its own environment and, if given, its own seed files in place of seeds/; returns its dist/.
 * Inside the project, so that the copy resolves the project's node_modules as a parent folder
 * (Astro does not build through a symlinked node_modules), and not in a dot-folder (the content
 * loader's glob skips those).
 */
export function buildScratchSite(name: string, env: Record<string, string>, seeds?: Record<string, string>): { scratch: string; dist: string } {
  const scratch = join(ROOT, 'test-results', name);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const generated = join(ROOT, 'src/content');
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'seeds', 'scripts', 'public']) {
    cpSync(join(ROOT, entry), join(scratch, entry), { recursive: true, filter: (src) => src !== generated && !src.startsWith(`${generated}/`) });
  }
  if (seeds) {
    rmSync(join(scratch, 'seeds'), { recursive: true });
    mkdirSync(join(scratch, 'seeds'));
    for (const [target, source] of Object.entries(seeds)) cpSync(source, join(scratch, 'seeds', target));
  }
  // Vitest mirrors Vite's env into process.env (BASE_URL=/, DEV=1, PROD, SSR, MODE, TEST, NODE_ENV,
  // VITEST…); passed on, they would make Astro's build a dev build at the root.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|DEV|PROD|SSR|MODE|TEST|NODE_ENV|VITEST.*|SITE_URL|BASE_PATH|SKIP_PDF)$/.test(k)));
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: scratch, env: { ...inherited, ...env }, stdio: 'pipe' });
  return { scratch, dist: join(scratch, 'dist') };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.2 AA and best-practice violations on the page as it is. axe is evaluated
 * through the browser's protocol: a script tag would be inline script, which the site's
 * Content-Security-Policy (rightly) refuses.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe scrolls to each element to find what is drawn behind it; an element the browser has not
  // laid out yet (content-visibility: auto, the compare pages' quotes) stands at its estimated size
  // until then, and axe takes a neighbour's background for its own. Everything is laid out first
  // (through the CSSOM, which the page's policy allows): the colours are the same either way.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  });
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/**
 * Records, on every page `page` opens from now on, the quotes, measures and table rows its scripts
 * insert or move (a move is an insertion) from the end of parsing on, before they run: what
 * arriving costs in relayout. Read with movedOnArrival.
 */
export async function watchMovesOnArrival(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { moved: string[] };
    w.moved = [];
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.matches('.cc-row, .cc-cell, tr[data-regions]')) w.moved.push(n.id || n.className);
      }).observe(document, { childList: true, subtree: true });
    });
  });
}

/** What the scripts of the page open in `page` inserted or moved so far (watchMovesOnArrival). */
export function movedOnArrival(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { moved: string[] }).moved);
}
