// Reading and moving around as a person does, on a phone and a desktop: from the home page to an
// annex, a clause, its neighbours and the same domain elsewhere; the keyboard; addresses without a
// trailing slash; and a 404 page that helps.

import { describe, expect, it } from 'vitest';
import { siteOn, VIEWPORTS } from './support.ts';

describe.each(Object.entries(VIEWPORTS))('navigation (%s)', (device, viewport) => {
  const site = siteOn(viewport);

  const openMenuIfPhone = async () => {
    if (device === 'phone') await site.page.locator('button[popovertarget="starlight__sidebar"]').click();
  };

  it('goes from the home page to a pilot, a clause, its neighbours and back to the annex', async () => {
    await site.page.goto(site.url);
    expect(await site.page.locator('h1').textContent()).toBe('国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复');
    expect(await site.page.locator('.pilot-list > li').count()).toBe(10);
    await site.page.locator('.pilot-list a', { hasText: '合肥都市圈' }).click();
    await site.page.waitForURL((u) => u.pathname === '/hefei/');
    expect(await site.page.locator('article.clause').count()).toBe(22);
    await site.page.locator('#clause-7 h3 a').click();
    await site.page.waitForURL((u) => u.pathname === '/hefei/7/');
    expect(await site.page.locator('h1').textContent()).toBe('（七）提升土地节约集约利用水平');
    expect(await site.page.locator('.breadcrumb').textContent()).toContain('附件4 合肥都市圈');
    await site.page.locator('.clause-pager a[rel="next"]').click();
    await site.page.waitForURL((u) => u.pathname === '/hefei/8/');
    await site.page.locator('.clause-pager a[rel="prev"]').click();
    await site.page.waitForURL((u) => u.pathname === '/hefei/7/');
    await site.page.locator('.clause-places a', { hasText: '在附件4全文中阅读本条' }).click();
    await site.page.waitForURL((u) => u.pathname === '/hefei/' && u.hash === '#clause-7');
    await expect.poll(() => site.page.evaluate(() => Math.round(document.getElementById('clause-7')!.getBoundingClientRect().top))).toBeLessThan(200);
  });

  it('reaches similar clauses of the other pilots and the domain from a clause, and the domain page groups by region', async () => {
    await site.page.goto(`${site.url}hefei/5/`);
    const similar = site.page.locator('.similar a').first();
    const href = (await similar.getAttribute('href'))!;
    expect(href).not.toMatch(/^\/hefei\//);
    await similar.click();
    await site.page.waitForURL((u) => u.pathname === href);
    await site.page.goto(`${site.url}hefei/7/`);
    await site.page.locator('.clause-places a', { hasText: '土地要素：十个试点对照' }).click();
    await site.page.waitForURL((u) => u.pathname === '/domains/land/' && u.hash === '#hefei');
    await site.page.goto(`${site.url}domains/land/`);
    expect(await site.page.locator('section.domain-region').count()).toBe(10);
    expect(await site.page.locator('#hefei h2').textContent()).toBe('附件4 合肥都市圈');
    expect(await site.page.locator('#hefei .domain-section').first().textContent()).toBe('二、进一步提高土地要素配置效率');
  });

  it('navigates with the sidebar (the menu on a phone), marking where the reader is', async () => {
    await site.page.goto(`${site.url}sunan/3/`);
    await openMenuIfPhone();
    const current = site.page.locator('.site-nav a[aria-current="true"]');
    expect(await current.textContent()).toBe('苏南重点城市');
    await site.page.locator('.site-nav a', { hasText: '数据要素' }).click();
    await site.page.waitForURL((u) => u.pathname === '/domains/data/');
    await openMenuIfPhone();
    expect(await site.page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('数据要素');
  });

  it('shows the annex contents beside a clause on a desktop, with the clause marked', async () => {
    await site.page.goto(`${site.url}chengdu/5/`);
    const toc = site.page.locator('.annex-toc');
    if (device === 'desktop') {
      expect(await toc.isVisible()).toBe(true);
      expect(await toc.locator('a[aria-current="page"]').textContent()).toBe('（五）创新产业用地供应方式');
    } else {
      expect(await toc.isVisible()).toBe(false);
    }
  });

  it('never scrolls sideways: every kind of page fits the screen', async () => {
    for (const path of ['', 'letter/', 'hefei/', 'hefei/20/', 'domains/', 'domains/land/', 'topics/', 'topics/standard-land/', 'compare/', 'compare/land/', 'compare/land/?pilots=beijing,chengdu', 'search/?q=%E6%95%B0%E6%8D%AE', 'about/', 'print/', 'beijing/99/']) {
      await site.page.goto(site.url + path);
      expect(await site.page.evaluate(() => document.documentElement.scrollWidth), path || 'home').toBe(viewport.viewport.width);
    }
  });

  it('serves every address with and without its trailing slash', async () => {
    for (const path of ['letter', 'beijing', 'beijing/12', 'domains/capital', 'search']) {
      const response = await site.page.goto(`${site.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(new URL(site.page.url()).pathname).toBe(`/${path}/`);
    }
  });

  it('can be used with the keyboard alone: skip link, header search, then the text', async () => {
    await site.page.goto(`${site.url}beijing/3/`);
    await site.page.keyboard.press('Tab');
    expect(await site.page.evaluate(() => document.activeElement?.textContent)).toBe('跳转到内容');
    await site.page.keyboard.press('Enter');
    expect(new URL(site.page.url()).hash).toBe('#_top');
    await site.page.keyboard.press('Tab');
    const focused = await site.page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focused).toBe(true);
  });

  it('a 404 suggests the annex when a clause number is out of range or the region is misspelt', async () => {
    const response = await site.page.goto(`${site.url}beijing/40/`);
    expect(response?.status()).toBe(404);
    await site.page.locator('.not-found-hint p').waitFor();
    expect(await site.page.locator('.not-found-hint').textContent()).toContain('附件1 北京城市副中心共15条，没有第40条。');
    expect(await site.page.locator('.not-found-hint a', { hasText: '最后一条' }).getAttribute('href')).toBe('/beijing/15/');
    await site.page.goto(`${site.url}beijin/3/`);
    await site.page.locator('.not-found-hint p').waitFor();
    expect(await site.page.locator('.not-found-hint').textContent()).toContain('您要找的可能是附件1 北京城市副中心');
    await site.page.goto(`${site.url}sunan/十二/`);
    await site.page.locator('.not-found-hint p').waitFor();
    expect(await site.page.locator('.not-found-hint a').first().getAttribute('href')).toBe('/sunan/12/');
    expect(await site.page.locator('form[role="search"] input[name="q"]').count()).toBeGreaterThan(0);
  });
});

describe('the header on a phone', () => {
  const site = siteOn(VIEWPORTS.phone);

  it('keeps its parts apart from 320 px up, and while searching gives the field the row, so the query is seen whole', async () => {
    const box = (selector: string) => site.page.locator(selector).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    for (const width of [320, 360, 390, 430]) {
      await site.page.setViewportSize({ width, height: 800 });
      for (const [path, query] of [['hefei/20/', '公共数据授权运营'], ['en/hefei/20/', 'public data operation']]) {
        await site.page.goto(site.url + path);
        const [title, field, lang, menu] = await Promise.all(['.site-title', '#qs-input', '.lang-switch', '.menu-button'].map(box));
        const where = `${path} at ${width} px`;
        expect(title.right, where).toBeLessThanOrEqual(field.left);
        expect(field.right, where).toBeLessThanOrEqual(lang.left);
        expect(lang.right, where).toBeLessThanOrEqual(menu.left);
        expect(field.width, where).toBeGreaterThanOrEqual(32);
        // Its placeholder is whole where the field has room for it.
        if (width >= 360) expect(await site.page.locator('#qs-input').evaluate((e) => e.scrollWidth <= e.clientWidth), where).toBe(true);
        await site.page.locator('#qs-input').fill(query);
        await expect.poll(() => site.page.locator('.site-title').isVisible(), { message: where }).toBe(false);
        expect(await site.page.locator('.lang-switch').isVisible(), where).toBe(false);
        const typing = await box('#qs-input');
        expect(typing.left, where).toBeLessThan(title.left + 1);
        expect(await site.page.locator('#qs-input').evaluate((e) => e.scrollWidth <= e.clientWidth), `${where}: the query typed is seen whole`).toBe(true);
        // Leaving the field gives the header back.
        await site.page.locator('#qs-input').blur();
        await expect.poll(() => site.page.locator('.site-title').isVisible(), { message: where }).toBe(true);
      }
    }
  });
});
