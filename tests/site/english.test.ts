// The English reading layer as built: every English page says it is an unofficial translation and
// links its Chinese original at the same place; the two languages point to each other (hreflang);
// an English clause has the Chinese clause's sentence anchors, one English sentence for each; Chinese
// words on an English page are marked as Chinese; the language switch keeps the reader's sentence.

import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type Node } from 'ultrahtml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages, readPage, ROOT, siteOn, VIEWPORTS } from './support.ts';

const pages = builtPages();
const english = pages.filter((p) => p.startsWith('/en/') && !p.includes('.'));
const attr = (n: Node, name: string) => (n.attributes as Record<string, string> | undefined)?.[name];
const chineseOf = (path: string) => path.replace(/^\/en\//, '/');

describe('the English pages', () => {
  it('exist for the letter, every annex, clause, domain and topic, and the home, search and about pages', () => {
    const chinese = pages.filter((p) => /^\/(letter|print|domains|topics|beijing|sunan|hangyongwen|hefei|fuxiaquan|zhengzhou|changzhutan|dawanqu|chongqing|chengdu)\//.test(p));
    for (const p of chinese) expect(english, p).toContain(`/en${p}`);
    for (const p of ['/en/', '/en/search/', '/en/about/']) expect(english).toContain(p);
  });

  it('each say above the text that the English is unofficial, with a link to the Chinese at the same place', () => {
    for (const path of english) {
      const { elements } = readPage(path);
      const notice = elements.find((e) => (attr(e, 'class') ?? '').split(' ').includes('unofficial'));
      expect(notice, path).toBeDefined();
      const link = elements.find((e) => e.name === 'a' && attr(e, 'hreflang') === 'zh-CN' && attr(e, 'data-keep-hash') !== undefined && (attr(e, 'class') ?? '') === '');
      expect(link && attr(link, 'href'), path).toBe(chineseOf(path));
      const html = elements.find((e) => e.name === 'html');
      expect(attr(html!, 'lang'), path).toBe('en');
    }
  });

  it('and their Chinese pages point to each other with hreflang alternates', () => {
    for (const path of english) {
      const alternates = (p: string) => Object.fromEntries(readPage(p).elements.filter((e) => e.name === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang')).map((e) => [attr(e, 'hreflang'), attr(e, 'href')]));
      expect(alternates(path), path).toMatchObject({ en: path, 'zh-CN': chineseOf(path) });
      expect(alternates(chineseOf(path)), chineseOf(path)).toMatchObject({ en: path, 'zh-CN': chineseOf(path) });
    }
  });

  it('set each clause sentence by sentence under the Chinese page’s anchors, every sentence in English', () => {
    const clauses = english.filter((p) => /^\/en\/[a-z]+\/\d+\/$/.test(p));
    expect(clauses).toHaveLength(210);
    const anchors = (p: string) => readPage(p).elements.filter((e) => /^s\d+$/.test(attr(e, 'id') ?? '') && (attr(e, 'class') ?? '').split(' ').includes('s'));
    for (const path of clauses) {
      const en = anchors(path);
      expect(en.map((e) => attr(e, 'id')), path).toEqual(anchors(chineseOf(path)).map((e) => attr(e, 'id')));
      for (const s of en) {
        const text = s.children.map((c: Node) => (c.type === TEXT_NODE ? c.value : '')).join('');
        expect(text, `${path}#${attr(s, 'id')}`).toMatch(/[A-Za-z]/);
        expect(text, `${path}#${attr(s, 'id')}`).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('mark every Chinese word on an English page as Chinese (lang="zh-CN"), for screen readers and fonts', () => {
    const sample = english.filter((p) => /^\/en\/(|hefei\/|hefei\/20\/|letter\/|topics\/|topics\/standard-land\/|domains\/land\/|search\/|about\/)$/.test(p));
    expect(sample.length).toBe(9);
    const found: Record<string, string[]> = {};
    for (const path of sample) {
      const { html } = readPage(path);
      const body = parse(html.slice(html.indexOf('<body')));
      const bad: string[] = [];
      const visit = (node: Node, zh: boolean, hidden: boolean) => {
        if (node.type === ELEMENT_NODE) {
          if (['script', 'style', 'template', 'title', 'meta', 'link'].includes(node.name)) return;
          const lang = attr(node, 'lang');
          const inZh = lang ? lang.startsWith('zh') : zh;
          const gone = hidden || attr(node, 'aria-hidden') === 'true';
          for (const c of node.children ?? []) visit(c, inZh, gone);
        } else if (node.type === TEXT_NODE && !zh && !hidden && /\p{Script=Han}/u.test(node.value)) bad.push(node.value.trim().slice(0, 40));
      };
      for (const c of body.children) visit(c, false, false);
      if (bad.length) found[path] = bad;
    }
    expect(found).toEqual({});
  });
});

describe.each(Object.entries(VIEWPORTS))('the language switch (%s)', (_device, viewport) => {
  const site = siteOn(viewport);
  it('keeps the sentence: /beijing/12/#s3 ↔ /en/beijing/12/#s3', async () => {
    await site.page.goto(`${site.url}beijing/12/#s3`);
    await site.page.locator('.lang-switch').click();
    await site.page.waitForURL((u) => u.pathname === '/en/beijing/12/' && u.hash === '#s3');
    expect(await site.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await site.page.locator('#s3').evaluate((el) => el.matches(':target'))).toBe(true);
    await site.page.locator('.lang-switch').click();
    await site.page.waitForURL((u) => u.pathname === '/beijing/12/' && u.hash === '#s3');
    // The notice's own link goes to the same place in Chinese.
    await site.page.goto(`${site.url}en/hefei/20/#s2`);
    await site.page.locator('.unofficial a').click();
    await site.page.waitForURL((u) => u.pathname === '/hefei/20/' && u.hash === '#s2');
  });

  it('sets each sentence beside the other language’s (中英对照), on clause, annex and letter pages, kept across pages', async () => {
    // The oracle is the reviewed translation itself, not the page the view reads.
    const hefei = parseYaml(readFileSync(join(ROOT, 'seeds/translations/en/hefei.yaml'), 'utf8')) as { clauses: Record<string, { zh: string; en: string }[]> };
    const pairs = hefei.clauses['hefei-20'];
    await site.page.goto(`${site.url}hefei/20/#s6`);
    const toggle = site.page.locator('.parallel-toggle');
    await toggle.click();
    await site.page.locator('#s2 .par-other').waitFor();
    expect(await site.page.locator('.s.par').count()).toBe(pairs.length);
    for (const [i, pair] of pairs.entries()) expect(await site.page.locator(`#s${i + 1} .par-other`).textContent(), `s${i + 1}`).toBe(pair.en);
    expect(await site.page.locator('#s2 .par-other').getAttribute('lang')).toBe('en');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // Side by side on a wide screen, beneath on a narrow one.
    const [self, other] = await Promise.all(['.par-self', '.par-other'].map((c) => site.page.locator(`#s2 ${c}`).boundingBox()));
    if (viewport.viewport.width >= 800) expect(other!.x).toBeGreaterThan(self!.x + self!.width - 1);
    else expect(other!.y).toBeGreaterThanOrEqual(self!.y + self!.height - 1);
    // The English page shows the corrected Chinese (“和”, not the original “ and ”), kept from the last page.
    await site.page.goto(`${site.url}en/hefei/20/`);
    await site.page.locator('#s6 .par-other').waitFor();
    expect(await site.page.locator('#s6 .par-other').textContent()).toBe(pairs[5].zh.replace(' and ', '和'));
    expect(await site.page.locator('#s6 .par-other').getAttribute('lang')).toBe('zh-CN');
    // An annex pairs its headings and every clause's sentences; the letter its paragraphs.
    await site.page.goto(`${site.url}en/hefei/`);
    await site.page.locator('#clause-20 .par-other').first().waitFor();
    expect(await site.page.locator('#clause-20 .clause-rest .s.par').count()).toBe(pairs.length - 1);
    expect(await site.page.locator('#clause-20-h + .par-other').textContent()).toContain(pairs[0].zh);
    await site.page.goto(`${site.url}letter/`);
    await site.page.locator('#p1 + .par-other').waitFor();
    const letter = parseYaml(readFileSync(join(ROOT, 'seeds/translations/en/letter.yaml'), 'utf8')) as { paragraphs: Record<string, { en: string }[]> };
    expect(await site.page.locator('#p1 + .par-other').textContent()).toContain(letter.paragraphs.p1[0].en);
    // Off again, and the text is as it was.
    await site.page.locator('.parallel-toggle').click();
    expect(await site.page.locator('.par-other').count()).toBe(0);
    await site.page.goto(`${site.url}hefei/20/`);
    expect(await site.page.locator('.par-other').count()).toBe(0);
    expect(await site.page.locator('.parallel-toggle').getAttribute('aria-pressed')).toBe('false');
  });

  it('on a page with no English version, leads to the English home page', async () => {
    await site.page.goto(`${site.url}beijing/99/`);
    expect(await site.page.locator('.lang-switch').getAttribute('href')).toBe('/en/');
  });

  it('English search finds clauses by their English words, with the filters', async () => {
    for (const [q, words] of [['securitization', /securiti[sz]/i], ['data exchange', /data exchange/i]] as const) {
      await site.page.goto(`${site.url}en/search/?q=${encodeURIComponent(q)}`);
      await site.page.locator('.es-results li').first().waitFor();
      // The first results hold the words (Pagefind ranks by the words, not the phrase).
      const top = await site.page.locator('.es-results li').evaluateAll((lis) => lis.slice(0, 3).map((li) => li.textContent ?? ''));
      expect(top.some((t) => words.test(t)), top.join(' | ')).toBe(true);
      for (const href of await site.page.locator('.es-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\/[a-z]+\/\d+\/$/);
    }
    await site.page.goto(`${site.url}en/search/?q=land&region=chengdu`);
    await site.page.locator('.es-results li').first().waitFor();
    expect(await site.page.locator('.es-status').textContent()).toMatch(/match “land” in Chengdu\.$/);
    for (const href of await site.page.locator('.es-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\/chengdu\/\d+\/$/);
  });
});
