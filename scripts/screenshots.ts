// npm run screenshots: PNGs of every kind of page, phone and desktop, light and dark, into
// test-results/screenshots/, for a person to look at; and the states a reader puts pages in (the
// context bar mid-page, its contents open, the citation open, the downloads menu), as the screen
// shows them. `npm run screenshots -- annex clause-cite` takes only those.

import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import type { Page } from 'playwright-core';
import { deployment } from '../src/site-config.ts';

/** A state: the page scrolled or opened as a reader leaves it, taken as the screen shows it. */
type Prepare = (page: Page) => Promise<unknown>;
const scrollToMiddle: Prepare = (page) => page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));

const PAGES: [string, string][] = [
  ['home', ''],
  ['letter', 'letter/'],
  ['annex', 'hefei/'],
  ['clause', 'hefei/20/'],
  ['clause-no-counterpart', 'sunan/1/'],
  ['domain', 'domains/land/'],
  ['domains', 'domains/'],
  ['search', 'search/?q=%E6%A0%87%E5%87%86%E5%9C%B0&region=&domain=land'],
  ['404', 'beijing/40/'],
  ['about', 'about/'],
  ['compare', 'compare/'],
  ['concordance', 'compare/land/'],
  ['concordance-pair', 'compare/land/?pilots=beijing,chengdu'],
  ['concordance-four', 'compare/technology/?pilots=hefei,sunan,chongqing,dawanqu'],
  ['concordance-one', 'compare/coordination/?pilots=zhengzhou'],
  ['topics', 'topics/'],
  ['topic', 'topics/standard-land/'],
  ['distinctive', 'hefei/?view=distinctive'],
  ['print', 'print/'],
  ['en-compare', 'en/compare/'],
  ['en-concordance', 'en/compare/land/'],
  ['en-concordance-pair', 'en/compare/land/?pilots=beijing,chengdu'],
  ['en-measures', 'en/compare/measures/'],
];
const STATES: [string, string, Prepare][] = [
  ['domain-middle', 'domains/land/', scrollToMiddle],
  ['print-middle', 'print/', scrollToMiddle],
  [
    'annex-contents',
    'hefei/',
    async (page) => {
      await scrollToMiddle(page);
      await page.locator('.page-context summary').click();
    },
  ],
  ['annex-downloads', 'hefei/', (page) => page.locator('.menu > summary').click()],
  [
    'clause-cite',
    'hefei/20/',
    async (page) => {
      await page.locator('.cite-panel summary').click();
      await page.locator('#cite-style').waitFor();
    },
  ],
  ['topic-middle', 'topics/standard-land/', scrollToMiddle],
];
const only = process.argv.slice(2);
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const { server, url } = await serveStatic('dist', { base: deployment().base });
const browser = await launchChromium();
for (const [vw, vh, device] of [[390, 844, 'phone'], [1280, 900, 'desktop']] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: vw, height: vh }, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const [name, path] of PAGES) {
      if (only.length && !only.includes(name)) continue;
      await page.goto(url + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(name === 'search' ? 600 : 50);
      await page.screenshot({ path: `${out}/${name}-${device}-${scheme}.png`, fullPage: !process.env.VIEWPORT_ONLY });
    }
    for (const [name, path, prepare] of STATES) {
      if (only.length && !only.includes(name)) continue;
      await page.goto(url + path, { waitUntil: 'networkidle' });
      await prepare(page);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${out}/${name}-${device}-${scheme}.png` });
    }
    await page.close();
  }
}
await browser.close();
server.close();
process.stdout.write(`Screenshots in ${out}/\n`);
