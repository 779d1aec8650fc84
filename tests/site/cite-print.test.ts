// Citing and printing as a reader does: the citation panel's formats and copy buttons, sentence
// links (keyboard and touch), alias addresses, the "go to clause" box, and the print view.

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cite, today, type CiteTarget } from '../../src/site/cite/formats.ts';
import { siteOn, VIEWPORTS } from './support.ts';

/** A PDF read back with pdf.js. */
async function pdfPages(bytes: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, verbosity: 0 }).promise;
}


describe.each(Object.entries(VIEWPORTS))('cite and print (%s)', (device, viewport) => {
  const site = siteOn(viewport, { permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = () => site.page.evaluate(() => navigator.clipboard.readText());
  // The default build has no configured origin: links are completed from the address the page was loaded from.
  const here = (path: string) => new URL(path, site.url).href;

  it('the citation panel gives every format, exactly, with today as the access date', async () => {
    await site.page.goto(`${site.url}beijing/12/`);
    const target = JSON.parse((await site.page.locator('.cite-bar').getAttribute('data-cite'))!) as CiteTarget;
    expect(target).toMatchObject({ kind: 'clause', url: '/beijing/12/', annex: 1, label: '（十二）', published: '2025-09-11' });
    const resolved = { ...target, url: here('beijing/12/') };
    await site.page.locator('.cite-panel summary').click();
    const output = site.page.locator('.cite-output');
    // The formats load when the panel first opens; until then it shows the footnote form it was built with.
    await expect.poll(() => output.textContent()).toBe(cite(resolved, 'gbt', today()));
    expect(await output.textContent()).not.toContain('.example');
    expect(await output.textContent()).toContain('国函〔2025〕86号 附件1《北京城市副中心要素市场化配置综合改革试点实施方案》（十二）[A/OL]. (2025-09-11)[');
    await site.page.locator('.cite-eb input').check();
    expect(await output.textContent()).toContain('[EB/OL]');
    for (const style of ['footnote', 'markdown', 'bibtex', 'csl', 'ris', 'url'] as const) {
      await site.page.locator('#cite-style').selectOption(style);
      expect(await output.textContent(), style).toBe(cite(resolved, style, today()));
    }
    await site.page.locator('#cite-style').selectOption('footnote');
    await site.page.locator('.cite-copy').click();
    await expect.poll(clipboard).toBe('《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条');
    // Escape closes the panel (on a phone, the sheet over the page).
    await site.page.keyboard.press('Escape');
    expect(await site.page.locator('.cite-panel').getAttribute('open')).toBeNull();
    await site.page.locator('.cite-copy-link').click();
    await expect.poll(clipboard).toBe(here('beijing/12/'));
    expect(await site.page.locator('.cite-status').textContent()).toContain('已复制链接');
  });

  it('annex and letter pages cite the annex and the document', async () => {
    await site.page.goto(`${site.url}hangyongwen/`);
    await site.page.locator('.cite-panel summary').click();
    await site.page.locator('#cite-style').selectOption('footnote');
    expect(await site.page.locator('.cite-output').textContent()).toBe('《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件3《杭甬温要素市场化配置综合改革试点实施方案》');
    await site.page.goto(`${site.url}letter/`);
    await site.page.locator('.cite-panel summary').click();
    await site.page.locator('#cite-style').selectOption('footnote');
    expect(await site.page.locator('.cite-output').textContent()).toBe('《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）');
  });

  it('links each sentence: arriving at #s3 highlights it, and the sentence buttons copy their link', async () => {
    await site.page.goto(`${site.url}hefei/20/#s3`);
    const s3 = site.page.locator('#s3');
    expect(await s3.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await s3.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const button = site.page.locator('.s-link[aria-label="复制第2句的链接"]');
    expect(await button.isVisible()).toBe(false);
    if (device === 'phone') {
      await site.page.locator('.sentence-mode').tap();
      await button.tap();
    } else {
      // With the keyboard: the switch (the focus goes to sentence 1's number), then Tab past the
      // links in sentence 1 to the second sentence's number.
      await site.page.locator('.sentence-mode').focus();
      await site.page.keyboard.press('Enter');
      expect(await site.page.locator('.sentence-mode').getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => site.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('复制第1句的链接');
      const label = () => site.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      for (let i = 0; i < 5 && (await label()) !== '复制第2句的链接'; i++) await site.page.keyboard.press('Tab');
      expect(await label()).toBe('复制第2句的链接');
      await site.page.keyboard.press('Enter');
    }
    await expect.poll(clipboard).toBe(here('hefei/20/#s2'));
    expect(new URL(site.page.url()).hash).toBe('#s2');
    expect(await site.page.locator('#s2').getAttribute('class')).toContain('s-current');
    expect(await site.page.locator('.s-link').count()).toBe(7);
  });

  it('cites the sentence the address points to, quoted as corrected, in every format', async () => {
    await site.page.goto(`${site.url}dawanqu/2/#s3`);
    await site.page.locator('.cite-panel summary').click();
    const output = site.page.locator('.cite-output');
    const quote = '“支持国家级科研机构和教育部直属高校在粤新型研发机构按规定享受地方优惠政策，推进新型研发机构创新发展。”';
    await expect.poll(() => output.textContent()).toContain('（二）第3句[A/OL]');
    expect(await site.page.locator('.cite-scope input[value="part"]').isChecked()).toBe(true);
    expect(await site.page.locator('.cite-scope').textContent()).toContain('第3句');
    expect(await site.page.locator('.cite-numbering').textContent()).toContain('第1句（#s1）是条款标题句');
    const gbt = (await output.textContent())!;
    expect(gbt.split('\n')[0]).toBe(quote);
    expect(gbt).toContain(`${here('dawanqu/2/')}#s3.`);
    for (const style of ['footnote', 'markdown', 'bibtex', 'csl', 'ris'] as const) {
      await site.page.locator('#cite-style').selectOption(style);
      const text = (await output.textContent())!;
      expect(text, style).toContain('支持国家级科研机构和教育部直属高校');
      expect(text, style).not.toContain(' and ');
      expect(text, style).not.toContain('〔注〕');
      if (style !== 'footnote') expect(text, style).toContain('#s3');
    }
    await site.page.locator('#cite-style').selectOption('footnote');
    expect(await output.textContent()).toBe(`${quote}\n《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件8《粤港澳大湾区内地九市要素市场化配置综合改革试点实施方案》第（二）条第3句`);
    // The clause as a whole stays one choice away.
    await site.page.locator('.cite-scope input[value="whole"]').check();
    expect(await output.textContent()).toBe('《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件8《粤港澳大湾区内地九市要素市场化配置综合改革试点实施方案》第（二）条');
  });

  it('cites the words selected, with the sentences they are in', async () => {
    await site.page.goto(`${site.url}beijing/12/`);
    // Select from inside sentence 4 to inside sentence 5.
    await site.page.evaluate(() => {
      const text = (id: string) => document.getElementById(id)!.firstChild!;
      const range = document.createRange();
      range.setStart(text('s4'), 2);
      range.setEnd(text('s5'), 6);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const selected = await site.page.evaluate(() => getSelection()!.toString());
    await site.page.locator('.cite-panel summary').click();
    await site.page.locator('#cite-style').selectOption('footnote');
    expect(await site.page.locator('.cite-scope').textContent()).toContain('第4–5句（所选文字）');
    expect(await site.page.locator('.cite-output').textContent()).toBe(`“${selected}”\n《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条第4–5句`);
  });

  it('copies a selection clean: the corrected text, without the struck original, note marks or sentence numbers', async () => {
    for (const [path, sentence, expected] of [
      ['dawanqu/2/', 's3', '支持国家级科研机构和教育部直属高校在粤新型研发机构按规定享受地方优惠政策，推进新型研发机构创新发展。'],
      ['hefei/20/', 's6', null],
    ] as const) {
      await site.page.goto(site.url + path);
      if (device === 'desktop') {
        // The numbers are made when first asked for; the selection takes sentence 3's number in.
        await site.page.locator('.sentence-mode').click();
        await site.page.locator('.s-link').first().waitFor();
      }
      const seen = await site.page.evaluate((id) => {
        const s = document.getElementById(id)!;
        const range = document.createRange();
        // From its number, where the numbers are shown (desktop), else from the sentence.
        const number = s.previousElementSibling?.matches('.s-link') ? s.previousElementSibling : null;
        range.setStartBefore(number ?? s);
        range.setEndAfter(s);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return s.textContent!;
      }, sentence);
      expect(seen).toContain(' and ');
      await site.page.keyboard.press('ControlOrMeta+C');
      const copied = await clipboard();
      if (expected) expect(copied).toBe(expected);
      expect(copied).not.toMatch(/ and |〔注〕|^\d/);
      expect(copied).toContain('和');
    }
    // A wording comparison copies the text each pilot has, without what it lacks.
    await site.page.goto(`${site.url}compare/land/`);
    const row = site.page.locator('.cc-text:has(.cc-del)').first();
    await row.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const expected = await row.evaluate((el) => [...el.childNodes].filter((n) => !(n instanceof Element && n.matches('del'))).map((n) => n.textContent).join(''));
    await site.page.keyboard.press('ControlOrMeta+C');
    expect(await clipboard()).toBe(expected);
  });

  it('opens a slogan’s explanation from the text, in either language, and copies the slogan as text', async () => {
    for (const [path, term, words] of [['fuxiaquan/5/', '退城入园', /工业企业从城区搬迁/], ['en/fuxiaquan/5/', 'relocation from cities into industrial parks', /tuì chéng rù yuán/]] as const) {
      await site.page.goto(site.url + path);
      const button = site.page.locator('button.gloss', { hasText: term }).first();
      const note = site.page.locator(`#${await button.getAttribute('popovertarget')}`);
      expect(await note.isVisible()).toBe(false);
      // By keyboard: the term is a button in the tab order; Enter opens it, Escape closes it.
      await button.focus();
      await site.page.keyboard.press('Enter');
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.textContent()).toMatch(words);
      await site.page.keyboard.press('Escape');
      await expect.poll(() => note.isVisible()).toBe(false);
      // By pointer, and its close button.
      await button.click();
      await expect.poll(() => note.isVisible()).toBe(true);
      await note.locator('.gloss-close').click();
      await expect.poll(() => note.isVisible()).toBe(false);
    }
    // A copied sentence keeps the slogan's words and leaves the explanation out.
    await site.page.goto(`${site.url}fuxiaquan/5/`);
    await site.page.locator('#s6').evaluate((s) => {
      const range = document.createRange();
      range.selectNodeContents(s);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await site.page.keyboard.press('ControlOrMeta+C');
    expect(await clipboard()).toBe('支持建立工业企业产出效益评价机制，完善工业企业“退城入园”用地奖补政策细则。');
  });

  it('in the side-by-side view (中英对照), copies only the page’s own language', async () => {
    await site.page.goto(`${site.url}hefei/20/`);
    await site.page.locator('.parallel-toggle').click();
    await site.page.locator('#s3 .par-other').waitFor();
    await site.page.locator('#s3').evaluate((s) => {
      const range = document.createRange();
      range.selectNodeContents(s);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await site.page.keyboard.press('ControlOrMeta+C');
    expect(await clipboard()).toBe('用好合肥国际先进技术应用推进中心等现有创新平台，率先推动海陆空全空间智能无人体系应用和标准建设。');
    await site.page.locator('.parallel-toggle').click();
    expect(await site.page.locator('.par-other').count()).toBe(0);
  });

  it('an English clause page cites the Chinese original with the English as its translation, or the reverse', async () => {
    await site.page.goto(`${site.url}en/beijing/12/#s4`);
    expect(await site.page.locator('.cite-copy-link').textContent()).toBe('Copy link');
    await site.page.locator('.cite-panel summary').click();
    const output = site.page.locator('.cite-output');
    await site.page.locator('#cite-style').selectOption('footnote');
    const english = (await site.page.locator('#s4').textContent())!;
    expect(await output.textContent()).toBe(
      [
        '“探索建立并购基金，通过地方政策配套，促进直接融资和间接融资协同增效，适配产业科技创新全周期融资需求。”',
        `“${english}”`,
        '《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条第4句',
        `English translation (unofficial): ${here('en/beijing/12/')}#s4`,
      ].join('\n'),
    );
    await site.page.locator('.cite-lead input').check();
    const reverse = (await output.textContent())!;
    expect(reverse.split('\n')[0]).toBe(`“${english}”`);
    expect(reverse).toContain(`State Council, Official Reply of the State Council on`);
    expect(reverse).toContain('Annex 1 "Implementation Plan for the Comprehensive Reform Pilot on the Market-Based Allocation of Factors in the Beijing Municipal Administrative Center", clause (12), sentence 4');
    expect(reverse).toContain(`the Chinese original is authoritative: 《国务院关于`);
    expect(await output.getAttribute('lang')).toBe('en');
    await site.page.keyboard.press('Escape');
    await site.page.locator('.cite-copy-link').click();
    await expect.poll(clipboard).toBe(here('en/beijing/12/'));
  });

  it('an English page quotes the Chinese as the Chinese page reads, corrected and unmarked, without carrying it; the clause whole when that page cannot be had', async () => {
    // The English page does not carry the Chinese sentences: the panel reads them from the Chinese page when first needed.
    const html = await (await site.page.request.get(`${site.url}en/hefei/20/`)).text();
    expect(html).not.toContain('积极参与国际市场准入规则');
    await site.page.goto(`${site.url}en/hefei/20/#s6`);
    await site.page.locator('.cite-panel summary').click();
    await site.page.locator('#cite-style').selectOption('footnote');
    const output = site.page.locator('.cite-output');
    await expect.poll(async () => (await output.textContent())!.split('\n')[0]).toBe('“积极参与国际市场准入规则和标准制定，推动重点领域创新成果便捷高效应用。”');
    expect(await output.textContent()).toContain('第（二十）条第6句');

    const offline = await site.page.context().newPage();
    await offline.route('**/hefei/20/', (route) => (new URL(route.request().url()).pathname === '/hefei/20/' ? route.abort() : route.continue()));
    await offline.goto(`${site.url}en/hefei/20/#s6`);
    await offline.locator('.cite-panel summary').click();
    await offline.locator('#cite-style').selectOption('footnote');
    const whole = offline.locator('.cite-output');
    await expect.poll(async () => (await whole.textContent())!.split('\n')[0]).toBe('《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件4《合肥都市圈要素市场化配置综合改革试点实施方案》第（二十）条');
    expect(await whole.textContent()).not.toContain('第6句');
    await offline.close();
  });

  it('sends alias addresses on to the region form, keeping the fragment', async () => {
    await site.page.goto(`${site.url}annex/3/`);
    await site.page.waitForURL((u) => u.pathname === '/hangyongwen/');
    await site.page.goto(`${site.url}annex/3/12/#s2`);
    await site.page.waitForURL((u) => u.pathname === '/hangyongwen/12/' && u.hash === '#s2');
    const response = await site.page.request.get(`${site.url}annex/10/21/`);
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toMatch(/<a href="\/chengdu\/21\/">/);
  });

  it('opens a clause from a reference typed in the header, or says why it cannot', async () => {
    await site.page.goto(`${site.url}letter/`);
    await site.page.locator('#qs-input').fill('杭甬温 第十二条');
    await site.page.locator('#qs-option-jump').waitFor();
    expect(await site.page.locator('#qs-input').getAttribute('aria-activedescendant')).toBe('qs-option-jump');
    await site.page.locator('#qs-input').press('Enter');
    await site.page.waitForURL((u) => u.pathname === '/hangyongwen/12/');
    await site.page.locator('#qs-input').fill('附件3（三十）');
    await site.page.locator('.qs-status').filter({ hasText: '附件3 杭甬温共23条，没有第30条。' }).waitFor();
  });

  it('the home page’s “go to clause” box opens a pasted citation', async () => {
    await site.page.goto(site.url);
    await site.page.locator('#goto-q').fill('《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件8《粤港澳大湾区内地九市要素市场化配置综合改革试点实施方案》第（五）条');
    await site.page.locator('#goto-q').press('Enter');
    await site.page.waitForURL((u) => u.pathname === '/dawanqu/5/');
    await site.page.goto(site.url);
    await site.page.locator('#goto-q').fill('附件11（一）');
    await site.page.locator('#goto-q').press('Enter');
    await site.page.locator('.goto-message').filter({ hasText: '没有附件11：本批复共10个附件。' }).waitFor();
  });

  it('prints the document only: no navigation, search or buttons, black on white, each clause with its URL', async () => {
    await site.page.goto(`${site.url}hefei/`);
    await site.page.emulateMedia({ media: 'print' });
    for (const selector of ['header.header', 'nav.sidebar', '.breadcrumb', '.page-actions', '.quick-search']) {
      expect(await site.page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const after = await site.page.locator('#clause-7').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toBe(`"${new URL(site.url).host}/hefei/7/"`);
    const colors = await site.page.locator('#clause-7 .clause-text').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
    expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await site.page.goto(`${site.url}hefei/7/`);
    expect(await site.page.locator('.print-url').textContent()).toBe(`${new URL(site.url).host}/hefei/7/`);
    expect(await site.page.locator('.print-url').isVisible()).toBe(true);
    for (const selector of ['.cite-bar', '.clause-pager', '.related', '.annex-toc']) expect(await site.page.locator(selector).first().isVisible(), selector).toBe(false);
    await site.page.emulateMedia({ media: 'screen' });
    expect(await site.page.locator('.print-url').isVisible()).toBe(false);
  });

  it('printing from the browser gives each page margins, a running header naming the pilot, and page numbers', async () => {
    if (device === 'phone') return;
    for (const [path, header] of [['hefei/', '国函〔2025〕86号 · 附件4 合肥都市圈'], ['hefei/7/', '国函〔2025〕86号 · 附件4 合肥都市圈'], ['domains/land/', '国函〔2025〕86号 要素市场化配置综合改革试点']]) {
      await site.page.goto(site.url + path);
      const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
      // A PDF takes the emulated media: other tests leave it at 'screen'; paper is 'print'.
      await site.page.emulateMedia({ media: 'print' });
      await site.page.pdf({ path: file, preferCSSPageSize: true });
      await site.page.emulateMedia({ media: null });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString())![1]);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
      expect(text.split(header).length - 1, path).toBe(pages);
      for (let n = 1; n <= pages; n++) expect(text.replace(/\s+/g, ''), path).toContain(`第${n}页/共${pages}页`);
      expect(text, path).not.toMatch(/\.example\b/);
    }
  });

  it('offers the annex and whole-document PDFs on the annex, letter and home pages', async () => {
    for (const [path, expected] of [
      ['hefei/', ['/pdf/hefei.pdf', '/pdf/guohan-2025-86.pdf']],
      ['letter/', ['/pdf/guohan-2025-86.pdf']],
      ['', ['/pdf/guohan-2025-86.pdf']],
    ] as const) {
      await site.page.goto(site.url + path);
      const links = await site.page.locator('a.download').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links, path).toEqual(expected);
      for (const href of links) expect((await site.page.request.get(new URL(href!, site.url).href)).headers()['content-type']).toBe('application/pdf');
    }
    // Each link says what it downloads: the file's size and its number of pages, as the files are.
    await site.page.goto(`${site.url}hefei/`);
    for (const link of await site.page.locator('a.download').all()) {
      const [label, href] = await Promise.all([link.textContent(), link.getAttribute('href')]);
      const body = await (await site.page.request.get(new URL(href!, site.url).href)).body();
      const pages = (await pdfPages(body)).numPages;
      const kb = Math.round(body.length / 1024);
      expect(label, href!).toMatch(new RegExp(`（PDF，${kb} KB，${pages}页）$`));
    }
  });
});
