// The comparison in English, as an English reader uses it: every measure of a domain on its English
// page under the Chinese page's anchor, by its reviewed English name, each pilot's quotation as the
// reviewed English of its sentence (linking that sentence) with the Chinese words beside it; what was
// not found elsewhere said as not found, never as lacking; /en/compare/ opens Beijing against Chengdu
// on land in one click, in three true groups, said in English; the measures table filters in
// English; no Chinese word outside a lang="zh-CN" element, even in what the scripts write; hreflang
// and the language switch keep the place, the chosen pilots included; links only to pages that
// exist; the layout holds on a phone; it works without JavaScript. The oracles are the reviewed files
// (seeds/measures/, seeds/translations/en/) and the model, never the page's own code.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { measuresIn, ownParts } from '../../src/model/measures.ts';
import type { SiteModel } from '../../src/model/site-model.ts';
import { DOMAINS, REGIONS } from '../../src/model/tables.ts';
import { DIST, movedOnArrival, readPage, ROOT, siteOn, VIEWPORTS, watchMovesOnArrival } from './support.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src/content/model.json'), 'utf8')) as SiteModel;
const { comparison } = site;
const clauses = new Map(site.model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses)).map((c) => [c.id, c]));
const enHref = (q: { clause: string; sentence: number }) => `/en/${clauses.get(q.clause)!.region}/${clauses.get(q.clause)!.number}/#s${q.sentence}`;
const shortEn = new Map(REGIONS.map((r) => [r.slug, r.shortEn]));

/** The reviewed English names of the measures (seeds/measures/*.yaml, `en`). */
const nameEn = new Map(
  readdirSync(join(ROOT, 'seeds/measures'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => (parseYaml(readFileSync(join(ROOT, 'seeds/measures', f), 'utf8')) as { measures: { id: string; en: string }[] }).measures.map((m): [string, string] => [m.id, m.en])),
);
/** The reviewed English of each sentence (seeds/translations/en/{region}.yaml), by clause id and 1-based sentence. */
const translations = new Map<string, string[]>();
for (const r of REGIONS) {
  const file = join(ROOT, 'seeds/translations/en', `${r.slug}.yaml`);
  if (!existsSync(file)) continue;
  const doc = parseYaml(readFileSync(file, 'utf8')) as { clauses: Record<string, { en: string }[]> };
  for (const [id, sentences] of Object.entries(doc.clauses)) translations.set(id, sentences.map((s) => s.en));
}
const sentenceEn = (q: { clause: string; sentence: number }) => translations.get(q.clause)![q.sentence - 1];

const PAGES = ['/en/compare/', '/en/compare/measures/', ...DOMAINS.map((d) => `/en/compare/${d.slug}/`)];
const attr = (n: Node, name: string) => (n.attributes as Record<string, string> | undefined)?.[name];
const classes = (n: Node) => (attr(n, 'class') ?? '').split(' ');
const decode = (s: string) =>
  s.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|#39);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e],
  );
const text = (n: Node): string => (n.type === TEXT_NODE ? decode(n.value) : (n.children ?? []).map(text).join(''));
const within = (n: Node, test: (e: Node) => boolean): Node[] => {
  const found: Node[] = [];
  const walk = (x: Node) => {
    if (x.type === ELEMENT_NODE && test(x)) found.push(x);
    for (const c of x.children ?? []) walk(c);
  };
  for (const c of n.children ?? []) walk(c);
  return found;
};
const byClass = (name: string) => (e: Node) => classes(e).includes(name);
const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

describe('the English compare pages', () => {
  it('exist for /compare/, every domain and the measures table, in English', () => {
    for (const path of PAGES) {
      const { elements } = readPage(path);
      expect(attr(elements.find((e) => e.name === 'html')!, 'lang'), path).toBe('en');
    }
  });

  it('show every measure of a domain under the Chinese page’s anchor, by its reviewed English name, each pilot’s sentence in English, linked, with its Chinese words', () => {
    for (const d of DOMAINS) {
      const { elements } = readPage(`/en/compare/${d.slug}/`);
      const rows = elements.filter((e) => e.name === 'section' && classes(e).includes('cc-row'));
      const chineseRows = readPage(`/compare/${d.slug}/`).elements.filter((e) => e.name === 'section' && classes(e).includes('cc-row'));
      expect(rows.map((r) => attr(r, 'id')), d.slug).toEqual(chineseRows.map((r) => attr(r, 'id')));
      const measures = measuresIn(comparison, d.slug);
      expect(rows.map((r) => attr(r, 'id')), d.slug).toEqual(measures.map((m) => m.id));
      for (const [i, m] of measures.entries()) {
        const row = rows[i];
        expect(text(within(row, (e) => e.name === 'h4')[0]), m.id).toBe(nameEn.get(m.id));
        for (const region of m.pilots) {
          const cell = within(row, (e) => classes(e).includes('cc-cell') && attr(e, 'data-region') === region)[0];
          expect(text(within(cell, byClass('cc-pilot'))[0]), `${m.id} ${region}`).toBe(shortEn.get(region));
          const quotes = m.cells.filter((c) => c.region === region);
          // One English sentence for the quotes of one sentence, each quote's Chinese beside it, in order.
          const sentences = [...new Map(quotes.map((q) => [`${q.clause}#${q.sentence}`, q])).values()];
          const says = within(cell, byClass('cc-says'));
          expect(says.map((s) => text(within(s, byClass('cc-en'))[0])), `${m.id} ${region}`).toEqual(sentences.map(sentenceEn));
          expect(says.map((s) => attr(within(s, byClass('cc-ref'))[0], 'href')), `${m.id} ${region}`).toEqual(sentences.map(enHref));
          const zh = says.flatMap((s) => within(s, byClass('cc-zh')));
          expect(zh.every((z) => attr(z, 'lang') === 'zh-CN'), `${m.id} ${region}`).toBe(true);
          expect(zh.flatMap((z) => within(z, byClass('cc-text')).map(text)), `${m.id} ${region}`).toEqual(quotes.map((q) => q.text));
        }
      }
    }
  });

  it('list what was not found in the other plans, pilot by pilot, in English with the Chinese words and the nearest candidates; never that a plan lacks it', () => {
    for (const d of DOMAINS) {
      const { elements, html } = readPage(`/en/compare/${d.slug}/`);
      for (const r of REGIONS) {
        const section = elements.find((e) => attr(e, 'id') === `own-${r.slug}`)!;
        const parts = ownParts(comparison, r.slug, d.slug);
        expect(text(within(section, (e) => e.name === 'h3')[0]), `${d.slug} ${r.slug}`).toMatch(new RegExp(`\\(${count(parts.length, 'passage')}\\)$`));
        const shown = within(section, (e) => e.name === 'span' && classes(e).includes('cc-text'));
        expect(shown.map((s) => [text(s), attr(s, 'lang')]), `${d.slug} ${r.slug}`).toEqual(parts.map((p) => [p.text, 'zh-CN']));
        const items = within(section, (e) => e.name === 'li');
        const sentences = [...new Map(parts.map((p) => [`${p.clause}#${p.sentence}`, p])).values()];
        expect(items.map((li) => text(within(li, byClass('cc-en'))[0])), `${d.slug} ${r.slug}`).toEqual(sentences.map(sentenceEn));
        expect(items.map((li) => attr(within(li, byClass('cc-ref'))[0], 'href')), `${d.slug} ${r.slug}`).toEqual(sentences.map(enHref));
      }
      const near = elements.filter(byClass('cc-near'));
      expect(near.length, d.slug).toBe(comparison.own.filter((p) => p.domain === d.slug && p.nearest.length > 0).length);
      for (const n of near) expect(text(n), d.slug).toMatch(/^Nearest: \S.* \(\d+%\)$/);
      for (const rest of elements.filter(byClass('cc-rest'))) expect(text(rest), d.slug).toMatch(/^Not found in the plans? of /);
      // “Lack” and “absent” only where the page says that it does not claim them.
      const prose = decode(html.replace(/<[^>]+>/g, ''));
      for (const m of prose.matchAll(/\b(lacks?|lacking|absent|missing)\b/gi)) expect(prose.slice(Math.max(0, m.index - 40), m.index), `${d.slug}: “${m[0]}”`).toMatch(/\b(not|never)\b/);
      expect(html, d.slug).toContain('Not found in the other plans');
    }
  });

  it('point out that wording differences are marked on the Chinese page, and mark none themselves', () => {
    for (const d of DOMAINS) {
      const { elements } = readPage(`/en/compare/${d.slug}/`);
      expect(elements.filter((e) => e.name === 'ins' || e.name === 'del'), d.slug).toEqual([]);
      const link = elements.find((e) => e.name === 'a' && text(e) === 'Chinese page');
      expect(link && [attr(link, 'href'), attr(link, 'hreflang')], d.slug).toEqual([`/compare/${d.slug}/`, 'zh-CN']);
    }
  });

  it('and their Chinese pages point to each other with hreflang alternates', () => {
    const alternates = (p: string) => Object.fromEntries(readPage(p).elements.filter((e) => e.name === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang')).map((e) => [attr(e, 'hreflang'), attr(e, 'href')]));
    for (const path of PAGES) {
      const zh = path.replace(/^\/en\//, '/');
      expect(alternates(path), path).toEqual({ en: path, 'zh-CN': zh, 'x-default': zh });
      expect(alternates(zh), zh).toEqual({ en: path, 'zh-CN': zh, 'x-default': zh });
    }
  });

  it('link only to pages and anchors that exist, in English unless the link says it leads to Chinese', () => {
    const problems: string[] = [];
    for (const path of PAGES) {
      for (const a of readPage(path).elements.filter((e) => e.name === 'a' && attr(e, 'href'))) {
        const url = new URL(decode(attr(a, 'href')!), `https://site.test${path}`);
        if (url.origin !== 'https://site.test') continue;
        const file = join(DIST, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
        if (!existsSync(file)) {
          problems.push(`${path}: ${url.pathname} does not exist`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && file.endsWith('.html') && !readFileSync(file, 'utf8').includes(` id="${id}"`)) problems.push(`${path}: ${url.pathname} has no #${id}`);
        const english = url.pathname.startsWith('/en/') || /^\/(data|pdf)\//.test(url.pathname) || url.pathname === path;
        if (!english && attr(a, 'hreflang') !== 'zh-CN') problems.push(`${path}: ${url.pathname} is a Chinese page, linked without hreflang="zh-CN"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are linked from the English sidebar, home, about, annex and clause pages, no longer “in Chinese”', () => {
    for (const path of ['/en/', '/en/about/', '/en/hefei/', '/en/hefei/20/']) {
      const { elements, html } = readPage(path);
      expect(html, path).not.toContain('(in Chinese)');
      const compare = elements.filter((e) => e.name === 'a' && /^\/(en\/)?compare\//.test(attr(e, 'href') ?? ''));
      expect(compare.length, path).toBeGreaterThan(0);
      for (const a of compare) expect(attr(a, 'href'), path).toMatch(/^\/en\/compare\//);
    }
    const sidebar = readPage('/en/compare/land/').elements.find((e) => e.name === 'a' && text(e) === 'Compare the pilots' && attr(e, 'aria-current'));
    expect(sidebar && [attr(sidebar, 'href'), attr(sidebar, 'aria-current')]).toEqual(['/en/compare/', 'true']);
  });
});

describe.each(Object.entries(VIEWPORTS))('comparing pilots in English (%s)', (_device, viewport) => {
  const site = siteOn(viewport, { locale: 'en-GB' });
  const query = () => site.page.evaluate(() => decodeURIComponent(location.search));
  const land = measuresIn(comparison, 'land');
  const has = (m: (typeof land)[number], r: string) => m.pilots.includes(r);
  /** Text nodes with Han characters outside any lang="zh…" element, among what is shown (scripts' words included). */
  const leaks = () =>
    site.page.evaluate(() => {
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!/\p{Script=Han}/u.test(n.nodeValue ?? '') || el.closest('[lang^="zh"], script, style, template, [aria-hidden="true"]')) continue;
        bad.push(`${el.className || el.tagName}: ${(n.nodeValue ?? '').trim().slice(0, 30)}`);
      }
      return bad;
    });

  it('answers “how do Beijing and Chengdu differ on land?” in one click from /en/compare/, in three true groups, said in English', async () => {
    await site.page.goto(`${site.url}en/compare/`);
    const link = site.page.locator('.pair-links a', { hasText: 'Land factor' });
    expect(await link.getAttribute('href')).toBe('/en/compare/land/?pilots=beijing,chengdu');
    await link.click();
    await site.page.waitForURL((u) => u.pathname === '/en/compare/land/');
    expect(await query()).toBe('?pilots=beijing,chengdu');
    await site.page.locator('.cc.cc-pair').waitFor();
    const both = land.filter((m) => has(m, 'beijing') && has(m, 'chengdu'));
    const onlyA = land.filter((m) => has(m, 'beijing') && !has(m, 'chengdu'));
    const onlyB = land.filter((m) => !has(m, 'beijing') && has(m, 'chengdu'));
    const neither = land.length - both.length - onlyA.length - onlyB.length;
    const rowsIn = (kind: string) => site.page.locator(`#pair-${kind} .cc-row`).evaluateAll((rs) => rs.map((r) => r.id));
    expect(await rowsIn('both')).toEqual(both.map((m) => m.id));
    expect(await rowsIn('first')).toEqual(onlyA.map((m) => m.id));
    expect(await rowsIn('second')).toEqual(onlyB.map((m) => m.id));
    expect(await site.page.locator('.cc-pair-group h3').allTextContents()).toEqual([`In both (${count(both.length, 'measure')})`, `Found only in Beijing’s plan (${count(onlyA.length, 'measure')})`, `Found only in Chengdu’s plan (${count(onlyB.length, 'measure')})`]);
    expect(await site.page.locator('.cc-status').textContent()).toBe(
      `Beijing and Chengdu: ${count(both.length, 'measure')} in both; ${onlyA.length} found only in Beijing’s plan, ${onlyB.length} only in Chengdu’s${neither ? `; ${neither} more, stated by other pilots and found in neither plan, collapsed` : ''}.`,
    );
    expect(await site.page.locator('.cc-off-count').textContent()).toBe(`${count(neither, 'more shared measure')} ${neither === 1 ? 'was' : 'were'} not found in either plan.`);
    expect(await site.page.locator('.cc-heads span').allTextContents()).toEqual(['Beijing', 'Chengdu']);
    // No wording is diffed in English; a measure found in Beijing’s plan only says so in Chengdu’s column.
    expect(await site.page.locator('.cc :is(ins, del)').count()).toBe(0);
    if (onlyA.length) expect(await site.page.locator(`#${onlyA[0].id} .cc-cell[data-region="chengdu"] .cc-none`).textContent()).toBe('Not found in this plan');
    expect(await site.page.locator('.cc-owns-note').textContent()).toBe('Showing only what was not found elsewhere for Beijing and Chengdu; “Show all pilots” shows every pilot’s.');
    await site.page.locator('.cc-show-off').click();
    expect(await site.page.locator('.cc-show-off').textContent()).toBe('Hide them');
    expect(await leaks()).toEqual([]);
    await site.page.locator('.cc-all').click();
    expect(await query()).toBe('');
    expect(await site.page.locator('.cc-status').textContent()).toBe('Showing all 10 pilots. Tick one pilot to see its measures, two to compare them measure by measure, or up to four to set side by side.');
  });

  it('one pilot alone, and four, said in English with singular and plural right', async () => {
    await site.page.goto(`${site.url}en/compare/land/?pilots=beijing`);
    await site.page.locator('.cc.cc-cols').waitFor();
    const states = land.filter((m) => has(m, 'beijing')).length;
    const none = land.length - states;
    expect(await site.page.locator('.cc-status').textContent()).toBe(`Beijing only: it states ${states} of the shared measures; ${count(none, 'other')} ${none === 1 ? 'was' : 'were'} not found in its plan and ${none === 1 ? 'is' : 'are'} collapsed.`);
    expect(await site.page.locator('.cc-off-count').textContent()).toBe(`${count(none, 'more shared measure')} ${none === 1 ? 'was' : 'were'} not found in Beijing’s plan.`);
    expect(await site.page.locator('.cc-show-off').textContent()).toBe('Show them');
    await site.page.goto(`${site.url}en/compare/technology/?pilots=hefei,sunan,chongqing,dawanqu`);
    await site.page.locator('.cc.cc-n4').waitFor();
    expect(await site.page.locator('.cc-status').textContent()).toMatch(/^Hefei, S\. Jiangsu, Chongqing and Bay Area: \d+ shared measures? stated by all of them, \d+ found in only some of their plans(; \d+ found in none of them, collapsed)?\.$/);
    expect(await leaks()).toEqual([]);
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.viewport.width);
  });

  it('the pair chooser on /en/compare/ names the pair in English and carries it into every English link', async () => {
    await site.page.goto(`${site.url}en/compare/`);
    await site.page.locator('.pair-select[name="a"]').selectOption('hefei');
    await site.page.locator('.pair-select[name="b"]').selectOption('chongqing');
    expect(await query()).toBe('?pilots=hefei,chongqing');
    expect(await site.page.locator('.pair-names').textContent()).toBe('Hefei and Chongqing');
    expect(await site.page.locator('.pair-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([...DOMAINS.map((d) => `/en/compare/${d.slug}/?pilots=hefei,chongqing`), '/en/compare/measures/?pilots=hefei,chongqing']);
    const cells = await site.page.locator('table.matrix-domains tbody tr').first().locator('td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(cells).toEqual(REGIONS.map((r) => `/en/compare/technology/?pilots=${r.slug}`));
    expect(await leaks()).toEqual([]);
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.viewport.width);
  });

  it('the measures table filters by factor and topic and answers a pair, in English; its state is in the address', async () => {
    await site.page.goto(`${site.url}en/compare/measures/`);
    const shownRows = () => site.page.locator('tr[data-regions]').evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.id));
    expect(await site.page.locator('.mm-status').textContent()).toBe(`Showing ${comparison.measures.length} measures.`);
    await site.page.locator('select[name="domain"]').selectOption('land');
    const landOwn = comparison.measures.filter((m) => m.domain === 'land');
    expect(new Set(await shownRows())).toEqual(new Set(landOwn.map((m) => m.id)));
    expect(await site.page.locator('.mm-status').textContent()).toBe(`Showing ${landOwn.length} measures.`);
    expect(await query()).toBe('?domain=land');
    await site.page.locator('select[name="domain"]').selectOption('');
    expect(await site.page.locator('select[name="topic"] option[value="standard-land"]').textContent()).toBe('Standard land');
    await site.page.locator('select[name="topic"]').selectOption('standard-land');
    const topical = comparison.measures.filter((m) => m.topics.includes('standard-land'));
    expect(new Set(await shownRows())).toEqual(new Set(topical.map((m) => m.id)));
    expect(await site.page.locator('.mm-status').textContent()).toMatch(new RegExp(`^Showing ${count(topical.length, 'measure')}\\. Topic “Standard land”: the clauses of \\d+ pilots? mention it, and the quotations of the measures below hold its identifying phrases\\.$`));
    await site.page.locator('select[name="topic"]').selectOption('');
    await site.page.locator('select[name="a"]').selectOption('beijing');
    await site.page.locator('select[name="b"]').selectOption('chengdu');
    expect(await query()).toBe('?pilots=beijing,chengdu');
    const pair = comparison.measures.filter((m) => m.pilots.includes('beijing') || m.pilots.includes('chengdu'));
    const both = pair.filter((m) => m.pilots.includes('beijing') && m.pilots.includes('chengdu')).length;
    const first = pair.filter((m) => !m.pilots.includes('chengdu')).length;
    expect(new Set(await shownRows())).toEqual(new Set(pair.map((m) => m.id)));
    expect(await site.page.locator('.mm-status').textContent()).toBe(
      `Showing ${count(pair.length, 'measure')}. Beijing and Chengdu: ${both} in both, ${first} found only in Beijing’s plan, ${pair.length - both - first} only in Chengdu’s; ${comparison.measures.length - pair.length} more, stated by other pilots and found in neither plan, not listed. Open a measure’s name to read both pilots’ sentences.`,
    );
    expect(await site.page.locator('.mm tbody th a').first().getAttribute('href')).toMatch(/^\/en\/compare\/[a-z]+\/\?pilots=beijing,chengdu#/);
    // Each cell links the English sentence that states the measure, by clause and sentence.
    const cell = site.page.locator('.mm tbody td a').first();
    expect(await cell.getAttribute('href')).toMatch(/^\/en\/[a-z]+\/\d+\/#s\d+$/);
    expect(await cell.evaluate((a) => [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''))).toMatch(/^\(\d+\) s\. \d+$/);
    expect(await leaks()).toEqual([]);
    await site.page.reload();
    expect(await site.page.locator('select[name="b"]').inputValue()).toBe('chengdu');
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.viewport.width);
  });

  it('the language switch and the notice’s link keep the place, the chosen pilots included, both ways', async () => {
    const measure = land.find((m) => has(m, 'beijing') && has(m, 'chengdu'))!.id;
    await site.page.goto(`${site.url}compare/land/?pilots=beijing,chengdu#${measure}`);
    await site.page.locator('.lang-switch').click();
    await site.page.waitForURL((u) => u.pathname === '/en/compare/land/' && u.search === '?pilots=beijing,chengdu' && u.hash === `#${measure}`);
    await site.page.locator('.cc.cc-pair').waitFor();
    expect(await site.page.locator(`#${measure}`).isVisible()).toBe(true);
    await site.page.locator('.lang-switch').click();
    await site.page.waitForURL((u) => u.pathname === '/compare/land/' && u.search === '?pilots=beijing,chengdu' && u.hash === `#${measure}`);
    await site.page.goto(`${site.url}en/compare/measures/?domain=data&pilots=hefei,chengdu`);
    await site.page.locator('.unofficial a').click();
    await site.page.waitForURL((u) => u.pathname === '/compare/measures/' && u.search === '?domain=data&pilots=hefei,chengdu');
    expect(await site.page.locator('select[name="domain"]').inputValue()).toBe('data');
    // Elsewhere the query stays behind: a Chinese search is not an English one.
    await site.page.goto(`${site.url}search/?q=${encodeURIComponent('土地')}`);
    await site.page.locator('.lang-switch').click();
    await site.page.waitForURL((u) => u.pathname === '/en/search/' && u.search === '');
  });

  it('keeps the recent performance work: quotes laid out near the screen only, nothing moved on arrival', async () => {
    const tab = await site.page.context().newPage();
    await watchMovesOnArrival(tab);
    for (const [path, ready, lazy] of [
      ['en/compare/land/', '.cc-chooser:not([hidden])', '.cc-cell'],
      ['en/compare/measures/', '.mm-controls:not([hidden])', '.mm-domain'],
    ]) {
      await tab.goto(`${site.url}${path}`);
      await tab.locator(ready).waitFor();
      expect(await movedOnArrival(tab), path).toEqual([]);
      expect(await tab.locator(lazy).first().evaluate((el) => getComputedStyle(el).contentVisibility), path).toBe('auto');
    }
    await tab.close();
  });

  it('works without JavaScript: every measure with every pilot, no chooser', async () => {
    const context = await site.page.context().browser()!.newContext({ ...viewport, javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${site.url}en/compare/land/?pilots=beijing,chengdu`);
    expect(await page.locator('.cc-chooser').isVisible()).toBe(false);
    expect(await page.locator('.cc-row').count()).toBe(land.length);
    expect(await page.locator('.cc-row .cc-cell').count()).toBe(land.reduce((n, m) => n + m.pilots.length, 0));
    expect(await page.locator('.cc-own').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(REGIONS.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.viewport.width);
    await context.close();
  });
});
