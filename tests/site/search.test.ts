// Search, as a person uses it and as a promise: recall (a string that occurs in a clause always finds
// that clause), ranking (exact before partial), the regression suite, the header's quick search and
// the /search/ page with filters and shareable URLs, on a phone and a desktop, with the keyboard.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Corpus } from '../../src/site/search/corpus.ts';
import { searchExact } from '../../src/site/search/exact.ts';
import { parseQuery } from '../../src/site/search/normalize.ts';
import { shorterQueries } from '../../src/site/search/search-page.ts';
import { DIST, ROOT, siteOn, VIEWPORTS } from './support.ts';

const corpus = JSON.parse(readFileSync(join(DIST, 'search-corpus.json'), 'utf8')) as Corpus;
const suite = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/search/queries.yaml'), 'utf8')) as { queries: { q: string; must: string[] }[] };

describe('the exact pass (recall is a promise)', () => {
  it('finds every clause from any piece of its text: titles, sentences, and substrings at every offset', () => {
    let checked = 0;
    for (const entry of corpus.entries) {
      const queries = new Set<string>([entry.title, ...entry.text.split('。').filter((s) => s.length > 1).slice(0, 3)]);
      for (let i = 0; i + 2 <= entry.text.length; i += 11) queries.add(entry.text.slice(i, i + 2 + (i % 5)));
      for (const q of queries) {
        if (!q.trim()) continue;
        const ids = searchExact(corpus.entries, parseQuery(q)).filter((m) => m.tier === 1).map((m) => m.entry.id);
        expect(ids, `“${q}” must find ${entry.id}`).toContain(entry.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('folds full-width and half-width forms and letter case', () => {
    const ids = (q: string) => searchExact(corpus.entries, parseQuery(q)).map((m) => m.entry.id);
    expect(ids('(reits)')).toEqual(ids('（REITs）'));
    expect(ids('ＲＥＩＴｓ')).toEqual(ids('REITs'));
  });

  it('ranks entries with the whole query before those with all its terms, and title matches first', () => {
    const matches = searchExact(corpus.entries, parseQuery('数据 交易'));
    const tiers = matches.map((m) => m.tier);
    expect(tiers).toEqual([...tiers].sort());
    const standard = searchExact(corpus.entries, parseQuery('数据开放共享'));
    expect(standard[0].titleHit).toBe(true);
  });

  it('suggests shorter queries when one finds nothing', () => {
    expect(shorterQueries('数据 交易所')).toEqual(['数据', '交易所']);
    expect(shorterQueries('数据交易平台')).toEqual(['数据交', '易平台', '数据', '平台']);
    expect(shorterQueries('数据')).toEqual([]);
  });
});

describe('the search regression suite, through the search page', () => {
  const site = siteOn(VIEWPORTS.desktop);

  it('finds every listed entry among the exact results, before any partial match', async () => {
    await site.page.goto(`${site.url}search/`);
    const idOf = (href: string) => corpus.entries.find((e) => e.url === href)?.id ?? href;
    for (const { q, must } of suite.queries) {
      await site.page.locator('#sp-q').fill(q);
      await site.page.locator('.sp-status').filter({ hasText: `“${q}”` }).waitFor();
      const exact = (await site.page.locator('.sp-results .r-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(idOf);
      for (const id of must) expect(exact, `“${q}” must find ${id} among the exact results`).toContain(id);
      const tiers = await site.page.locator('.sp-results .result, .sp-partial:not([hidden]) .result').evaluateAll((items) => items.map((li) => li.className));
      expect(tiers.map((t) => (t.includes('tier-3') ? 3 : 1)), `“${q}”: partial matches come last`).toEqual(tiers.map((t) => (t.includes('tier-3') ? 3 : 1)).sort());
    }
  });
});

describe.each(Object.entries(VIEWPORTS))('search in the browser (%s)', (device, viewport) => {
  const site = siteOn(viewport);

  const resultIds = async (selector: string) => site.page.locator(`${selector} .r-link`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const idOf = (href: string) => corpus.entries.find((e) => e.url === href)?.id ?? href;

  it('filters by region and domain with counts, and keeps the state in a URL that can be shared', async () => {
    await site.page.goto(`${site.url}search/`);
    await site.page.locator('#sp-q').fill('居住证');
    await site.page.locator('.sp-status').filter({ hasText: '共 11 条' }).waitFor();
    expect(await site.page.locator('#sp-region option[value="dawanqu"]').textContent()).toBe('粤港澳大湾区内地九市（2）');
    await site.page.locator('#sp-region').selectOption('dawanqu');
    await site.page.locator('.sp-status').filter({ hasText: '共 2 条' }).waitFor();
    expect(new URL(site.page.url()).search).toBe(`?q=${encodeURIComponent('居住证')}&region=dawanqu`);
    await site.page.locator('#sp-domain').selectOption('coordination');
    await site.page.locator('.sp-status').filter({ hasText: '共 1 条' }).waitFor();
    expect((await resultIds('.sp-results')).map(idOf)).toEqual(['dawanqu-20']);
    // A shared link restores the search as it was.
    const shared = site.page.url();
    await site.page.goto('about:blank');
    await site.page.goto(shared);
    await site.page.locator('.sp-status').filter({ hasText: '共 1 条' }).waitFor();
    expect(await site.page.locator('#sp-q').inputValue()).toBe('居住证');
    expect(await site.page.locator('#sp-region').inputValue()).toBe('dawanqu');
    expect(await site.page.locator('#sp-domain').inputValue()).toBe('coordination');
  });

  it('says when nothing matches and offers what helps', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('居住证')}&region=beijing`);
    await site.page.locator('.sp-status').filter({ hasText: '没有包含' }).waitFor();
    await expect.poll(() => site.page.locator('.sp-tips').textContent()).toContain('在全部试点和要素中检索（11条）');
    await site.page.locator('.sp-tips a', { hasText: '在全部试点和要素中检索' }).click();
    await site.page.locator('.sp-status').filter({ hasText: '共 11 条' }).waitFor();

    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('数据交易大厅')}`);
    await site.page.locator('.sp-tips').waitFor();
    expect(await site.page.locator('.sp-tips').textContent()).toContain('试试更短的词');
  });

  it('quick search in the header: focus with Ctrl+K, choose with the arrow keys, open with Enter', async () => {
    await site.page.goto(`${site.url}beijing/12/`);
    if (device === 'phone') {
      await site.page.locator('#qs-input').tap();
    } else {
      await site.page.keyboard.press('Control+k');
    }
    await expect.poll(() => site.page.evaluate(() => document.activeElement?.id)).toBe('qs-input');
    await site.page.keyboard.type('亩均论英雄');
    await site.page.locator('.qs-status').filter({ hasText: '共 4 条结果' }).waitFor();
    expect(await site.page.locator('#qs-input').getAttribute('aria-expanded')).toBe('true');
    await site.page.keyboard.press('ArrowDown');
    await site.page.keyboard.press('ArrowDown');
    expect(await site.page.locator('#qs-input').getAttribute('aria-activedescendant')).toBe('qs-option-1');
    const target = await site.page.locator('#qs-option-1').getAttribute('href');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL((u) => u.pathname === target);
    expect(await site.page.locator('.clause-text mark, .clause-text').first().textContent()).toContain('亩均论英雄');
  });

  it('quick search: Escape closes the results, and Enter without a choice opens the search page', async () => {
    await site.page.goto(`${site.url}letter/`);
    await site.page.locator('#qs-input').focus();
    await site.page.keyboard.type('标准地');
    await site.page.locator('.qs-panel:not([hidden])').waitFor();
    await site.page.keyboard.press('Escape');
    expect(await site.page.locator('.qs-panel').isHidden()).toBe(true);
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL((u) => u.pathname.endsWith('/search/'));
    expect(new URL(site.page.url()).searchParams.get('q')).toBe('标准地');
    await site.page.locator('.sp-status').filter({ hasText: '共 12 条' }).waitFor();
  });
});
