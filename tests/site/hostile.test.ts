// A seed full of markup, MDX, JSX and template syntax (tests/fixtures/converter/hostile-markup/: in
// titles, headings, clause text, the topics file and the errata notes) builds to a site that shows
// all of it literally: no element, attribute or script comes from the text, in any page, title,
// JSON-LD, data file, CSV cell or PDF; and nothing runs when a reader opens the pages.

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScratchSite, builtPages, readPage, ROOT, startSite } from './support.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/converter/hostile-markup');
let scratch: string;
let dist: string;

beforeAll(() => {
  // SKIP_PDF: this build also shows what a machine without the PDF fonts gets (no PDF links); the
  // PDF template's own test (tests/pdf/literal-text.test.ts) prints hostile text.
  ({ scratch, dist } = buildScratchSite('hostile-build', { SITE_URL: 'https://example.org', SKIP_PDF: '1' }, { 'guohan-2025-86.txt': join(FIXTURE, 'input.txt'), 'topics.yaml': join(FIXTURE, 'topics.yaml'), 'errata.yaml': join(FIXTURE, 'errata.yaml') }));
}, 240_000);

afterAll(() => {
  if (scratch && !process.env.KEEP) rmSync(scratch, { recursive: true, force: true });
});

/** Markup the seed holds; as text it is escaped, as markup it would be an element or a script. */
/** The text of an HTML fragment: word-break opportunities (<wbr>, markup of the site) dropped, character references decoded. */
const decode = (s: string) =>
  s.replace(/<wbr>/g, '').replace(/&(#x[\da-f]+|#\d+|lt|gt|amp|quot);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ lt: '<', gt: '>', amp: '&', quot: '"' } as Record<string, string>)[e],
  );

describe('a seed full of markup', () => {
  it('shows it literally in titles, headings, text, topics and notes', () => {
    const title = (path: string) => decode(/<title>(.*?)<\/title>/.exec(readPage(path, dist).html)![1]);
    expect(title('/beijing/1/')).toBe('北京城市副中心（一）打通</title><script>alert(4)</script>科技成果转化链条 · 附件1 | 国函〔2025〕86号');
    expect(title('/letter/')).toContain('国务院关于<imgsrc=xonerror=alert(1)>全国部分地区');
    expect(title('/annex/1/1/')).toContain('打通</title><script>alert(4)</script>');
    const clause = decode(readPage('/beijing/1/', dist).html);
    for (const literal of ['{props.x}', '<b>加粗</b>', '${x}{{x}}', '[链接](javascript:alert(5))', '<!-- 注 -->', '&amp;']) expect(clause, literal).toContain(literal);
    expect(decode(readPage('/beijing/2/', dist).html)).toContain('import x from "y"; export const a = 1;');
    expect(decode(readPage('/topics/land-consolidation/', dist).html)).toContain('土地整治<script>alert(7)</script>');
    expect(decode(readPage('/topics/land-consolidation/', dist).html)).toContain('对土地进行整理<img src=x onerror=alert(8)>{alert(9)}。');
    const corrected = decode(readPage('/beijing/3/', dist).html);
    expect(corrected).toContain('<b>和</b>');
    expect(corrected).toContain('混入的英文单词<script>alert(10)</script>“and”。');
    expect(decode(readPage('/print/', dist).html)).toContain('聚力技术要素<img src=x onerror=alert(1)>激发创新势能');
  });

  it('keeps JSON-LD, data files and the CSV inert', () => {
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(readPage('/beijing/1/', dist).html)![1];
    expect(ld).not.toContain('</script>');
    expect(JSON.parse(ld).name).toBe('（一）打通</title><script>alert(4)</script>科技成果转化链条');
    const clauses = JSON.parse(readFileSync(join(dist, 'data/clauses.json'), 'utf8'));
    expect(clauses[1].title).toBe('=HYPERLINK("http://evil.example","点我")');
    // A spreadsheet reads a cell that starts with = as a formula: the CSV guards it with an apostrophe.
    const csv = readFileSync(join(dist, 'data/clauses.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
  });

  it('without PDFs (no fonts at build time, or SKIP_PDF=1), links no PDF and offers the print view instead', () => {
    expect(existsSync(join(dist, 'pdf'))).toBe(false);
    const links = builtPages(dist).flatMap((p) => readPage(p, dist).elements.filter((e) => e.name === 'a' && (e.attributes.href ?? '').includes('/pdf/')));
    expect(links).toEqual([]);
    const annex = readPage('/beijing/', dist).html;
    expect(annex).toContain('data-print>打印附件1</button>');
    expect(annex).toContain('href="/print/">全文（打印版）</a>');
  });

  it('runs nothing in a browser, on any page', async () => {
    const site = await startSite(dist);
    try {
      const context = await site.browser.newContext();
      const dialogs: string[] = [];
      await context.addInitScript(() => {
        const record = (what: string) => () => document.documentElement.setAttribute('data-ran', what);
        window.alert = record('alert') as typeof window.alert;
        window.confirm = record('confirm') as typeof window.confirm;
        window.prompt = record('prompt') as typeof window.prompt;
      });
      const page = await context.newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const pages = builtPages(dist).filter((p) => p.endsWith('/') || p === '/404.html');
      expect(pages.length).toBeGreaterThan(10);
      for (const path of pages) {
        await page.goto(site.url + path.slice(1), { waitUntil: 'networkidle' });
        expect(await page.locator('html[data-ran]').count(), path).toBe(0);
        // The document as the browser parsed it: no element or attribute came from the text.
        const made = await page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter(
              (e) =>
                [...e.attributes].some((a) => /^on/i.test(a.name)) ||
                (e.localName === 'script' && !e.hasAttribute('src') && e.getAttribute('type') !== 'application/ld+json') ||
                (e.localName === 'img' && e.getAttribute('src') === 'x') ||
                e.localName === 'b',
            )
            .map((e) => e.outerHTML.slice(0, 80)),
        );
        expect(made, path).toEqual([]);
        expect(await page.locator('title').count(), path).toBe(1);
      }
      // The print buttons that stand in for the PDFs print, on an annex and on the whole-document page.
      await page.addInitScript(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '');
      });
      for (const [path, label] of [['beijing/', '打印附件1'], ['print/', '打印全文']]) {
        await page.goto(`${site.url}${path}`);
        // Where a page offers several downloads, they are in a menu.
        const menu = page.locator('.page-actions details.menu > summary');
        if (await menu.count()) await menu.click();
        await page.getByRole('button', { name: label }).click();
        expect(await page.locator('html[data-printed]').count(), path).toBe(1);
      }
      await page.goto(`${site.url}search/?q=${encodeURIComponent('加粗')}`);
      await page.locator('.sp-results .result').first().waitFor();
      expect(await page.locator('.sp-results').innerHTML()).not.toMatch(/<b>加粗/);
      expect(dialogs).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });

  it('counts a topic whose slug names what every object inherits (constructor) like any other, in the search filters', async () => {
    const site = await startSite(dist);
    try {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}search/?q=${encodeURIComponent('公共数据')}`);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.settled === '公共数据');
      expect(await page.locator('#sp-topic option[value="constructor"]').textContent()).toBe('公共数据开放<b>共享</b>（1）');
      const options = await page.locator('.search-page option').allTextContents();
      expect(options.filter((o) => /function|native code|NaN|undefined|\[object/.test(o))).toEqual([]);
      await page.locator('#sp-topic').selectOption('constructor');
      await page.waitForURL((u) => u.searchParams.get('topic') === 'constructor');
      await page.locator('.sp-status').filter({ hasText: '共 1 条' }).waitFor();
      await page.close();
    } finally {
      await site.close();
    }
  });
});
