// What the pages read from their address, as anyone may write it: a filter value a page does not
// offer is dropped (the page works as if it were absent, and the address is corrected so that it
// never states what the page does not apply), a malformed escape raises no error anywhere, and a
// query longer than a search box takes is cut, calmly, before it can make an address no server
// accepts. Desktop only: what an address means does not depend on the screen.

import { describe, expect, it } from 'vitest';
import { QUERY_MAX } from '../../src/site/search/query.ts';
import { siteOn, VIEWPORTS } from './support.ts';

describe('addresses, as anyone may write them', () => {
  const site = siteOn(VIEWPORTS.desktop);
  const search = () => site.page.evaluate(() => location.search);
  const settled = (q: string) => site.page.waitForFunction((typed) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.settled === typed, q);
  const resultLinks = () => site.page.locator('.sp-results .r-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

  it('the search page drops filter values it does not offer, searches as if they were absent, and corrects the address', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('土地')}`);
    await settled('土地');
    const status = await site.page.locator('.sp-status').textContent();
    const found = await resultLinks();
    expect(status).toMatch(/^共 \d+ 条包含“土地”/);

    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('土地')}&region=bogus&domain=nope&topic=constructor&everywhere=yes`);
    await settled('土地');
    expect(await site.page.locator('.sp-status').textContent()).toBe(status);
    expect(await resultLinks()).toEqual(found);
    expect(await search()).toBe(`?q=${encodeURIComponent('土地')}`);
    for (const id of ['#sp-region', '#sp-domain', '#sp-topic']) expect(await site.page.locator(id).inputValue(), id).toBe('');
    expect(await site.page.locator('.sp-filter-count').textContent()).toBe('');

    // What the page offers is kept beside what it does not.
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('土地')}&region=chengdu&topic=__proto__&domain=toString`);
    await settled('土地');
    expect(await search()).toBe(`?q=${encodeURIComponent('土地')}&region=chengdu`);
    expect(await site.page.locator('#sp-region').inputValue()).toBe('chengdu');
    expect(await site.page.locator('.sp-status').textContent()).not.toContain('没有包含');
  });

  it('the English search page drops filter values it does not offer, and corrects the address', async () => {
    const status = site.page.locator('.es-status');
    await site.page.goto(`${site.url}en/search/?q=land`);
    await status.filter({ hasText: /clauses? match/ }).waitFor();
    const all = await status.textContent();
    await site.page.goto(`${site.url}en/search/?q=land&region=bogus&topic=constructor&domain=`);
    await status.filter({ hasText: /clauses? match/ }).waitFor();
    expect(await status.textContent()).toBe(all);
    expect(await search()).toBe('?q=land');
  });

  it('the compare pages drop pilots, domains, topics and views they do not know, and say in the address only what they show', async () => {
    // /compare/: no known pilot leaves the default pair and no pilots in the address; one is kept beside the default's other.
    await site.page.goto(`${site.url}compare/?pilots=bogus,nowhere`);
    await site.page.locator('.pair-pick:not([hidden])').waitFor();
    expect(await search()).toBe('');
    expect(await site.page.locator('.pair-names').textContent()).toBe('北京城市副中心与成都市');
    await site.page.goto(`${site.url}compare/?pilots=hefei,bogus`);
    await site.page.locator('.pair-pick:not([hidden])').waitFor();
    expect(await search()).toBe('?pilots=hefei,chengdu');
    expect(await site.page.locator('.pair-names').textContent()).toBe('合肥都市圈与成都市');
    await site.page.goto(`${site.url}compare/?pilots=chengdu`);
    await site.page.locator('.pair-pick:not([hidden])').waitFor();
    expect(await search()).toBe('?pilots=chengdu,beijing');
    // A concordance: unknown pilots go, and with them the parameter when none is left.
    await site.page.goto(`${site.url}compare/land/?pilots=nowhere`);
    await site.page.locator('.cc-chooser:not([hidden])').waitFor();
    expect(await search()).toBe('');
    expect(await site.page.locator('.cc.cc-cols').count()).toBe(0);
    // The measures table.
    await site.page.goto(`${site.url}compare/measures/?domain=bogus&topic=constructor&sort=x&pilots=hefei,nowhere,beijing`);
    await site.page.locator('.mm-controls:not([hidden])').waitFor();
    expect(await search()).toBe('?pilots=hefei,beijing');
    expect(await site.page.locator('select[name="topic"]').inputValue()).toBe('');
    expect(await site.page.locator('.mm-status').textContent()).not.toMatch(/function|undefined|NaN/);
    // The distinctive view of an annex page: ?view= names it, or nothing.
    await site.page.goto(`${site.url}beijing/?view=bogus`);
    await expect.poll(search).toBe('');
    await site.page.goto(`${site.url}beijing/?view=distinctive`);
    await site.page.locator('.distinctive-only').first().waitFor();
    expect(await search()).toBe('?view=distinctive');
  });

  it('a malformed escape in the address (#%, #s%, ?q=%) raises no error on any kind of page, Chinese or English', async () => {
    const errors: string[] = [];
    const record = (e: Error) => errors.push(`${site.page.url()}: ${e.message}`);
    site.page.on('pageerror', record);
    const paths = [
      'compare/land/?pilots=beijing,chengdu#%',
      'compare/land/?pilots=beijing%2C%#%E0%A4%A',
      'compare/?pilots=%E0%A4%A,beijing#%',
      'compare/measures/?topic=%&pilots=%#%',
      `search/?q=${encodeURIComponent('土地')}%&region=%#%`,
      'search/?q=%E0%A4%A#%',
      'beijing/12/#s%',
      'beijing/12/?x=%#%E0%A4%A',
      'beijing/#%',
      'beijing/?view=%#clause-%',
      'letter/#%',
      'domains/land/#%',
      'topics/#%',
      'annex/1/12/#s%',
      'beijing/%E0%A4%A/',
      'en/#%',
      'en/beijing/12/#s%',
      'en/beijing/#%',
      'en/search/?q=%&region=%#%',
    ];
    try {
      for (const path of paths) {
        await site.page.goto(site.url + path);
        await site.page.waitForLoadState('networkidle');
        // Scrolling runs the contents' tracking; a changed fragment runs what listens to it.
        await site.page.mouse.wheel(0, 600);
        await site.page.evaluate(() => {
          location.hash = '%';
        });
        await site.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }
    } finally {
      site.page.off('pageerror', record);
    }
    expect(errors).toEqual([]);
  });

  it(`search boxes take at most ${QUERY_MAX} characters, and a longer query in the address is cut to them, saying so`, async () => {
    const boxes: [string, string][] = [
      ['', '#qs-input'],
      ['', '#home-q'],
      ['', '#goto-q'],
      ['search/', '#sp-q'],
      ['en/', '#home-q'],
      ['en/search/', '#es-q'],
    ];
    for (const [path, selector] of boxes) {
      await site.page.goto(site.url + path);
      expect(await site.page.locator(selector).getAttribute('maxlength'), `${path} ${selector}`).toBe(String(QUERY_MAX));
    }
    // 5,000 characters typed or pasted into the home page's box: a search page, never a 431.
    await site.page.goto(site.url);
    await site.page.locator('#home-q').fill('数据'.repeat(2500));
    expect((await site.page.locator('#home-q').inputValue()).length).toBe(QUERY_MAX);
    const [response] = await Promise.all([site.page.waitForResponse((r) => new URL(r.url()).pathname === '/search/'), site.page.locator('#home-q').press('Enter')]);
    expect(response.status()).toBe(200);
    await settled('数据'.repeat(QUERY_MAX / 2));

    // An address made by hand (or by an older page) with a longer query.
    const long = '土地'.repeat(150);
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent(long)}&region=chengdu`);
    const cut = long.slice(0, QUERY_MAX);
    await settled(cut);
    expect(await site.page.locator('#sp-q').inputValue()).toBe(cut);
    expect(await search()).toBe(`?q=${encodeURIComponent(cut)}&region=chengdu`);
    expect(await site.page.locator('.sp-status .sp-cut').textContent()).toBe(`检索词过长，只按前${QUERY_MAX}个字检索。`);
    // Typing again is a new query: the note goes.
    await site.page.locator('#sp-q').fill('土地');
    await settled('土地');
    expect(await site.page.locator('.sp-cut').count()).toBe(0);

    await site.page.goto(`${site.url}en/search/?q=${'land '.repeat(60)}`);
    await site.page.locator('.es-status').filter({ hasText: 'too long' }).waitFor();
    expect(new URLSearchParams(await search()).get('q')!.length).toBeLessThanOrEqual(QUERY_MAX);
  });
});
