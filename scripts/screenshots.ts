// npm run screenshots: PNGs of every kind of page, phone and desktop, light and dark, into
// test-results/screenshots/, for a person to look at.

import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { deployment } from '../src/site-config.ts';

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
    await page.close();
  }
}
await browser.close();
server.close();
process.stdout.write(`Screenshots in ${out}/\n`);
