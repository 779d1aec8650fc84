// Comparing the pilots, as an analyst does: every part of a domain's plans is on its compare page,
// in a measure or in its pilot's list of what was not found elsewhere (never said to be absent);
// /compare/ opens any pair of pilots on any domain, or the whole plans, in one click; a pair of
// pilots reads as three groups, one pilot's words diffed against the other's; the chosen pilots
// live in the address; the measures table filters, orders and pairs; the layout holds on a phone
// and on paper; and a clause page says what it shares, and with whom.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { partsOf } from '../../src/converter/measures/parts.ts';
import { measuresIn, ownParts } from '../../src/model/measures.ts';
import type { SiteModel } from '../../src/model/site-model.ts';
import { DOMAINS, REGIONS } from '../../src/model/tables.ts';
import { movedOnArrival, readPage, ROOT, siteOn, VIEWPORTS, watchMovesOnArrival } from './support.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src/content/model.json'), 'utf8')) as SiteModel;
const { comparison } = site;
const clauseById = new Map(site.model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses)).map((c) => [c.id, c]));
const href = (q: { clause: string; sentence: number }) => `/${clauseById.get(q.clause)!.region}/${clauseById.get(q.clause)!.number}/#s${q.sentence}`;

const decode = (s: string) =>
  s.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|#39);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e],
  );
const classes = (n: Node) => (n.attributes?.class ?? '').split(' ');
/** What a wording says as this pilot's text: the struck-through reference left out. */
function ownText(node: Node): string {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type === ELEMENT_NODE && node.name === 'del') return '';
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

describe('the compare pages', () => {
  it('show every part of a domain’s plans, as published, linking its sentence: in a measure, or in its pilot’s list', () => {
    const parts = partsOf(site.model);
    for (const d of DOMAINS) {
      const { elements } = readPage(`/compare/${d.slug}/`);
      const shown = elements
        .filter((e) => classes(e).includes('cc-says') && !classes(e).includes('cc-none'))
        .map((e) => {
          const text = find(e, (n) => n.type === ELEMENT_NODE && classes(n).includes('cc-text'))!;
          const link = find(e, (n) => n.type === ELEMENT_NODE && n.name === 'a' && classes(n).includes('cc-ref'))!;
          return { href: decodeURI(link.attributes.href), text: ownText(text) };
        });
      const expected = [...measuresIn(comparison, d.slug).flatMap((m) => m.cells), ...REGIONS.flatMap((r) => ownParts(comparison, r.slug, d.slug))];
      expect(shown.map((s) => `${s.href} ${s.text}`).sort(), d.slug).toEqual(expected.map((q) => `${href(q)} ${q.text}`).sort());
      // Every part the converter cuts from the domain's sentences is in one of them.
      for (const p of parts.filter((x) => x.domain === d.slug)) {
        const covered = expected.some((q) => q.clause === p.clause && q.sentence === p.sentence && q.start < p.end && p.start < q.end);
        expect(covered, `${p.key} ${p.text}`).toBe(true);
      }
    }
  });

  it('never say a pilot lacks a measure: what was not found is said to be not found, with the nearest candidates', () => {
    for (const d of DOMAINS) {
      const { html } = readPage(`/compare/${d.slug}/`);
      expect(html, d.slug).not.toMatch(/无此项|没有与之相近|特有的表述/);
      expect(html, d.slug).toContain('未找到相近表述');
    }
    const { elements } = readPage('/compare/land/');
    const near = elements.filter((e) => classes(e).includes('cc-near'));
    expect(near.length).toBeGreaterThan(10);
    expect(decode(ownTextAll(near[0]))).toMatch(/^最接近：.+\d+%/);
  });

  it('mark a wording against its measure’s reference, named on the page, and list the measures in the model’s order', () => {
    const { elements, html } = readPage('/compare/technology/');
    const inCell = (e: Node) => e.parent?.name !== 'dt';
    expect(elements.filter((e) => e.name === 'del' && classes(e).includes('cc-del') && inCell(e)).length).toBeGreaterThan(5);
    expect(elements.filter((e) => e.name === 'ins' && classes(e).includes('cc-add') && inCell(e)).length).toBeGreaterThan(5);
    const measures = measuresIn(comparison, 'technology');
    expect(elements.filter((e) => e.name === 'section' && classes(e).includes('cc-row')).map((e) => e.attributes.id)).toEqual(measures.map((m) => m.id));
    expect(html).toContain('参照表述：');
  });
});

function ownTextAll(n: Node): string {
  return n.type === TEXT_NODE ? n.value : (n.children ?? []).map(ownTextAll).join('');
}

describe.each(Object.entries(VIEWPORTS))('comparing pilots (%s)', (device, viewport) => {
  const page = siteOn(viewport);
  const visibleRegions = (selector: string) =>
    page.page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset.region));
  const query = () => page.page.evaluate(() => decodeURIComponent(location.search));
  const land = measuresIn(comparison, 'land');
  const has = (m: (typeof land)[number], r: string) => m.pilots.includes(r);

  it('answers “how do 北京 and 成都 differ on land?” in one click from /compare/, in three true groups', async () => {
    await page.page.goto(`${page.url}compare/`);
    const link = page.page.locator('.pair-links a', { hasText: '土地要素' });
    expect(await link.getAttribute('href')).toBe('/compare/land/?pilots=beijing,chengdu');
    await link.click();
    await page.page.waitForURL((u) => u.pathname === '/compare/land/');
    expect(await query()).toBe('?pilots=beijing,chengdu');
    await page.page.locator('.cc.cc-pair').waitFor();
    const both = land.filter((m) => has(m, 'beijing') && has(m, 'chengdu'));
    const onlyA = land.filter((m) => has(m, 'beijing') && !has(m, 'chengdu'));
    const onlyB = land.filter((m) => !has(m, 'beijing') && has(m, 'chengdu'));
    const rowsIn = (kind: string) => page.page.locator(`#pair-${kind} .cc-row`).evaluateAll((rs) => rs.map((r) => r.id));
    expect(await rowsIn('both')).toEqual(both.map((m) => m.id));
    expect(await rowsIn('first')).toEqual(onlyA.map((m) => m.id));
    expect(await rowsIn('second')).toEqual(onlyB.map((m) => m.id));
    expect(await page.page.locator('#pair-both h3').textContent()).toBe(`两者都有（${both.length}项）`);
    const neither = land.length - both.length - onlyA.length - onlyB.length;
    expect(await page.page.locator('.cc-status').textContent()).toBe(
      `北京城市副中心与成都市：${both.length}项举措两者都有；${onlyA.length}项只在北京城市副中心的方案中找到，${onlyB.length}项只在成都市的方案中找到${neither ? `；另${neither}项其他试点采用、两者都未找到，已折叠` : ''}。两者都有的举措，成都市的措辞对照北京城市副中心标出差异。`,
    );
    // 成都's words are diffed against 北京's, and say so to screen readers; 北京's stand plain.
    const firstBoth = page.page.locator('#pair-both .cc-row').first();
    expect(await firstBoth.locator('.cc-cell[data-region="beijing"] :is(ins, del)').count()).toBe(0);
    const marks = firstBoth.locator('.cc-cell[data-region="chengdu"] :is(ins, del)');
    if ((await marks.count()) > 0) expect(await marks.first().getAttribute('data-against')).toBe('北京');
    // A measure found in 北京's plan only says, in 成都's column, that it was not found there.
    if (onlyA.length) expect(await page.page.locator(`#${onlyA[0].id} .cc-cell[data-region="chengdu"] .cc-none`).textContent()).toBe('未找到相近表述');
    expect(await visibleRegions('.cc-own')).toEqual(['beijing', 'chengdu']);
  });

  it('the pair chooser carries any two pilots into every domain link and the whole plans, swaps them, and keeps them in the address', async () => {
    await page.page.goto(`${page.url}compare/`);
    await page.page.locator('.pair-select[name="a"]').selectOption('hefei');
    await page.page.locator('.pair-select[name="b"]').selectOption('chongqing');
    expect(await query()).toBe('?pilots=hefei,chongqing');
    expect(await page.page.locator('.pair-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([...DOMAINS.map((d) => `/compare/${d.slug}/?pilots=hefei,chongqing`), '/compare/measures/?pilots=hefei,chongqing']);
    await page.page.locator('.pair-select[name="a"]').selectOption('chongqing');
    expect(await query()).toBe('?pilots=chongqing,hefei');
    await page.page.locator('.pair-swap').click();
    expect(await query()).toBe('?pilots=hefei,chongqing');
    expect(await page.page.locator('.pair-names').textContent()).toBe('合肥都市圈与重庆市');
  });

  it('/compare/ shows all ten pilots against the domains without a scroll box, each cell counting what the model holds', async () => {
    await page.page.goto(`${page.url}compare/`);
    const cells = await page.page.locator('table.matrix-domains tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent!.replace(/\s+/g, ' ').trim() }))));
    expect(cells).toHaveLength(7);
    DOMAINS.forEach((d, i) => {
      expect(cells[i].map((c) => c.href)).toEqual(REGIONS.map((r) => `/compare/${d.slug}/?pilots=${r.slug}`));
      const counts = REGIONS.map((r) => `举措 ${measuresIn(comparison, d.slug).filter((m) => m.pilots.includes(r.slug)).length} 未找到 ${ownParts(comparison, r.slug, d.slug).length}`);
      expect(cells[i].map((cell) => cell.text.replace(/^\S+ (?=举措)/, ''))).toEqual(counts);
    });
    const scrollers = await page.page.locator('main *').evaluateAll((els) => els.filter((e) => /auto|scroll/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1).map((e) => e.className));
    expect(scrollers).toEqual([]);
    expect(await page.page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.viewport.width);
    await page.page.locator('table.matrix-domains tbody tr').nth(1).locator('td a').nth(3).click();
    await page.page.waitForURL((u) => u.pathname === '/compare/land/' && u.search === '?pilots=hefei');
  });

  it('keeps the chosen pilots in the address: set, reloaded, shared, bad values ignored, swapped, cleared', async () => {
    await page.page.goto(`${page.url}compare/land/?pilots=chengdu,nowhere,beijing,chengdu,%3Cscript%3E`);
    await page.page.locator('.cc.cc-cols').waitFor();
    expect(await query()).toBe('?pilots=chengdu,beijing');
    expect(await page.page.locator('.cc-heads span').allTextContents()).toEqual(['成都市', '北京城市副中心']);
    await page.page.reload();
    expect(await page.page.locator('.cc-heads span').allTextContents()).toEqual(['成都市', '北京城市副中心']);
    await page.page.locator('.cc-boxes input[value="hefei"]').check();
    expect(await query()).toBe('?pilots=chengdu,beijing,hefei');
    await page.page.locator('.cc-swap').click();
    expect(await query()).toBe('?pilots=hefei,beijing,chengdu');
    await page.page.locator('.cc-boxes input[value="sunan"]').check();
    expect(await page.page.locator('.cc-boxes input[value="dawanqu"]').isDisabled()).toBe(true);
    await page.page.locator('.cc-boxes input[value="sunan"]').uncheck();
    await page.page.locator('.cc-boxes input[value="hefei"]').uncheck();
    expect(await query()).toBe('?pilots=beijing,chengdu');
    await page.page.locator('.cc-boxes input[value="beijing"]').focus();
    await page.page.keyboard.press('Space');
    expect(await query()).toBe('?pilots=chengdu');
    await page.page.locator('.cc-all').click();
    expect(await query()).toBe('');
    expect(await page.page.locator('.cc.cc-cols').count()).toBe(0);
    expect(await visibleRegions('.cc-own')).toEqual(REGIONS.map((r) => r.slug));
    // Back to all: every wording is again marked against its measure's reference.
    expect(await page.page.locator('.cc-cell :is(ins, del)[data-against]').count()).toBe(0);
    // A malformed fragment breaks nothing.
    const errors: string[] = [];
    page.page.on('pageerror', (e) => errors.push(e.message));
    await page.page.goto(`${page.url}compare/land/?pilots=beijing,chengdu#%`);
    await page.page.locator('.cc.cc-cols').waitFor();
    expect(errors).toEqual([]);
  });

  it('collapses the measures none of the chosen pilots states, with their count, and opens them on request', async () => {
    await page.page.goto(`${page.url}compare/land/?pilots=beijing`);
    await page.page.locator('.cc.cc-cols').waitFor();
    const none = land.filter((m) => !has(m, 'beijing')).length;
    expect(await page.page.locator('.cc-row').evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).offsetParent !== null).length)).toBe(land.length - none);
    expect(await page.page.locator('.cc-off-count').textContent()).toBe(`另有${none}项共同举措在北京城市副中心的方案中未找到相近表述。`);
    await page.page.locator('.cc-show-off').click();
    expect(await page.page.locator('.cc-show-off').getAttribute('aria-expanded')).toBe('true');
    expect(await page.page.locator('.cc-row').evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).offsetParent !== null).length)).toBe(land.length);
  });

  it('lays two pilots side by side on any screen, and three or four one after the other on a phone; never wider than the screen', async () => {
    for (const path of ['compare/', 'compare/measures/', 'compare/land/', 'compare/land/?pilots=beijing,chengdu', 'compare/technology/?pilots=hefei,sunan,chongqing,dawanqu']) {
      await page.page.goto(page.url + path);
      expect(await page.page.evaluate(() => document.documentElement.scrollWidth), path).toBe(viewport.viewport.width);
    }
    await page.page.goto(`${page.url}compare/coordination/?pilots=beijing,sunan,hefei,chengdu`);
    await page.page.locator('.cc.cc-cols').waitFor();
    const row = page.page.locator('.cc-row:not(.cc-off)').filter({ has: page.page.locator('.cc-cell.cc-on:not(.cc-empty) >> nth=3') }).first();
    const four = await row.locator('.cc-cell.cc-on').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), left: Math.round(r.left) })));
    if (device === 'phone') {
      expect(new Set(four.map((b) => b.left)).size).toBe(1);
      expect(await page.page.locator('.cc-cell.cc-on .cc-pilot').first().isVisible()).toBe(true);
    } else {
      expect(new Set(four.map((b) => b.top)).size).toBe(1);
    }
  });

  it('prints the chosen pilots’ columns without the controls', async () => {
    await page.page.goto(`${page.url}compare/land/?pilots=beijing`);
    await page.page.locator('.cc.cc-cols').waitFor();
    await page.page.emulateMedia({ media: 'print' });
    expect(await page.page.locator('.cc-chooser').isVisible()).toBe(false);
    expect(await page.page.locator('header.header').isVisible()).toBe(false);
    expect(new Set(await visibleRegions('.cc-cell'))).toEqual(new Set(['beijing']));
    await page.page.emulateMedia({ media: 'screen' });
  });

  it('a long compare page lays out only what is near the screen, moves nothing on arrival, and still opens and prints every quote', async () => {
    // Every node the scripts move on arrival is counted: none may be a quote or a measure.
    const tab = await page.page.context().newPage();
    await watchMovesOnArrival(tab);
    for (const path of ['compare/land/', 'compare/measures/']) {
      await tab.goto(`${page.url}${path}`);
      await tab.locator(path.includes('land') ? '.cc-chooser:not([hidden])' : '.mm-controls:not([hidden])').waitFor();
      expect(await movedOnArrival(tab), path).toEqual([]);
      const skipped = await tab.evaluate(() => getComputedStyle(document.querySelector(location.pathname.includes('land') ? '.cc-cell' : '.mm-domain')!).contentVisibility);
      expect(skipped, path).toBe('auto');
    }
    // A measure far down the page, opened by its address, is on the screen, text and all.
    const last = land.at(-1)!;
    await tab.goto(`${page.url}compare/land/#${last.id}`);
    const heading = tab.locator(`#${last.id} h4`);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(viewport.viewport.height);
    expect(await tab.locator(`#${last.id} .cc-cell`).first().isVisible()).toBe(true);
    // Paper gets every quote laid out, not the size it was guessed at.
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('.cc-cell').first().evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
    await tab.goto(`${page.url}compare/measures/`);
    expect(await tab.locator('.mm-domain').first().evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('visible');
    await tab.close();
  });

  it('the measures table’s links are targets a finger can hit, in both languages (at least 24 px high, WCAG 2.5.8)', async () => {
    for (const path of ['compare/measures/', 'en/compare/measures/']) {
      await page.page.goto(`${page.url}${path}`);
      const heights = await page.page.locator('.mm td a').evaluateAll((as) => as.slice(0, 300).map((a) => a.getBoundingClientRect().height));
      expect(heights.length, path).toBeGreaterThan(100);
      expect(Math.min(...heights), path).toBeGreaterThanOrEqual(24);
    }
  });

  it('nothing moves as the compare pages’ controls arrive: each is laid out, saying what the page shows, before its script has run', async () => {
    // The page's scripts held back (scripting stays on): what the reader sees before they run.
    const tab = await page.page.context().newPage();
    await tab.route('**/_astro/*.js', (route) => route.abort());
    for (const [path, control, text] of [
      ['compare/', '.pair-pick', null],
      ['en/compare/', '.pair-pick', null],
      ['compare/land/', '.cc-chooser', null],
      ['en/compare/land/', '.cc-chooser', null],
      ['compare/measures/', '.mm-controls', `显示${comparison.measures.length}项举措。`],
      ['en/compare/measures/', '.mm-controls', `Showing ${comparison.measures.length} measures.`],
    ] as const) {
      await tab.goto(`${page.url}${path}`);
      const box = await tab.locator(control).boundingBox();
      expect(box?.height ?? 0, `${path} ${control}`).toBeGreaterThan(20);
      if (text) expect(await tab.locator('.mm-status').textContent(), path).toBe(text);
    }
    await tab.close();
  });

  it('the measures table filters by domain and topic, orders, and answers a pair across the whole plans; its state is in the address', async () => {
    await page.page.goto(`${page.url}compare/measures/`);
    const shownRows = () => page.page.locator('tr[data-regions]').evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.id));
    expect((await shownRows()).length).toBe(comparison.measures.length);
    await page.page.locator('select[name="domain"]').selectOption('land');
    expect(new Set(await shownRows())).toEqual(new Set(comparison.measures.filter((m) => m.domain === 'land').map((m) => m.id)));
    expect(await query()).toBe('?domain=land');
    await page.page.locator('select[name="domain"]').selectOption('');
    await page.page.locator('select[name="topic"]').selectOption('standard-land');
    expect(new Set(await shownRows())).toEqual(new Set(comparison.measures.filter((m) => m.topics.includes('standard-land')).map((m) => m.id)));
    await page.page.locator('select[name="topic"]').selectOption('');
    await page.page.locator('select[name="a"]').selectOption('beijing');
    await page.page.locator('select[name="b"]').selectOption('chengdu');
    expect(await query()).toBe('?pilots=beijing,chengdu');
    const pair = comparison.measures.filter((m) => m.pilots.includes('beijing') || m.pilots.includes('chengdu'));
    expect(new Set(await shownRows())).toEqual(new Set(pair.map((m) => m.id)));
    const both = pair.filter((m) => m.pilots.includes('beijing') && m.pilots.includes('chengdu')).length;
    expect(await page.page.locator('.mm-status').textContent()).toContain(`北京城市副中心与成都市：${both}项两者都有`);
    await page.page.reload();
    expect(await page.page.locator('select[name="b"]').inputValue()).toBe('chengdu');
    expect(await page.page.locator('.mm tbody th a').first().getAttribute('href')).toMatch(/\?pilots=beijing,chengdu#/);
  });

  it('a clause page says, sentence by sentence, what other pilots state too and what was not found elsewhere, and lists the clauses that state the same measures', async () => {
    const clause = clauseById.get('hefei-20')!;
    await page.page.goto(`${page.url}hefei/20/`);
    const items = page.page.locator('.related .similar > li');
    expect(await items.count()).toBe(Math.min(5, clause.similar.length));
    const first = clauseById.get(clause.similar[0].clause)!;
    expect(await items.first().textContent()).toContain(`共同举措${clause.similar[0].measures.length}项`);
    expect(await items.first().locator('a').getAttribute('href')).toBe(`/${first.region}/${first.number}/`);
    const sharing = (await page.page.locator('.sharing').textContent())!;
    expect(sharing).toContain('另见');
    expect(sharing).not.toMatch(/无此项|特有/);
    await items.first().locator('a').click();
    await page.page.waitForURL((u) => u.pathname === `/${first.region}/${first.number}/`);
  });
});
