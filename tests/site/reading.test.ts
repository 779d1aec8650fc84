// Reading comfort, as a reader meets it on a phone and a desktop: titles that never break inside a
// word, text that starts on the first screen, a citation that opens where it can be read, a bar
// that says where one is on long pages, the way back to the top by keyboard, a legend for every
// mark in the text, links in the theme's colours, and axe on the new states in light and dark.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/model/tables.ts';
import { breakOffsets } from '../../src/model/words.ts';
import { axeViolations, siteOn, VIEWPORTS } from './support.ts';

/** Everything that is a title: headings, and the titles that lists, breadcrumbs and pagers repeat. */
const TITLES = 'h1, h2, h3, h4, .breadcrumb li, .toc-list a, .annex-toc a, .pager-title, .similar > li > a, .print-toc a, .letter-annexes a, .domain-section, .topic-list > li > a';

/** Pages of every kind, and of each kind those with the longest titles. */
const TITLE_PAGES = [
  '',
  'letter/',
  ...REGIONS.map((r) => `${r.slug}/`),
  'hefei/20/',
  'dawanqu/9/',
  'sunan/21/',
  'chongqing/8/',
  'domains/',
  'domains/land/',
  'domains/coordination/',
  'topics/',
  'topics/standard-land/',
  'topics/new-fields-factor-guarantee/',
  'print/',
  'about/',
  'beijing/99/',
];

/** For each visible title on the page: its text and the offsets at which its lines start (after the first). */
function lineStarts(page: Page): Promise<{ text: string; starts: number[] }[]> {
  return page.evaluate((selector) => {
    const out: { text: string; starts: number[] }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const starts: number[] = [];
      let offset = 0;
      let lineTop: number | null = null;
      let lineHeight = 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const range = document.createRange();
        for (let i = 0; i < node.data.length; i++, offset++) {
          if (/\s/.test(node.data[i])) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          if (lineTop === null) {
            [lineTop, lineHeight] = [rect.top, rect.height];
          } else if (rect.top > lineTop + lineHeight / 2) {
            starts.push(offset);
            [lineTop, lineHeight] = [rect.top, rect.height];
          }
        }
      }
      out.push({ text: el.textContent ?? '', starts });
    }
    return out;
  }, TITLES);
}

/** Where the context bar reads: a fifth of the way down the screen below the bar (site/page-context.ts). */
const readingLine = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.page-context')!.getBoundingClientRect().bottom;
    return bar + (innerHeight - bar) / 5;
  });

/** Waits until the context bar has caught up with the last scroll. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe.each(Object.entries(VIEWPORTS))('reading (%s)', (device, viewport) => {
  const site = siteOn(viewport);
  const height = viewport.viewport.height;

  it('never breaks a title inside a word, on every kind of page', async () => {
    const wrong: string[] = [];
    let titles = 0;
    let wrapped = 0;
    for (const path of TITLE_PAGES) {
      await site.page.goto(site.url + path);
      for (const { text, starts } of await lineStarts(site.page)) {
        titles++;
        if (starts.length > 0) wrapped++;
        const allowed = new Set(breakOffsets(text));
        for (const s of starts) if (!allowed.has(s)) wrong.push(`/${path}: ${text.slice(0, s)} / ${text.slice(s)}`);
      }
    }
    expect(wrong).toEqual([]);
    // The check means something: many titles, and on a phone many of them on more than one line.
    expect(titles).toBeGreaterThan(1000);
    expect(wrapped).toBeGreaterThan(device === 'phone' ? 100 : 30);
  });

  it('starts the text on the first screen: the first clause of every annex, and a clause page’s text', async () => {
    for (const r of REGIONS) {
      await site.page.goto(`${site.url}${r.slug}/`);
      const bottom = await site.page.locator('article.clause h3').first().evaluate((h) => h.getBoundingClientRect().bottom);
      expect(bottom, r.slug).toBeLessThan(height);
    }
    await site.page.goto(`${site.url}dawanqu/9/`);
    const top = await site.page.locator('.clause-text').evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeLessThan(height / 2);
  });

  it('opens the citation where it can be read and copied without scrolling', async () => {
    await site.page.goto(`${site.url}hefei/20/`);
    await site.page.locator('.cite-panel summary').click();
    await site.page.locator('#cite-style').waitFor();
    for (const selector of ['.cite-output', '.cite-copy', '#cite-style']) {
      const box = await site.page.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      expect(box.top, selector).toBeGreaterThanOrEqual(0);
      expect(box.bottom, selector).toBeLessThanOrEqual(height);
    }
    if (device === 'phone') {
      // A sheet at the foot of the screen, closed with its button; focus returns to the summary.
      expect(await site.page.locator('.cite-body').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
      await site.page.locator('.cite-close').click();
      expect(await site.page.locator('.cite-panel').getAttribute('open')).toBeNull();
      expect(await site.page.evaluate(() => document.activeElement?.matches('.cite-panel summary'))).toBe(true);
    }
  });

  it('says which pilot one is reading after scrolling to the middle of a domain page', async () => {
    await site.page.goto(`${site.url}domains/land/`);
    expect(await site.page.locator('.ctx-here').textContent()).toBe('本页目录');
    await site.page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2 - innerHeight / 2));
    await settle(site.page);
    const line = await readingLine(site.page);
    const expected = await site.page.evaluate(
      (y) => [...document.querySelectorAll('section.domain-region')].filter((s) => s.getBoundingClientRect().top <= y).at(-1)!.querySelector('h2')!.textContent,
      line,
    );
    expect(expected).toMatch(/^附件\d+ /);
    expect(await site.page.locator('.ctx-where').textContent()).toBe('土地要素');
    expect(await site.page.locator('.ctx-here').textContent()).toBe(expected);
    if (device === 'desktop') expect(await site.page.locator('.page-toc a[aria-current="true"]').textContent()).toBe(expected);
    // On an annex page the bar names the part and the clause.
    await site.page.goto(`${site.url}hefei/#clause-7`);
    await settle(site.page);
    expect(await site.page.locator('.ctx-where').textContent()).toBe('附件4 合肥都市圈二、进一步提高土地要素配置效率');
    expect(await site.page.locator('.ctx-part').textContent()).toBe('二、进一步提高土地要素配置效率');
    expect(await site.page.locator('.ctx-here').textContent()).toBe('（七）提升土地节约集约利用水平');
  });

  it('goes back to the top from the bar on a narrow screen, covering no text, focus following; at the foot elsewhere', async () => {
    await site.page.goto(`${site.url}domains/land/`);
    if (device === 'phone') {
      const toTop = site.page.locator('.ctx-top');
      expect(await toTop.isVisible()).toBe(false); // not needed at the top of the page
      await site.page.locator('main article.clause h3 a').last().focus();
      await settle(site.page);
      expect(await site.page.evaluate(() => scrollY)).toBeGreaterThan(height);
      expect(await toTop.isVisible()).toBe(true);
      // In the bar under the header, over no text: nothing of the page's text is under it.
      const [button, bar] = await Promise.all([toTop.boundingBox(), site.page.locator('.page-context').boundingBox()]);
      expect(button!.y).toBeGreaterThanOrEqual(bar!.y - 1);
      expect(button!.y + button!.height).toBeLessThanOrEqual(bar!.y + bar!.height + 1);
      expect(button!.width).toBeGreaterThanOrEqual(44);
      await toTop.focus();
      await site.page.keyboard.press('Enter');
      await expect.poll(() => site.page.evaluate(() => scrollY)).toBe(0);
      expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('_top');
      expect(new URL(site.page.url()).hash).toBe('');
    } else {
      // Beside the text, the contents are the way-finder, with their own link to the top; no button floats over the text.
      expect(await site.page.locator('.page-context').isVisible()).toBe(false);
      expect(await site.page.locator('.right-sidebar a[href="#_top"]').count()).toBeGreaterThan(0);
      const fixed = await site.page.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => getComputedStyle(el).position === 'fixed' && (el as HTMLElement).offsetWidth > 0).map((el) => el.className));
      expect(fixed).toEqual([]);
    }
    // Every page ends with a plain link to its title.
    await site.page.goto(`${site.url}hefei/20/`);
    expect(await site.page.locator('.site-footer .to-top').getAttribute('href')).toBe('#_top');
    expect(await site.page.locator('.site-footer .to-top').evaluate((el) => getComputedStyle(el).position)).toBe('static');
  });

  it('shows the contents column where it stays from the first paint of a long page, before its text has arrived', async () => {
    await site.page.goto(`${site.url}hefei/`);
    const column = site.page.locator('.right-sidebar-container');
    const whole = await column.boundingBox();
    // The page as a browser may paint it while the rest is still on its way: cut after the column,
    // which comes before the text.
    const html = await (await fetch(`${site.url}hefei/`)).text();
    const cut = html.slice(0, html.indexOf('</aside>') + '</aside>'.length);
    await site.page.route(`${site.url}hefei/`, (route) => route.fulfill({ body: cut, contentType: 'text/html' }));
    try {
      await site.page.goto(`${site.url}hefei/`);
      const early = await column.boundingBox();
      expect(early!.x).toBe(whole!.x);
    } finally {
      await site.page.unroute(`${site.url}hefei/`);
    }
  });

  it('lays out the whole document as it is reached when opened at its top, each clause holding its height; opened lower down, everything first', async () => {
    const tab = await site.page.context().newPage();
    await tab.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[]) w.shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const lazy = () => tab.evaluate(() => [document.documentElement.dataset.arrival ?? null, getComputedStyle(document.querySelector('.print-annex .clause')!).contentVisibility]);
    for (const path of ['print/', 'en/print/']) {
      await tab.goto(site.url + path);
      expect(await lazy(), path).toEqual(['top', 'auto']);
      // What each clause reserves against the height it takes once laid out, in lines: nine in ten within one and a half.
      const misses = await tab.evaluate(() => {
        const clauses = [...document.querySelectorAll<HTMLElement>('.print-annex .clause')];
        const reserved = clauses.map((c) => parseFloat(getComputedStyle(c).containIntrinsicHeight.replace('auto ', '')));
        for (const c of clauses) c.style.contentVisibility = 'visible';
        const line = parseFloat(getComputedStyle(clauses[0].querySelector('.clause-text')!).lineHeight);
        return clauses.map((c, i) => Math.abs(reserved[i] - c.getBoundingClientRect().height) / line).sort((a, b) => a - b);
      });
      expect(misses.length, path).toBe(210);
      expect(misses[105], path).toBeLessThanOrEqual(1);
      expect(misses[189], path).toBeLessThanOrEqual(1.5);
      expect(misses.at(-1), path).toBeLessThanOrEqual(5);
    }
    // Jumping from the contents to an annex far down: it comes to the top and stays there while
    // the clauses around it are laid out.
    await tab.goto(`${site.url}print/`);
    await tab.locator('.print-toc a[href="#annex-9"]').click();
    const tops = await tab.evaluate(async () => {
      const out: number[] = [];
      for (let i = 0; i < 6; i++) {
        await new Promise(requestAnimationFrame);
        out.push(Math.round(document.getElementById('annex-9')!.getBoundingClientRect().top));
      }
      return out;
    });
    expect(new Set(tops).size, tops.join(' ')).toBe(1);
    expect(tops[0]).toBeLessThan(height / 4);
    // Opened at a clause's address, or reloaded (the browser restores the place): everything is
    // laid out first, and nothing moves under the reader.
    await tab.goto('about:blank');
    await tab.goto(`${site.url}print/#zhengzhou-clause-16`);
    expect(await lazy()).toEqual([null, 'visible']);
    await tab.waitForTimeout(500);
    expect(await tab.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.001);
    const box = (await tab.locator('#zhengzhou-clause-16').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(height / 4);
    await tab.goto(`${site.url}print/`);
    await tab.reload();
    expect(await lazy()).toEqual([null, 'visible']);
    // Paper lays out every clause.
    await tab.goto(`${site.url}print/`);
    await tab.emulateMedia({ media: 'print' });
    expect(await lazy()).toEqual(['top', 'visible']);
    await tab.close();
  });

  it('lays out the page’s action buttons where they stay from the first paint, and shows none that cannot work without scripts', async () => {
    const buttons = '.page-actions :is(button, summary)';
    const boxes = (page: Page) =>
      page.locator(buttons).evaluateAll((els) =>
        els.filter((e) => e.getClientRects().length > 0).map((e) => {
          const { x, y, width, height } = e.getBoundingClientRect();
          return `${e.className || e.textContent}@${[x, y, width, height].map(Math.round).join(',')}`;
        }),
      );
    const browser = site.page.context().browser()!;
    const [before, off] = [await browser.newContext(viewport), await browser.newContext({ ...viewport, javaScriptEnabled: false })];
    // The page as it is painted before its scripts have run: scripts on, the site's modules not yet arrived.
    await before.route('**/_astro/*.js', (route) => route.abort());
    const [early, bare] = [await before.newPage(), await off.newPage()];
    for (const path of ['hefei/', 'en/hefei/', 'letter/', 'hefei/20/', 'domains/land/']) {
      await site.page.goto(site.url + path);
      await early.goto(site.url + path);
      expect(await boxes(early), path).toEqual(await boxes(site.page));
      await bare.goto(site.url + path);
      expect(await bare.locator('.cite-copy-link, .distinct-toggle, .parallel-toggle').evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length), path).toBe(0);
    }
    await Promise.all([before.close(), off.close()]);
  });

  it('opens a pilot or a domain from anywhere on its card, not only from its name', async () => {
    for (const [path, card, expected] of [
      ['', '.pilot-list li', '/beijing/'],
      ['domains/', '.domain-grid li', '/domains/technology/'],
    ] as const) {
      await site.page.goto(site.url + path);
      await site.page.locator(card).first().scrollIntoViewIfNeeded();
      const box = (await site.page.locator(card).first().boundingBox())!;
      // The card's far corner, away from its link text.
      await site.page.mouse.click(box.x + box.width - 6, box.y + box.height - 6);
      await site.page.waitForURL((u) => u.pathname === expected);
    }
  });

  it('keeps the chosen theme (light, dark, the system’s) across pages, set before the first paint', async () => {
    const context = await site.page.context().browser()!.newContext({ ...viewport, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}hefei/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.locator('#theme-select').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The next page is dark before any of its module scripts run: the choice is applied by the blocking script in <head>.
    await page.goto(`${site.url}hefei/7/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body !== null);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.waitForLoadState();
    expect(await page.locator('#theme-select').inputValue()).toBe('dark');
    await page.locator('#theme-select').selectOption('auto');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });

  it('opens the contents from the bar (a narrow screen) and jumps to a part, closing the list', async () => {
    await site.page.goto(`${site.url}topics/standard-land/`);
    if (device === 'desktop') {
      // One way-finder per width: the contents beside the text, no bar.
      expect(await site.page.locator('.page-context').isVisible()).toBe(false);
      await site.page.locator('.right-sidebar a[href="#fuxiaquan"] >> visible=true').click();
      await site.page.waitForURL((u) => u.hash === '#fuxiaquan');
      return;
    }
    await site.page.locator('.page-context summary').click();
    const link = site.page.locator('.ctx-menu a', { hasText: '附件5 福厦泉' });
    await link.click();
    await site.page.waitForURL((u) => u.hash === '#fuxiaquan');
    expect(await site.page.locator('.page-context details').getAttribute('open')).toBeNull();
    await settle(site.page);
    expect(await site.page.locator('.ctx-here').textContent()).toBe('附件5 福厦泉');
    // The heading arrived at is not hidden under the header and the bar.
    const [headingTop, barBottom] = await Promise.all([
      site.page.locator('#fuxiaquan h2').evaluate((h) => h.getBoundingClientRect().top),
      site.page.locator('.page-context').evaluate((b) => b.getBoundingClientRect().bottom),
    ]);
    expect(headingTop).toBeGreaterThanOrEqual(barBottom);
  });

  it('lists the pilots at the top of domain and topic pages, each jumping to its group', async () => {
    for (const [path, count] of [['domains/land/', 10], ['topics/standard-land/', 10], ['topics/public-data-opening/', null]] as const) {
      await site.page.goto(site.url + path);
      const links = await site.page.locator('.pilot-jump a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      if (count) expect(links, path).toHaveLength(count);
      const groups = await site.page.locator('section.domain-region').evaluateAll((ss) => ss.map((s) => `#${s.id}`));
      expect(links, path).toEqual(groups);
      const [jumpBottom, firstGroup] = await Promise.all([
        site.page.locator('.pilot-jump').evaluate((n) => n.getBoundingClientRect().bottom),
        site.page.locator('section.domain-region').first().evaluate((s) => s.getBoundingClientRect().top),
      ]);
      expect(jumpBottom).toBeLessThan(firstGroup);
    }
  });

  it('explains every kind of mark wherever the text carries one', async () => {
    const MARKS = [
      ['.clause-body a.topic-link', '.legend u.topic-link'],
      ['.clause-body .s.sh', '.legend .legend-shared'],
      ['.sl-markdown-content .erratum', '.legend .legend-erratum'],
      ['.sl-markdown-content mark.topic-hit', '.legend mark'],
    ];
    let seen = 0;
    for (const path of ['hefei/20/', 'beijing/1/', 'sunan/1/', 'hefei/', 'beijing/', 'domains/coordination/', 'domains/land/', 'topics/standard-land/', 'print/', 'letter/']) {
      await site.page.goto(site.url + path);
      for (const [mark, legend] of MARKS) {
        const marked = await site.page.locator(mark).count();
        seen += marked > 0 ? 1 : 0;
        expect(await site.page.locator(legend).count(), `${path} ${mark}`).toBe(marked > 0 ? 1 : 0);
      }
    }
    expect(seen).toBeGreaterThan(8);
  });

  it('leads from the home page to every kind of page', async () => {
    await site.page.goto(site.url);
    const hrefs = await site.page.locator('.home-ways a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/letter/', '#pilots', '/domains/', '/topics/', '/compare/', '/search/', '#downloads', '/about/']);
    for (const id of ['pilots', 'downloads']) expect(await site.page.locator(`#${id}`).count()).toBe(1);
    const downloads = await site.page.locator('#downloads + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(downloads).toEqual(expect.arrayContaining(['/pdf/guohan-2025-86.pdf', '/print/', '/data/clauses.csv', '/data/clauses.json']));
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`takes every link colour from the theme (${scheme})`, async () => {
      await site.page.emulateMedia({ colorScheme: scheme });
      for (const path of ['', 'hefei/', 'hefei/20/', 'domains/land/', 'topics/standard-land/', 'about/']) {
        await site.page.goto(site.url + path);
        // The distinctive measures' links were the browser's blue: open the list to see them.
        if (await site.page.locator('.highlights summary').count()) await site.page.locator('.highlights summary').click();
        const off = await site.page.evaluate(() => {
          const probe = document.createElement('span');
          document.body.append(probe);
          const theme = ['--sl-color-text', '--sl-color-text-accent', '--sl-color-white', '--sl-color-gray-1', '--sl-color-gray-2', '--sl-color-gray-3', '--muted', '--button-fg'].map((v) => {
            probe.style.color = `var(${v})`;
            return getComputedStyle(probe).color;
          });
          probe.remove();
          return [...document.querySelectorAll('main a')]
            .filter((a) => a.getClientRects().length > 0)
            .map((a) => ({ text: a.textContent?.slice(0, 20), color: getComputedStyle(a).color }))
            .filter((a) => !theme.includes(a.color));
        });
        expect(off, path).toEqual([]);
      }
      await site.page.emulateMedia({ colorScheme: null });
    });
  }

  const STATES: { name: string; path: string; prepare: (p: Page) => Promise<void> }[] = [
    { name: 'home', path: '', prepare: async () => undefined },
    {
      name: 'domain page scrolled, the context bar naming the pilot (on a phone), the contents open',
      path: 'domains/land/',
      prepare: async (p) => {
        await p.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
        await settle(p);
        // On a wide screen the contents stand beside the text, and there is no bar.
        if (device === 'phone') await p.locator('.page-context summary').click();
      },
    },
    { name: 'annex page with the downloads menu open', path: 'hefei/', prepare: (p) => p.locator('.menu > summary').click() },
    {
      name: 'clause page with the citation open',
      path: 'hefei/20/',
      prepare: async (p) => {
        await p.locator('.cite-panel summary').click();
        await p.locator('#cite-style').waitFor();
      },
    },
    { name: 'topic page with its legend and pilots', path: 'topics/standard-land/', prepare: async () => undefined },
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const { name, path, prepare } of STATES) {
      it(`${name}: no axe violations and no sideways scrolling (${scheme})`, async () => {
        await site.page.emulateMedia({ colorScheme: scheme });
        await site.page.goto(site.url + path);
        await prepare(site.page);
        expect(await axeViolations(site.page)).toEqual([]);
        expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.viewport.width);
        await site.page.emulateMedia({ colorScheme: null });
      });
    }
  }
});
