// Search, as a person uses it and as a promise: recall (a string that occurs in a clause always finds
// that clause), ranking (exact before partial), the regression suite, the header's quick search and
// the /search/ page with filters and shareable URLs, on a phone and a desktop, with the keyboard.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import OpenCC from 'opencc-js';
import type { Corpus } from '../../src/site/search/corpus.ts';
import { prepare, searchExact } from '../../src/site/search/exact.ts';
import { parseQuery } from '../../src/site/search/query.ts';
import { shorterQueries } from '../../src/site/search/search-page.ts';
import { readVariants } from '../../src/site/search/variants.ts';
import { DIST, ROOT, siteOn, VIEWPORTS } from './support.ts';

const corpus = JSON.parse(readFileSync(join(DIST, 'search-corpus.json'), 'utf8')) as Corpus;
const prepared = prepare(corpus.entries);
const variants = readVariants(corpus.variants);
const search = (q: string) => searchExact(prepared, parseQuery(q, variants));
interface Case {
  q: string;
  why?: string;
  must: string[];
  first?: string[];
  reading?: string;
  nothing?: boolean;
}
const suite = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/search/queries.yaml'), 'utf8')) as { queries: Case[] };

describe('the exact pass (recall is a promise)', () => {
  it('finds every clause from any piece of its text: titles, sentences, and substrings at every offset', () => {
    let checked = 0;
    for (const entry of corpus.entries) {
      const queries = new Set<string>([entry.title, ...entry.text.split('。').filter((s) => s.length > 1).slice(0, 3)]);
      for (let i = 0; i + 2 <= entry.text.length; i += 11) queries.add(entry.text.slice(i, i + 2 + (i % 5)));
      for (const q of queries) {
        if (!q.trim()) continue;
        const ids = search(q).filter((m) => m.tier === 1).map((m) => m.entry.id);
        expect(ids, `“${q}” must find ${entry.id}`).toContain(entry.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it('finds every clause from its text written in Traditional characters, as Taipei and Hong Kong write it', () => {
    const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
    let checked = 0;
    for (const entry of corpus.entries) {
      for (let i = 0; i + 4 <= entry.text.length; i += 23) {
        const piece = entry.text.slice(i, i + 4 + (i % 7));
        for (const q of new Set([toTaiwan(piece), toHongKong(piece)])) {
          if (!q.trim()) continue;
          expect(search(q).filter((m) => m.tier === 1).map((m) => m.entry.id), `“${q}” (${piece}) must find ${entry.id}`).toContain(entry.id);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('finds the same clauses whatever the width, case, punctuation and spacing', () => {
    const ids = (q: string) => search(q).map((m) => m.entry.id);
    expect(ids('(reits)')).toEqual(ids('（REITs）'));
    expect(ids('ＲＥＩＴｓ')).toEqual(ids('REITs'));
    expect(ids('标准地，出让')).toEqual(ids('标准地 出让'));
    expect(ids('  标准地 。')).toEqual(ids('标准地'));
  });

  it('finds the same clauses for a query pasted with invisible characters: zero-width spaces, a BOM, a soft hyphen, tag characters', () => {
    const ids = (q: string) => search(q).map((m) => m.entry.id);
    const clean = ids('标准地出让');
    expect(clean.length).toBeGreaterThan(0);
    for (const pasted of ['标准\u200B地出让', '\uFEFF标准地\u200D出让', '标\u00AD准地出\u2060让', '标准地出让\u{E0041}\u{E007F}', '标准\u3164地\u115F\u1160出\uFFA0\u180E让']) {
      expect(ids(pasted), JSON.stringify(pasted)).toEqual(clean);
    }
    expect(ids('标准\u200C地 出让')).toEqual(ids('标准地 出让'));
  });

  it('ranks entries with the whole query before those with all its terms, and title matches first', () => {
    const matches = search('数据 交易');
    const tiers = matches.map((m) => m.tier);
    expect(tiers).toEqual([...tiers].sort());
    expect(search('数据开放共享')[0].titleScore).toBe(2);
  });

  it('reads numerals as numbers only where a number is meant', () => {
    expect(search('科创三十条').map((m) => m.entry.id)).toEqual(['beijing-1']);
    const words = search('一体化').length;
    expect(words).toBeGreaterThan(10);
    expect(search('1体化')).toEqual([]);
    expect(search('统1')).toEqual([]);
  });

  it('suggests shorter queries when one finds nothing', () => {
    expect(shorterQueries('数据 交易所')).toEqual(['数据', '交易所']);
    expect(shorterQueries('数据交易平台')).toEqual(['数据交', '易平台', '数据', '平台']);
    expect(shorterQueries('数据')).toEqual([]);
  });
});

describe('the search regression suite, through the search page', () => {
  const site = siteOn(VIEWPORTS.desktop);

  it('has at least 80 queries, each saying why it is there or what it must find', () => {
    expect(suite.queries.length).toBeGreaterThanOrEqual(80);
    for (const c of suite.queries) expect(Array.isArray(c.must), c.q).toBe(true);
  });

  it('finds every listed entry among the exact results, the listed ones first, before any partial match', async () => {
    await site.page.goto(`${site.url}search/`);
    const idOf = (href: string) => corpus.entries.find((e) => e.url === href)?.id ?? href;
    for (const { q, must, first, reading, nothing } of suite.queries) {
      await site.page.locator('#sp-q').fill(q);
      await site.page.waitForFunction((typed) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.settled === typed, q.trim());
      const exact = (await site.page.locator('.sp-results .r-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map(idOf);
      for (const id of must) expect(exact, `“${q}” must find ${id} among the exact results`).toContain(id);
      if (first) expect(new Set(exact.slice(0, first.length)), `“${q}” must list ${first.join(', ')} first`).toEqual(new Set(first));
      const status = await site.page.locator('.sp-status').textContent();
      if (reading) {
        expect(status, `“${q}” is read as naming ${reading}`).toMatch(/^.*在 .+ 中检索/);
        const pilot = corpus.regions.find((r) => r.slug === reading);
        if (pilot) for (const id of exact) expect(id.startsWith(`${reading}-`), `“${q}”: ${id} is not of ${reading}`).toBe(true);
      } else {
        expect(status, `“${q}” is searched as typed`).not.toMatch(/在 .+ 中检索/);
      }
      if (nothing) {
        expect(exact, `“${q}” has no answer`).toEqual([]);
        expect(await site.page.locator('.sp-partial').isHidden(), `“${q}”: no partial matches`).toBe(true);
        expect(status).toContain('没有包含');
      } else if (must.length) {
        expect(status, `“${q}”: the headline must not deny what was found`).not.toMatch(/^没有包含/);
      }
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
    if (device === 'phone') await site.page.locator('.sp-filter-box summary').tap();
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

  it('reads a city in the query as its pilot, says so, and searches everywhere with one click', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('成都 土地')}`);
    await site.page.locator('.sp-status').filter({ hasText: '在 成都市 中检索“土地”' }).waitFor();
    expect(new Set((await resultIds('.sp-results')).map((h) => idOf(h).split('-')[0]))).toEqual(new Set(['chengdu']));
    expect(await site.page.locator('#sp-region').inputValue()).toBe('chengdu');
    expect(await site.page.locator('.sp-filter-count').textContent()).toBe('（已选 1 项）');
    await site.page.locator('.sp-reading a').click();
    await site.page.locator('.sp-status').filter({ hasText: '已在全部试点中检索“成都 土地”' }).waitFor();
    expect(new URL(site.page.url()).searchParams.get('everywhere')).toBe('1');
    expect(await site.page.locator('#sp-region').inputValue()).toBe('');
    // As typed: both words, anywhere (no clause has both); one click reads the place again.
    expect(await site.page.locator('.sp-status').textContent()).toContain('“成都土地”');
    await site.page.locator('.sp-reading a', { hasText: '只在 成都市 中检索“土地”' }).click();
    await site.page.locator('.sp-status').filter({ hasText: '在 成都市 中检索“土地”。' }).waitFor();
    expect(new URL(site.page.url()).searchParams.get('everywhere')).toBeNull();
  });

  it('choosing a filter while the query names a pilot keeps the pilot and drops its name from the query', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('杭州 标准地')}`);
    await site.page.locator('.sp-status').filter({ hasText: '在 杭甬温 中检索“标准地”' }).waitFor();
    if (device === 'phone') await site.page.locator('.sp-filter-box summary').tap();
    await site.page.locator('#sp-domain').selectOption('land');
    await site.page.waitForURL((u) => u.searchParams.get('domain') === 'land');
    expect(await site.page.locator('#sp-q').inputValue()).toBe('标准地');
    expect(new URL(site.page.url()).searchParams.get('region')).toBe('hangyongwen');
  });

  it('headlines say what was found: the whole query, the terms apart, or nothing', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('标准地，出让')}`);
    await site.page.locator('.sp-status').filter({ hasText: '3 条包含“标准地出让”' }).waitFor();
    expect(await site.page.locator('.sp-status').textContent()).toContain('条分别包含“标准地”“出让”');
    expect(await site.page.locator('.sp-apart').isVisible()).toBe(true);
    expect(await site.page.locator('.sp-whole mark').first().textContent()).toBe('标准地”出让');

    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('绿色金融；气候投融资')}`);
    await site.page.locator('.sp-status').filter({ hasText: '没有条款包含完整的“绿色金融气候投融资”' }).waitFor();

    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('數據要素')}`);
    await site.page.locator('.sp-status').filter({ hasText: '按简体字“数据要素”检索' }).waitFor();

    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('元宇宙')}`);
    await site.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.settled === '元宇宙');
    expect(await site.page.locator('.sp-status').textContent()).toBe('没有包含“元宇宙”的条款。');
    expect(await site.page.locator('.sp-partial').isHidden()).toBe(true);
    expect(await site.page.locator('.sp-tips').textContent()).toContain('政策主题');
  });

  it('hides filter values that would give nothing', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('居住证')}`);
    await site.page.locator('.sp-status').filter({ hasText: '共 11 条' }).waitFor();
    const topics = await site.page.locator('#sp-topic option').evaluateAll((os) => os.map((o) => ({ text: o.textContent ?? '', hidden: (o as HTMLOptionElement).hidden })));
    expect(topics.filter((t) => !t.hidden).length).toBeLessThan(15);
    for (const t of topics) if (t.text.endsWith('（0）')) expect(t.hidden, t.text).toBe(true);
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

  it('a query pasted with a zero-width space finds the same clauses as without it, its address has none, and the go-to-clause box reads through it', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('亩均论英雄')}`);
    await site.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.settled === '亩均论英雄');
    const clean = await resultIds('.sp-results');
    const status = await site.page.locator('.sp-status').textContent();
    expect(clean.length).toBeGreaterThan(0);
    await site.page.goto(`${site.url}search/`);
    await site.page.locator('#sp-q').fill('亩均\u200B论英雄\uFEFF');
    await site.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.settled === '亩均论英雄');
    expect(await resultIds('.sp-results')).toEqual(clean);
    expect(await site.page.locator('.sp-status').textContent()).toBe(status);
    expect(new URL(site.page.url()).searchParams.get('q')).toBe('亩均论英雄');
    // The header's quick search and the go-to-clause reader read it the same way.
    await site.page.locator('#qs-input').fill('亩均\u200B论英雄');
    await site.page.locator('.qs-status').filter({ hasText: `共 ${clean.length} 条结果` }).waitFor();
    await site.page.goto(site.url);
    await site.page.locator('#goto-q').fill('附件3\u200B（十二）');
    await site.page.locator('#goto-q').press('Enter');
    await site.page.waitForURL((u) => u.pathname === '/hangyongwen/12/');
  });

  /** Opens the search for q and waits until it has settled on what the box holds (a search box drops line breaks). */
  const open = async (q: string) => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent(q)}`);
    await site.page.waitForFunction(() => {
      const settled = document.querySelector<HTMLElement>('[data-search-page]')?.dataset.settled;
      return settled !== undefined && settled === document.querySelector<HTMLInputElement>('#sp-q')?.value.trim();
    });
  };
  /** Nothing wider than the screen: the boxes above the results wrap on a 390 px phone. */
  const fitsWidth = () => site.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('a query that names a topic shows the topic first, with the pilots that have it and, honestly, those without its words', async () => {
    for (const q of ['科技成果赋权', '科技成果賦權']) {
      await open(q);
      const link = site.page.locator('.sp-topics a').first();
      expect(await link.textContent(), q).toBe('职务科技成果赋权：8个试点');
      expect(await link.getAttribute('href')).toBe('/topics/job-invention-rights/');
      const said = await site.page.locator('.sp-topics li').first().textContent();
      expect(said).toContain('以下试点的方案中未找到本主题的词语：北京城市副中心、成都市。');
      expect(said).not.toMatch(/没有.*措施|缺少/);
    }
    // Before the results, reachable with the keyboard, and within the phone's width.
    const [box, list] = await Promise.all([site.page.locator('.sp-topics').boundingBox(), site.page.locator('.sp-whole').boundingBox()]);
    expect(box!.y).toBeLessThan(list!.y);
    await site.page.locator('#sp-q').focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await site.page.keyboard.press('Tab');
      reached = await site.page.evaluate(() => document.activeElement?.closest('.sp-topics') !== null);
    }
    expect(reached, 'the topic link is reached with Tab').toBe(true);
    expect(await fitsWidth()).toBe(true);
    await open('数据');
    expect(await site.page.locator('.sp-topics').isHidden()).toBe(true);
  });

  it('a passage pasted from the PDF with its page number or running head is searched without them, and the page says what it dropped', async () => {
    const text = corpus.entries.find((e) => e.id === 'beijing-9')!.text;
    const [a, b] = [text.slice(12, 24), text.slice(24, 36)];
    await open(`${a} — 12 — ${b}`);
    expect(await site.page.locator('.sp-status').textContent()).toContain('已略去疑似页码或页眉：“— 12 —”');
    expect((await resultIds('.sp-whole')).map(idOf)).toContain('beijing-9');
    await open(`${a}\n北京城市副中心要素市场化配置综合改革试点实施方案\n${b}`);
    expect(await site.page.locator('.sp-status').textContent()).toContain('已略去疑似页码或页眉：“北京城市副中心要素市场化配置综合改革试点实施方案”');
    expect((await resultIds('.sp-whole')).map(idOf)).toContain('beijing-9');
    expect(await fitsWidth()).toBe(true);
  });

  it('a wording remembered with one character changed finds the wording one character away, labelled so, the real words marked', async () => {
    await open('受信');
    const status = await site.page.locator('.sp-status').textContent();
    expect(status).toMatch(/^没有包含“受信”的条款；以下条款有只差一个字的.*“授信”/);
    expect(await site.page.locator('.sp-whole mark').allTextContents()).toContain('授信');
    await open('迁徙');
    expect(await site.page.locator('.sp-status').textContent()).toMatch(/^没有包含“迁徙”的条款；以下条款有只差一个字的“迁移”/);
    expect(new Set(await site.page.locator('.sp-whole mark').allTextContents())).toContain('迁移');
  });

  it('reads 成渝 as 重庆 and 成都, and 副中心 as 北京城市副中心', async () => {
    await open('成渝 土地');
    expect(await site.page.locator('.sp-status').textContent()).toContain('在 重庆市、成都市 中检索“土地”');
    const pilots = new Set((await resultIds('.sp-results')).map((h) => idOf(h).split('-')[0]));
    expect(pilots).toEqual(new Set(['chongqing', 'chengdu']));
    await open('副中心 土地');
    expect(await site.page.locator('.sp-status').textContent()).toContain('在 北京城市副中心 中检索“土地”');
    await open('成渝');
    expect(await site.page.locator('.sp-jump').textContent()).toContain('成渝指重庆市和成都市两个试点。');
    expect(await site.page.locator('.sp-jump a').count()).toBe(2);
  });

  it('a numeral finds the same in either form: 三十 as 30', async () => {
    await open('30');
    const digits = (await resultIds('.sp-whole')).map(idOf);
    await open('三十');
    expect(digits.length).toBeGreaterThan(0);
    expect((await resultIds('.sp-whole')).map(idOf)).toEqual(digits);
  });

  it('a place typed alone is a place: searched, and said where it belongs, never a clause reference', async () => {
    await open('宁波');
    expect(await site.page.locator('.sp-jump').textContent()).toBe('宁波属于杭甬温试点。阅读 附件3 杭甬温实施方案全文');
    expect(await site.page.locator('.sp-status').textContent()).toMatch(/^共 \d+ 条包含“宁波”/);
    for (const q of ['深圳', 'beijing']) {
      await open(q);
      expect(await site.page.locator('.sp-jump').textContent(), q).not.toContain('条款引用');
    }
    expect(await site.page.locator('.sp-jump').evaluate((el) => el.classList.contains('is-place'))).toBe(true);
  });

  it('a clause reference leads with its link and is not reported as a search that failed', async () => {
    await open('附件三第十二条');
    expect(await site.page.locator('.sp-jump').textContent()).toMatch(/^这是一处条款引用：前往 附件3（十二）/);
    expect(await site.page.locator('.sp-status').textContent()).not.toContain('没有包含');
    expect(await site.page.locator('.sp-tips').textContent()).toBe('');
    await site.page.locator('.sp-jump a').click();
    await site.page.waitForURL((u) => u.pathname === '/hangyongwen/12/');
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

  it('quick search: a pilot’s address name offers its annex, says Enter opens it (not “the clause”), and Enter does', async () => {
    await site.page.goto(`${site.url}letter/`);
    await site.page.locator('#qs-input').focus();
    await site.page.keyboard.type('beijing');
    await site.page.locator('.qs-status').filter({ hasText: '按回车打开。' }).waitFor();
    expect(await site.page.locator('.qs-status').textContent()).not.toContain('该条');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL((u) => u.pathname === '/beijing/');
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

describe('the search page on a phone', () => {
  const site = siteOn(VIEWPORTS.phone);

  it('shows results first: the filters behind one control, the first result within the first screen', async () => {
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('数据')}`);
    await site.page.locator('.sp-whole .result').first().waitFor();
    expect(await site.page.locator('#sp-region').isVisible()).toBe(false);
    expect(await site.page.locator('.sp-filter-box summary').isVisible()).toBe(true);
    const top = await site.page.locator('.sp-whole .result').first().evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(VIEWPORTS.phone.viewport.height - 150);
    await site.page.locator('.sp-filter-box summary').tap();
    expect(await site.page.locator('#sp-region').isVisible()).toBe(true);
  });

  it('takes anything typed: markup, regex characters, lone surrogates, 100 KB, without throwing or blocking', async () => {
    const errors: string[] = [];
    site.page.on('pageerror', (e) => errors.push(e.message));
    await site.page.goto(`${site.url}search/`);
    for (const q of ['<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '\uD800数据\uDC00', '數據'.repeat(50_000), '，。、']) {
      const t = Date.now();
      await site.page.locator('#sp-q').fill(q);
      await site.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === document.querySelector<HTMLInputElement>('#sp-q')?.value.trim().toWellFormed());
      expect(Date.now() - t, `${q.slice(0, 20)}: answered at once`).toBeLessThan(3000);
    }
    expect(await site.page.locator('.search-page img').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('does not move anything as results arrive, in either language, on a slow phone too (layout shift below 0.01)', async () => {
    const context = site.page.context();
    for (const [path, root, q] of [
      ['search/', '[data-search-page]', '数据'],
      ['en/search/', '[data-english-search]', 'data'],
    ] as const) {
      for (const rate of [1, 4]) {
        const page = await context.newPage();
        // A phone's slower processor (4×) paints the page well before the results are ready.
        await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
        await page.addInitScript(() => {
          const w = window as unknown as { shift: number };
          w.shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shift += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${site.url}${path}?q=${encodeURIComponent(q)}`);
        await page.waitForFunction(([root, q]) => document.querySelector<HTMLElement>(root)?.dataset.settled === q, [root, q] as const);
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), `${path}, processor slowed ${rate}×`).toBeLessThan(0.01);
        await page.close();
      }
    }
  });
});
