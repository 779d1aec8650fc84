// Topics, the pilots compared, and the distinctive-only view, as a reader uses them on a phone and
// a desktop: the compare matrix and its links, sticky headings while scrolling, print; the topic
// pages with their phrases marked; topic links in clause text; the topic filter of search.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/model/tables.ts';
import { DIST, siteOn, VIEWPORTS } from './support.ts';

const clauses = JSON.parse(readFileSync(join(DIST, 'data/clauses.json'), 'utf8')) as { id: string; region: string; clause: number; topics: string[] }[];

describe.each(Object.entries(VIEWPORTS))('annotations (%s)', (device, viewport) => {
  const site = siteOn(viewport);

  it('the compare page sets the ten pilots against the domains and the topics, every cell a link', async () => {
    await site.page.goto(`${site.url}compare/`);
    const domainTable = site.page.locator('table.matrix').first();
    expect(await domainTable.locator('thead th').count()).toBe(11);
    expect(await domainTable.locator('tbody tr').count()).toBe(8);
    // 合肥 (4th pilot), land: 4 clauses, linking to the land page at 合肥.
    const cell = domainTable.locator('tbody tr').nth(1).locator('td').nth(3).locator('a');
    expect([await cell.textContent(), await cell.getAttribute('href')]).toEqual(['4', '/domains/land/#hefei']);
    // Every topic row counts exactly the clauses the data export tags, per pilot.
    const rows = await site.page.locator('table.matrix-topics tbody tr:not(.matrix-group)').evaluateAll((trs) =>
      trs.map((tr) => ({ slug: tr.querySelector('th a')!.getAttribute('href')!.split('/').at(-2)!, cells: [...tr.querySelectorAll('td')].map((td) => (td.querySelector('a')?.textContent ?? '0')) })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(50);
    for (const row of rows) {
      expect(row.cells, row.slug).toEqual(REGIONS.map((r) => String(clauses.filter((c) => c.region === r.slug && c.topics.includes(row.slug)).length)));
    }
    // A cell with one clause opens that clause; with several, the topic page at that pilot.
    const single = clauses.find((c) => c.topics.includes('mu-average-evaluation') && clauses.filter((x) => x.region === c.region && x.topics.includes('mu-average-evaluation')).length === 1)!;
    const topicRow = site.page.locator('table.matrix-topics tr', { has: site.page.locator('th a[href="/topics/mu-average-evaluation/"]') });
    const column = REGIONS.findIndex((r) => r.slug === single.region);
    await topicRow.locator('td').nth(column).locator('a').click();
    await site.page.waitForURL((u) => u.pathname === `/${single.region}/${single.clause}/`);
  });

  it('keeps the headings in view while the matrix scrolls (sticky), on a phone too', async () => {
    await site.page.goto(`${site.url}compare/`);
    const wrap = site.page.locator('.matrix-wrap').nth(1);
    await wrap.evaluate((el) => el.scrollTo(400, 600));
    const [headTop, wrapTop] = await Promise.all([
      wrap.locator('thead th').nth(1).evaluate((el) => el.getBoundingClientRect().top),
      wrap.evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(Math.abs(headTop - wrapTop)).toBeLessThan(3);
    const [rowHeadLeft, wrapLeft] = await Promise.all([wrap.locator('tbody th').nth(5).evaluate((el) => el.getBoundingClientRect().left), wrap.evaluate((el) => el.getBoundingClientRect().left)]);
    expect(Math.abs(rowHeadLeft - wrapLeft)).toBeLessThan(3);
    if (device === 'phone') expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // The table scrolls inside its box; the page itself never gets wider than the screen.
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.viewport.width);
  });

  it('prints the compare tables whole, without scroll boxes', async () => {
    await site.page.goto(`${site.url}compare/`);
    await site.page.emulateMedia({ media: 'print' });
    const overflow = await site.page.locator('.matrix-wrap').first().evaluate((el) => getComputedStyle(el).overflow);
    expect(overflow).toBe('visible');
    expect(await site.page.locator('header.header').isVisible()).toBe(false);
    await site.page.emulateMedia({ media: 'screen' });
  });

  it('“只看特色举措” hides what other pilots share, keeps the state in the URL, and comes back', async () => {
    await site.page.goto(`${site.url}hefei/`);
    const shared = site.page.locator('.clause-rest .s.sh').first();
    expect(await shared.isVisible()).toBe(true);
    const toggle = site.page.locator('.distinct-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await shared.isVisible()).toBe(false);
    expect(new URL(site.page.url()).searchParams.get('view')).toBe('distinctive');
    expect(await site.page.locator('.distinct-status').textContent()).toMatch(/显示\d+条中有特色表述的\d+条/);
    expect(await site.page.locator('.clause-rest .s:not(.sh)').first().isVisible()).toBe(true);
    await site.page.reload();
    expect(await site.page.locator('.distinct-toggle').getAttribute('aria-pressed')).toBe('true');
    await site.page.locator('.distinct-toggle').click();
    expect(await shared.isVisible()).toBe(true);
    expect(new URL(site.page.url()).searchParams.has('view')).toBe(false);
  });

  it('lists what is distinctive about the pilot, by domain, linking each sentence', async () => {
    await site.page.goto(`${site.url}beijing/`);
    await site.page.locator('.highlights summary').click();
    expect(await site.page.locator('.highlights dt').count()).toBe(7);
    const first = site.page.locator('.highlights dd a').first();
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/beijing\/\d+\/#s\d+$/);
    await first.click();
    await site.page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
    expect(await site.page.locator(':target').getAttribute('class')).not.toContain('sh');
  });

  it('a topic page lists every clause on the topic, grouped by pilot, its phrases marked', async () => {
    await site.page.goto(`${site.url}topics/standard-land/`);
    expect(await site.page.locator('h1').textContent()).toBe('标准地');
    expect(await site.page.locator('article.clause').count()).toBe(12);
    expect(await site.page.locator('section.domain-region h2').count()).toBe(10);
    expect(await site.page.locator('mark.topic-hit').count()).toBeGreaterThanOrEqual(12);
    expect(await site.page.locator('mark.topic-hit').first().textContent()).toBe('标准地');
    await site.page.goto(`${site.url}topics/`);
    expect(await site.page.locator('.topic-list > li').count()).toBeGreaterThanOrEqual(50);
  });

  it('links the first occurrence of each topic in a clause to its topic page', async () => {
    await site.page.goto(`${site.url}fuxiaquan/5/`);
    const link = site.page.locator('.clause-text a.topic-link', { hasText: '标准地' });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('/topics/standard-land/');
    expect(await site.page.locator('.clause-topics a').count()).toBe(7);
    expect(await site.page.locator('.sharing').textContent()).toMatch(/第\d+句/);
  });

  it('filters search by topic, with counts, in the URL', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('用地')}`);
    await site.page.locator('.sp-status').filter({ hasText: '共' }).waitFor();
    const option = site.page.locator('#sp-topic option[value="standard-land"]');
    expect(await option.textContent()).toMatch(/^标准地（\d+）$/);
    // On a phone the filters are behind one control.
    if (!(await site.page.locator('#sp-topic').isVisible())) await site.page.locator('.sp-filter-box summary').click();
    await site.page.locator('#sp-topic').selectOption('standard-land');
    await site.page.locator('.sp-status').filter({ hasText: '已筛选' }).waitFor();
    expect(new URL(site.page.url()).searchParams.get('topic')).toBe('standard-land');
    const n = Number(/（(\d+)）/.exec((await option.textContent())!)![1]);
    expect(await site.page.locator('.sp-results .result').count()).toBe(n);
  });
});
