// Comparing the pilots, as an analyst does: the concordance of each domain holds every sentence of
// the domain exactly once; /compare/ opens any pair of pilots on any domain in one click; the
// chosen pilots live in the address (set, shared, reloaded, swapped, cleared, bad values ignored);
// the columns on a phone and on paper; and each clause page's similar clauses with what they share.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../../src/model/site-model.ts';
import { DOMAINS, REGIONS } from '../../src/model/tables.ts';
import { clausesIn } from '../../src/model/walk.ts';
import { readPage, ROOT, siteOn, VIEWPORTS } from './support.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src/content/model.json'), 'utf8')) as SiteModel;
const concordance = (domain: string) => site.concordance.find((c) => c.domain === domain)!;
const clauseById = new Map(site.model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses)).map((c) => [c.id, c]));

const decode = (s: string) =>
  s.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|#39);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e],
  );
const classes = (n: Node) => (n.attributes?.class ?? '').split(' ');
/** What a wording says as this pilot's text: struck-through common wording and screen-reader labels left out. */
function ownText(node: Node): string {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type === ELEMENT_NODE && (node.name === 'del' || classes(node).includes('sr-only'))) return '';
  return (node.children ?? []).map(ownText).join('');
}
const find = (node: Node, test: (n: Node) => boolean): Node | undefined => {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
};

describe('the concordance pages', () => {
  it('every sentence of a domain appears on its concordance page exactly once, as published, linking its place', () => {
    for (const d of DOMAINS) {
      const { elements } = readPage(`/compare/${d.slug}/`);
      const shown = elements
        .filter((e) => classes(e).includes('cc-says') && !classes(e).includes('cc-none'))
        .map((e) => {
          const text = find(e, (n) => n.type === ELEMENT_NODE && classes(n).includes('cc-text'))!;
          const link = find(e, (n) => n.type === ELEMENT_NODE && n.name === 'a' && classes(n).includes('cc-ref'))!;
          return `${link.attributes.href} ${ownText(text)}`;
        });
      const expected = clausesIn(site.model, d.slug).flatMap((c) => c.sentences.map((s, i) => `/${c.region}/${c.number}/#s${i + 1} ${s}`));
      expect(shown.length, d.slug).toBe(expected.length);
      expect([...shown].sort(), d.slug).toEqual([...expected].sort());
    }
  });

  it('marks a wording against its row’s common wording: removed text struck through and labelled, never counted as the pilot’s', () => {
    const { elements } = readPage('/compare/technology/');
    // In the wordings (the legend shows the marks without labels).
    const inCell = (e: Node) => e.parent?.name !== 'dt';
    const dels = elements.filter((e) => e.name === 'del' && classes(e).includes('cc-del') && inCell(e));
    const inss = elements.filter((e) => e.name === 'ins' && classes(e).includes('cc-add') && inCell(e));
    expect(dels.length).toBeGreaterThan(5);
    expect(inss.length).toBeGreaterThan(5);
    for (const del of dels) expect(decode((del.children[0] as Node).children[0].value)).toBe('［常见表述有：');
    // The row counts on the page are the model's.
    const c = concordance('technology');
    expect(elements.filter((e) => e.name === 'section' && classes(e).includes('cc-row')).map((e) => e.attributes.id)).toEqual(c.rows.map((r) => r.id));
  });
});

describe.each(Object.entries(VIEWPORTS))('comparing pilots (%s)', (device, viewport) => {
  const page = siteOn(viewport);
  const visibleRegions = (selector: string) =>
    page.page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.region));
  /** The page's own address (page.url() follows history.replaceState only a moment later). */
  const query = () => page.page.evaluate(() => decodeURIComponent(location.search));

  it('answers “how do 北京 and 成都 differ on land?” in one click from /compare/', async () => {
    await page.page.goto(`${page.url}compare/`);
    const land = page.page.locator('.pair-links a', { hasText: '土地要素' });
    expect(await land.getAttribute('href')).toBe('/compare/land/?pilots=beijing,chengdu');
    await land.click();
    await page.page.waitForURL((u) => u.pathname === '/compare/land/');
    expect(await query()).toBe('?pilots=beijing,chengdu');
    await page.page.locator('.cc.cc-cols').waitFor();
    expect(await page.page.locator('.cc-heads span').allTextContents()).toEqual(['北京城市副中心', '成都市']);
    expect(await visibleRegions('.cc-row:not(.cc-off) .cc-cell')).toEqual(expect.arrayContaining(['beijing', 'chengdu']));
    expect(new Set(await visibleRegions('.cc-cell'))).toEqual(new Set(['beijing', 'chengdu']));
    expect(await visibleRegions('.cc-own')).toEqual(['beijing', 'chengdu']);
    expect(await page.page.locator('.cc-status').textContent()).toMatch(/^北京城市副中心与成都市：\d+项共同举措两者都有，\d+项只有其中一方有；另\d+项已折叠。$/);
  });

  it('the pair chooser carries any two pilots into every domain link, swaps them, and keeps them in the address', async () => {
    await page.page.goto(`${page.url}compare/`);
    await page.page.locator('.pair-select[name="a"]').selectOption('hefei');
    await page.page.locator('.pair-select[name="b"]').selectOption('chongqing');
    expect(await query()).toBe('?pilots=hefei,chongqing');
    expect(await page.page.locator('.pair-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(DOMAINS.map((d) => `/compare/${d.slug}/?pilots=hefei,chongqing`));
    // Choosing the other list's pilot swaps the two; so does the button.
    await page.page.locator('.pair-select[name="a"]').selectOption('chongqing');
    expect(await query()).toBe('?pilots=chongqing,hefei');
    await page.page.locator('.pair-swap').click();
    expect(await query()).toBe('?pilots=hefei,chongqing');
    expect(await page.page.locator('.pair-names').textContent()).toBe('合肥都市圈与重庆市');
    await page.page.reload();
    expect(await page.page.locator('.pair-links a').first().getAttribute('href')).toBe('/compare/technology/?pilots=hefei,chongqing');
  });

  it('/compare/ shows all ten pilots against the domains without a scroll box, every cell a link into the concordance', async () => {
    await page.page.goto(`${page.url}compare/`);
    const cells = await page.page.locator('table.matrix-domains tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent!.replace(/\s+/g, ' ').trim() }))));
    expect(cells).toHaveLength(7);
    DOMAINS.forEach((d, i) => {
      expect(cells[i].map((c) => c.href)).toEqual(REGIONS.map((r) => `/compare/${d.slug}/?pilots=${r.slug}`));
      // 共同: the measures (rows) the pilot has a sentence in; 特有: its sentences in no row with another pilot.
      const c = concordance(d.slug);
      const counts = REGIONS.map((r) => `共同 ${c.rows.filter((row) => row.cells.some((x) => x.region === r.slug)).length} 特有 ${c.distinctive[r.slug].length}`);
        expect(cells[i].map((cell) => cell.text.replace(/^\S+ (?=共同)/, ''))).toEqual(counts);
    });
    // No box scrolls inside the page, and the page is never wider than the screen.
    const scrollers = await page.page.locator('main *').evaluateAll((els) => els.filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1).map((e) => e.className));
    expect(scrollers).toEqual([]);
    expect(await page.page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.viewport.width);
    if (device === 'desktop') {
      // At 1366×900 (a common laptop) every pilot's column is on screen.
      await page.page.setViewportSize({ width: 1366, height: 900 });
      const right = await page.page.locator('table.matrix-domains thead th').last().evaluate((th) => th.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(1366);
      expect(await page.page.locator('table.matrix-topics thead th').last().evaluate((th) => th.getBoundingClientRect().right)).toBeLessThanOrEqual(1366);
      await page.page.setViewportSize(viewport.viewport);
    } else {
      // On a phone each row is a block: the pilots' cells wrap under the domain, named.
      const first = page.page.locator('table.matrix-domains tbody tr').first().locator('td a').first();
      expect(await first.locator('.mx-pilot').isVisible()).toBe(true);
      expect(await first.textContent()).toContain('北京');
    }
    await page.page.locator('table.matrix-domains tbody tr').nth(1).locator('td a').nth(3).click();
    await page.page.waitForURL((u) => u.pathname === '/compare/land/' && u.search === '?pilots=hefei');
  });

  it('keeps the pilots’ names in view while the topic table scrolls with the page', async () => {
    await page.page.goto(`${page.url}compare/`);
    if (device === 'phone') {
      // On a phone the table is a list: each cell names its pilot.
      expect(await page.page.locator('table.matrix-topics thead').isVisible()).toBe(false);
      expect(await page.page.locator('table.matrix-topics td a .mx-pilot').first().isVisible()).toBe(true);
      return;
    }
    await page.page.locator('table.matrix-topics tbody tr').nth(40).scrollIntoViewIfNeeded();
    const [head, nav] = await Promise.all([
      page.page.locator('table.matrix-topics thead th').nth(1).evaluate((th) => th.getBoundingClientRect().top),
      page.page.locator('header.header').evaluate((h) => h.getBoundingClientRect().bottom),
    ]);
    expect(Math.abs(head - nav)).toBeLessThan(3);
  });

  it('keeps every topic count of the data export on /compare/, each cell linking its clauses', async () => {
    const clauses = JSON.parse(readFileSync(join(ROOT, 'dist/data/clauses.json'), 'utf8')) as { region: string; clause: number; topics: string[] }[];
    await page.page.goto(`${page.url}compare/`);
    const rows = await page.page.locator('table.matrix-topics tbody tr:not(.matrix-group)').evaluateAll((trs) =>
      trs.map((tr) => ({ slug: tr.querySelector('th a')!.getAttribute('href')!.split('/').at(-2)!, cells: [...tr.querySelectorAll('td')].map((td) => td.querySelector('a')?.lastChild?.textContent?.trim() ?? '0') })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(50);
    for (const row of rows) expect(row.cells, row.slug).toEqual(REGIONS.map((r) => String(clauses.filter((c) => c.region === r.slug && c.topics.includes(row.slug)).length)));
    const single = clauses.find((c) => c.topics.includes('mu-average-evaluation') && clauses.filter((x) => x.region === c.region && x.topics.includes('mu-average-evaluation')).length === 1)!;
    const topicRow = page.page.locator('table.matrix-topics tr', { has: page.page.locator('th a[href="/topics/mu-average-evaluation/"]') });
    await topicRow.locator('td').nth(REGIONS.findIndex((r) => r.slug === single.region)).locator('a').click();
    await page.page.waitForURL((u) => u.pathname === `/${single.region}/${single.clause}/`);
  });

  it('keeps the chosen pilots in the address: set, reloaded, shared, bad values ignored, swapped, cleared', async () => {
    await page.page.goto(`${page.url}compare/land/?pilots=chengdu,nowhere,beijing,chengdu,%3Cscript%3E`);
    await page.page.locator('.cc.cc-cols').waitFor();
    expect(await query()).toBe('?pilots=chengdu,beijing');
    expect(await page.page.locator('.cc-heads span').allTextContents()).toEqual(['成都市', '北京城市副中心']);
    await page.page.reload();
    expect(await page.page.locator('.cc-heads span').allTextContents()).toEqual(['成都市', '北京城市副中心']);
    // Shared: the same address in a fresh page shows the same columns.
    const other = await page.page.context().newPage();
    await other.goto(page.page.url());
    expect(await other.locator('.cc-heads span').allTextContents()).toEqual(['成都市', '北京城市副中心']);
    expect(await other.locator('.cc-boxes input:checked').evaluateAll((is) => is.map((i) => (i as HTMLInputElement).value))).toEqual(['beijing', 'chengdu']);
    await other.close();
    // A third pilot joins on the right; swap reverses; a fifth cannot be added.
    await page.page.locator('.cc-boxes input[value="hefei"]').check();
    expect(await query()).toBe('?pilots=chengdu,beijing,hefei');
    await page.page.locator('.cc-swap').click();
    expect(await query()).toBe('?pilots=hefei,beijing,chengdu');
    expect(await page.page.locator('.cc-row:not(.cc-off)').first().locator('.cc-cell').evaluateAll((cs) => cs.slice(0, 3).map((c) => (c as HTMLElement).dataset.region))).toEqual(['hefei', 'beijing', 'chengdu']);
    await page.page.locator('.cc-boxes input[value="sunan"]').check();
    expect(await page.page.locator('.cc-boxes input[value="dawanqu"]').isDisabled()).toBe(true);
    await page.page.locator('.cc-boxes input[value="sunan"]').uncheck();
    await page.page.locator('.cc-boxes input[value="hefei"]').uncheck();
    expect(await query()).toBe('?pilots=beijing,chengdu');
    // Keyboard: the boxes and buttons are ordinary controls.
    await page.page.locator('.cc-boxes input[value="beijing"]').focus();
    await page.page.keyboard.press('Space');
    expect(await query()).toBe('?pilots=chengdu');
    // Show all: every pilot, one under another, and a plain address.
    await page.page.locator('.cc-all').click();
    expect(await query()).toBe('');
    expect(await page.page.locator('.cc.cc-cols').count()).toBe(0);
    expect(await visibleRegions('.cc-own')).toEqual(REGIONS.map((r) => r.slug));
  });

  it('collapses the measures none of the chosen pilots has, with their count, and opens them on request', async () => {
    await page.page.goto(`${page.url}compare/land/?pilots=beijing,chengdu`);
    await page.page.locator('.cc.cc-cols').waitFor();
    const rows = concordance('land').rows;
    const none = rows.filter((r) => !r.cells.some((c) => c.region === 'beijing' || c.region === 'chengdu')).length;
    expect(none).toBeGreaterThan(0);
    expect(await page.page.locator('.cc-row').evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).offsetParent !== null).length)).toBe(rows.length - none);
    expect(await page.page.locator('.cc-off-count').textContent()).toBe(`另有${none}项共同举措两者都没有。`);
    await page.page.locator('.cc-show-off').click();
    expect(await page.page.locator('.cc-show-off').getAttribute('aria-expanded')).toBe('true');
    expect(await page.page.locator('.cc-row').evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).offsetParent !== null).length)).toBe(rows.length);
  });

  it('opens what the view hides when a link points into it (the contents list, a shared link)', async () => {
    await page.page.goto(`${page.url}compare/land/?pilots=beijing,chengdu#own-sunan`);
    await page.page.locator('.cc.cc-cols').waitFor();
    expect(await page.page.locator('#own-sunan').isVisible()).toBe(true);
    const hidden = concordance('land').rows.find((r) => !r.cells.some((c) => c.region === 'beijing' || c.region === 'chengdu'))!;
    await page.page.evaluate((id) => (location.hash = id), hidden.id);
    await page.page.locator(`#${hidden.id}`).waitFor();
    expect(await page.page.locator('.cc-show-off').getAttribute('aria-expanded')).toBe('true');
  });

  it('lays two pilots side by side on any screen, and three or four one after the other on a phone; never wider than the screen', async () => {
    for (const path of ['compare/', 'compare/land/', 'compare/land/?pilots=beijing,chengdu', 'compare/technology/?pilots=hefei,sunan,chongqing,dawanqu', 'compare/coordination/?pilots=zhengzhou']) {
      await page.page.goto(page.url + path);
      expect(await page.page.evaluate(() => document.documentElement.scrollWidth), path).toBe(viewport.viewport.width);
    }
    const boxes = async (path: string) => {
      await page.page.goto(page.url + path);
      await page.page.locator('.cc.cc-cols').waitFor();
      // The first measure every chosen pilot has.
      const n = path.split('=')[1].split(',').length;
      const row = page.page.locator('.cc-row:not(.cc-off)').filter({ has: page.page.locator(`.cc-cell.cc-on:not(.cc-empty) >> nth=${n - 1}`) }).first();
      return row.locator('.cc-cell.cc-on').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), left: Math.round(r.left) })));
    };
    const two = await boxes('compare/coordination/?pilots=beijing,chengdu');
    expect(two[0].top).toBe(two[1].top);
    expect(two[1].left).toBeGreaterThan(two[0].left);
    const four = await boxes('compare/coordination/?pilots=beijing,sunan,hefei,chengdu');
    if (device === 'phone') {
      expect(new Set(four.map((b) => b.left)).size).toBe(1);
      expect(four[1].top).toBeGreaterThan(four[0].top);
      expect(await page.page.locator('.cc-cell.cc-on .cc-pilot').first().isVisible()).toBe(true);
    } else {
      expect(new Set(four.map((b) => b.top)).size).toBe(1);
    }
  });

  it('prints the chosen pilots’ columns, or all ten, without the controls', async () => {
    await page.page.goto(`${page.url}compare/land/?pilots=beijing,chengdu`);
    await page.page.locator('.cc.cc-cols').waitFor();
    await page.page.emulateMedia({ media: 'print' });
    expect(await page.page.locator('.cc-chooser').isVisible()).toBe(false);
    expect(await page.page.locator('header.header').isVisible()).toBe(false);
    expect(new Set(await visibleRegions('.cc-cell'))).toEqual(new Set(['beijing', 'chengdu']));
    await page.page.goto(`${page.url}compare/land/`);
    expect(await page.page.locator('.cc-chooser').isVisible()).toBe(false);
    const first = concordance('land').rows[0];
    expect(await visibleRegions('.cc-row >> nth=0 >> .cc-cell')).toEqual([...new Set(first.cells.map((c) => c.region))]);
    expect(await page.page.locator('.cc-row').first().locator('.cc-rest').isVisible()).toBe(first.cells.length < 10);
    await page.page.emulateMedia({ media: 'screen' });
    await page.page.goto(`${page.url}compare/`);
    await page.page.emulateMedia({ media: 'print' });
    expect(await page.page.locator('table.matrix-domains').isVisible()).toBe(true);
    expect(await page.page.locator('.pair').isVisible()).toBe(false);
    await page.page.emulateMedia({ media: 'screen' });
  });

  it('a clause page lists the most similar clauses of other plans with the passages they share, or says there are none', async () => {
    const clause = clauseById.get('hefei-20')!;
    await page.page.goto(`${page.url}hefei/20/`);
    const items = page.page.locator('.related .similar > li');
    expect(await items.count()).toBe(clause.similar.length);
    for (let i = 0; i < clause.similar.length; i++) {
      const similar = clauseById.get(clause.similar[i].clause)!;
      const item = items.nth(i);
      expect(await item.locator('a').getAttribute('href')).toBe(`/${similar.region}/${similar.number}/`);
      expect(await item.locator('.similar-score').textContent()).toMatch(/^相同\d+%$/);
      const passages = await item.locator('q').allTextContents();
      expect(passages.length).toBeGreaterThan(0);
      for (const p of passages) expect(similar.text).toContain(p.replace(/…$/, ''));
    }
    await items.first().locator('a').click();
    await page.page.waitForURL((u) => u.pathname === `/${clauseById.get(clause.similar[0].clause)!.region}/${clauseById.get(clause.similar[0].clause)!.number}/`);
    // A clause with no counterpart says so, and still leads to its domain's concordance.
    expect(clauseById.get('sunan-1')!.similar).toEqual([]);
    await page.page.goto(`${page.url}sunan/1/`);
    expect(await page.page.locator('.related').textContent()).toContain('其他试点方案中没有与本条文字相近的条款。');
    expect(await page.page.locator('.clause-places a', { hasText: '逐句对照' }).getAttribute('href')).toBe('/compare/technology/?pilots=sunan');
  });
});
