// Reading and moving around as a person does, on a phone and a desktop: from the home page to an
// annex, a clause, its neighbours and the same domain elsewhere; the keyboard; addresses without a
// trailing slash; and a 404 page that helps.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, startSite, VIEWPORTS } from './support.ts';

describe.each(Object.entries(VIEWPORTS))('navigation (%s)', (device, viewport) => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let page: Page;
  let foreign: string[];
  beforeAll(async () => {
    site = await startSite();
    const isolated = await isolatedContext(site.browser, site.url, viewport);
    foreign = isolated.foreign;
    page = await isolated.context.newPage();
  });
  afterAll(async () => {
    expect(foreign, 'requests to other origins').toEqual([]);
    await site?.close();
  });

  const openMenuIfPhone = async () => {
    if (device === 'phone') await page.locator('button[popovertarget="starlight__sidebar"]').click();
  };

  it('goes from the home page to a pilot, a clause, its neighbours and back to the annex', async () => {
    await page.goto(site.url);
    expect(await page.locator('h1').textContent()).toBe('国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复');
    expect(await page.locator('.pilot-list > li').count()).toBe(10);
    await page.locator('.pilot-list a', { hasText: '合肥都市圈' }).click();
    await page.waitForURL((u) => u.pathname === '/hefei/');
    expect(await page.locator('article.clause').count()).toBe(22);
    await page.locator('#clause-7 h3 a').click();
    await page.waitForURL((u) => u.pathname === '/hefei/7/');
    expect(await page.locator('h1').textContent()).toBe('（七）提升土地节约集约利用水平');
    expect(await page.locator('.breadcrumb').textContent()).toContain('附件4 合肥都市圈');
    await page.locator('.clause-pager a[rel="next"]').click();
    await page.waitForURL((u) => u.pathname === '/hefei/8/');
    await page.locator('.clause-pager a[rel="prev"]').click();
    await page.waitForURL((u) => u.pathname === '/hefei/7/');
    await page.locator('.clause-places a', { hasText: '在附件4全文中阅读本条' }).click();
    await page.waitForURL((u) => u.pathname === '/hefei/' && u.hash === '#clause-7');
    await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('clause-7')!.getBoundingClientRect().top))).toBeLessThan(200);
  });

  it('reaches the same domain in the other pilots from a clause, and the domain page groups by region', async () => {
    await page.goto(`${site.url}hefei/7/`);
    const related = page.locator('.related-list a').first();
    const href = await related.getAttribute('href');
    await related.click();
    await page.waitForURL((u) => u.pathname === href);
    expect(await page.locator('.page-facts').textContent()).toContain('土地要素');
    await page.goto(`${site.url}domains/land/`);
    expect(await page.locator('section.domain-region').count()).toBe(10);
    expect(await page.locator('#hefei h2').textContent()).toBe('附件4 合肥都市圈');
    expect(await page.locator('#hefei .domain-section').first().textContent()).toBe('二、进一步提高土地要素配置效率');
  });

  it('navigates with the sidebar (the menu on a phone), marking where the reader is', async () => {
    await page.goto(`${site.url}sunan/3/`);
    await openMenuIfPhone();
    const current = page.locator('.site-nav a[aria-current="true"]');
    expect(await current.textContent()).toBe('苏南重点城市');
    await page.locator('.site-nav a', { hasText: '数据要素' }).click();
    await page.waitForURL((u) => u.pathname === '/domains/data/');
    await openMenuIfPhone();
    expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('数据要素');
  });

  it('shows the annex contents beside a clause on a desktop, with the clause marked', async () => {
    await page.goto(`${site.url}chengdu/5/`);
    const toc = page.locator('.annex-toc');
    if (device === 'desktop') {
      expect(await toc.isVisible()).toBe(true);
      expect(await toc.locator('a[aria-current="page"]').textContent()).toBe('（五）创新产业用地供应方式');
    } else {
      expect(await toc.isVisible()).toBe(false);
    }
  });

  it('never scrolls sideways: every kind of page fits the screen', async () => {
    for (const path of ['', 'letter/', 'hefei/', 'hefei/20/', 'domains/', 'domains/land/', 'topics/', 'topics/standard-land/', 'compare/', 'search/?q=%E6%95%B0%E6%8D%AE', 'about/', 'print/', 'beijing/99/']) {
      await page.goto(site.url + path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path || 'home').toBe(viewport.viewport.width);
    }
  });

  it('serves every address with and without its trailing slash', async () => {
    for (const path of ['letter', 'beijing', 'beijing/12', 'domains/capital', 'search']) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(new URL(page.url()).pathname).toBe(`/${path}/`);
    }
  });

  it('can be used with the keyboard alone: skip link, header search, then the text', async () => {
    await page.goto(`${site.url}beijing/3/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳转到内容');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#_top');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focused).toBe(true);
  });

  it('a 404 suggests the annex when a clause number is out of range or the region is misspelt', async () => {
    const response = await page.goto(`${site.url}beijing/40/`);
    expect(response?.status()).toBe(404);
    await page.locator('.not-found-hint p').waitFor();
    expect(await page.locator('.not-found-hint').textContent()).toContain('附件1 北京城市副中心共15条，没有第40条。');
    expect(await page.locator('.not-found-hint a', { hasText: '最后一条' }).getAttribute('href')).toBe('/beijing/15/');
    await page.goto(`${site.url}beijin/3/`);
    await page.locator('.not-found-hint p').waitFor();
    expect(await page.locator('.not-found-hint').textContent()).toContain('您要找的可能是附件1 北京城市副中心');
    await page.goto(`${site.url}sunan/十二/`);
    await page.locator('.not-found-hint p').waitFor();
    expect(await page.locator('.not-found-hint a').first().getAttribute('href')).toBe('/sunan/12/');
    expect(await page.locator('form[role="search"] input[name="q"]').count()).toBeGreaterThan(0);
  });
});
