// axe-core (WCAG 2.2 AA) on every kind of page, on a phone and a desktop, in light and dark, with
// the interactive states a reader meets (search results, the quick-search list, the open menu, the
// citation panel, the distinctive-only view).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations as violations, startSite, VIEWPORTS } from './support.ts';

const PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '' },
  { name: 'letter', path: 'letter/' },
  { name: 'annex', path: 'hefei/' },
  { name: 'clause with a correction', path: 'hefei/20/' },
  { name: 'clause (no similar clause)', path: 'sunan/1/' },
  { name: 'domains', path: 'domains/' },
  { name: 'domain', path: 'domains/environment/' },
  { name: 'search with results', path: `search/?q=${encodeURIComponent('数据')}&region=hefei`, prepare: (p) => p.locator('.sp-status').filter({ hasText: '共' }).waitFor() },
  { name: 'search without results', path: `search/?q=${encodeURIComponent('无此词语')}`, prepare: (p) => p.locator('.sp-tips').waitFor() },
  { name: 'search naming a topic', path: `search/?q=${encodeURIComponent('科技成果赋权')}`, prepare: (p) => p.locator('.sp-topics:not([hidden]) a').waitFor() },
  { name: 'search naming a place', path: `search/?q=${encodeURIComponent('宁波')}`, prepare: (p) => p.locator('.sp-jump.is-place a').waitFor() },
  { name: 'search one character away', path: `search/?q=${encodeURIComponent('迁徙')}`, prepare: (p) => p.locator('.sp-whole mark').first().waitFor() },
  {
    name: 'quick search open',
    path: 'beijing/1/',
    prepare: async (p) => {
      await p.locator('#qs-input').fill('居住证');
      await p.locator('.qs-panel:not([hidden]) .result').first().waitFor();
      await p.keyboard.press('ArrowDown');
    },
  },
  { name: '404', path: 'beijing/99/', prepare: (p) => p.locator('.not-found-hint p').waitFor() },
  { name: 'about', path: 'about/' },
  { name: 'compare', path: 'compare/' },
  { name: 'concordance, all pilots', path: 'compare/land/' },
  {
    name: 'concordance, two pilots, collapsed measures open',
    path: 'compare/land/?pilots=beijing,chengdu',
    prepare: async (p) => {
      await p.locator('.cc.cc-cols').waitFor();
      await p.locator('.cc-show-off').click();
    },
  },
  { name: 'concordance, four pilots', path: 'compare/technology/?pilots=hefei,sunan,chongqing,dawanqu', prepare: (p) => p.locator('.cc.cc-cols').waitFor() },
  { name: 'topics', path: 'topics/' },
  { name: 'topic', path: 'topics/standard-land/' },
  {
    name: 'annex, distinctive only, highlights open',
    path: 'hefei/?view=distinctive',
    prepare: async (p) => {
      await p.locator('.distinct-toggle[aria-pressed="true"]').waitFor();
      await p.locator('.highlights summary').click();
    },
  },
  { name: 'search filtered by topic', path: `search/?q=${encodeURIComponent('用地')}&topic=standard-land`, prepare: (p) => p.locator('.sp-status').filter({ hasText: '共' }).waitFor() },
  { name: 'print view', path: 'print/' },
  {
    name: 'clause with the citation panel and sentence links open',
    path: 'beijing/12/#s2',
    prepare: async (p) => {
      await p.locator('.sentence-mode').click();
      await p.locator('.cite-panel summary').click();
      await p.locator('#cite-style').waitFor();
    },
  },
  { name: 'English home', path: 'en/' },
  { name: 'English annex', path: 'en/hefei/' },
  {
    name: 'English clause with the citation panel open',
    path: 'en/hefei/20/#s3',
    prepare: async (p) => {
      await p.locator('.sentence-mode').click();
      await p.locator('.cite-panel summary').click();
      await p.locator('#cite-style').waitFor();
    },
  },
  { name: 'English topic', path: 'en/topics/standard-land/' },
  { name: 'English search with results', path: 'en/search/?q=land&region=chengdu', prepare: (p) => p.locator('.es-results li').first().waitFor() },
  { name: 'English about', path: 'en/about/' },
  { name: 'English compare', path: 'en/compare/' },
  { name: 'English concordance, all pilots', path: 'en/compare/land/' },
  {
    name: 'English concordance, two pilots, collapsed measures open',
    path: 'en/compare/land/?pilots=beijing,chengdu',
    prepare: async (p) => {
      await p.locator('.cc.cc-cols').waitFor();
      await p.locator('.cc-show-off').click();
    },
  },
  { name: 'English concordance, four pilots', path: 'en/compare/technology/?pilots=hefei,sunan,chongqing,dawanqu', prepare: (p) => p.locator('.cc.cc-cols').waitFor() },
  { name: 'English measures table, a topic and a pair', path: 'en/compare/measures/?topic=standard-land&pilots=beijing,chengdu', prepare: (p) => p.locator('.mm-page.mm-pair').waitFor() },
];

describe.each(Object.entries(VIEWPORTS))('accessibility (%s)', (_device, viewport) => {
  let site: Awaited<ReturnType<typeof startSite>>;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => site?.close());

  // Colours are the same on every width: both schemes on the desktop, the light one on the phone
  // (whose layout, touch targets and menu get their own checks).
  for (const scheme of (_device === 'desktop' ? ['light', 'dark'] : ['light']) as ('light' | 'dark')[]) {
    for (const { name, path, prepare } of PAGES) {
      it(`${name} has no axe violations (${scheme})`, async () => {
        const context = await site.browser.newContext({ ...viewport, colorScheme: scheme, locale: 'zh-CN' });
        const page = await context.newPage();
        await page.goto(site.url + path);
        await prepare?.(page);
        expect(await violations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  it('the open menu has no axe violations', async () => {
    const context = await site.browser.newContext({ ...VIEWPORTS.phone, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${site.url}hefei/3/`);
    await page.locator('button[popovertarget="starlight__sidebar"]').click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
