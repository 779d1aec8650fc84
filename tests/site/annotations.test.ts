// Topics and the distinctive-only view, as a reader uses them on a phone and a desktop: the topic
// pages with their phrases marked; topic links in clause text; the topic filter of search. (The
// pilots compared, /compare/ and the concordances, are tests/site/compare.test.ts.)

import { describe, expect, it } from 'vitest';
import { siteOn, VIEWPORTS } from './support.ts';

describe.each(Object.entries(VIEWPORTS))('annotations (%s)', (_device, viewport) => {
  const site = siteOn(viewport);

  it('“只看特色举措” sets aside what other pilots state too, each run behind a “…” that counts and opens it, keeps the state in the URL, and comes back', async () => {
    await site.page.goto(`${site.url}hefei/`);
    const shared = site.page.locator('.clause-rest .s.sh:not(.ow)').first();
    const sharedText = await shared.textContent();
    expect(await shared.isVisible()).toBe(true);
    const sentences = await site.page.locator('.clause-text .s').count();
    const toggle = site.page.locator('.distinct-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const aside = site.page.locator('.clause-text .s', { hasText: sharedText! }).first();
    expect(await aside.isVisible()).toBe(false);
    // Nothing vanishes without a trace: every set-aside sentence is behind a “…” that says how many.
    const runs = site.page.locator('.hidden-run');
    const counted = (await runs.allTextContents()).reduce((n, t) => n + Number(/（(\d+)句/.exec(t)![1]), 0);
    expect(counted).toBe(await site.page.locator('.set-aside .s').count());
    expect(await site.page.locator('.clause-text .s').count()).toBe(sentences);
    await runs.first().click();
    expect(await runs.first().getAttribute('aria-expanded')).toBe('true');
    expect(new URL(site.page.url()).searchParams.get('view')).toBe('distinctive');
    expect(await site.page.locator('.distinct-status').textContent()).toContain('只看其他方案中未找到相近表述的内容');
    expect(await site.page.locator('.clause-rest .s.ow').first().isVisible()).toBe(true);
    await site.page.reload();
    expect(await site.page.locator('.distinct-toggle').getAttribute('aria-pressed')).toBe('true');
    if (viewport.viewport.width < 1152) expect(await site.page.locator('.ctx-mode').textContent()).toBe('只看特色举措');
    await site.page.locator('.distinct-toggle').click();
    expect(await site.page.locator('.hidden-run').count()).toBe(0);
    expect(await site.page.locator('.clause-text .s', { hasText: sharedText! }).first().isVisible()).toBe(true);
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
    // Each listed part is in no measure: its sentence has a part found nowhere else.
    expect(await site.page.locator(':target').getAttribute('class')).toContain('ow');
  });

  it('a topic page lists every clause on the topic, grouped by pilot, its phrases marked', async () => {
    await site.page.goto(`${site.url}topics/standard-land/`);
    expect(await site.page.locator('h1').textContent()).toBe('标准地');
    expect(await site.page.locator('article.clause').count()).toBe(12);
    expect(await site.page.locator('section.domain-region h2').count()).toBe(10);
    expect(await site.page.locator('mark.topic-hit').count()).toBeGreaterThanOrEqual(12);
    expect(await site.page.locator('mark.topic-hit').first().textContent()).toBe('标准地');
    expect(await site.page.locator('.topic-absent').count()).toBe(0);
    // A topic some plans do not name says which, as what was found.
    await site.page.goto(`${site.url}topics/job-invention-rights/`);
    expect(await site.page.locator('section.domain-region h2').count()).toBe(8);
    expect(await site.page.locator('.topic-absent').textContent()).toBe('未见于北京城市副中心、成都市的实施方案：其中没有上述识别用语（措辞不同的相同内容可能未被标注）。');
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
