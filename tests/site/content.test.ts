// The built pages show the document faithfully: every clause page's text is exactly the clause as
// published, sentence by sentence, with corrections shown beside (not instead of) the original; every
// annex page holds all of its clauses; titles and descriptions name region and clause.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';
import type { SiteModel } from '../../src/model/site-model.ts';
import { META_CONTENT_SECURITY_POLICY } from '../../src/site-config.ts';
import { builtPages, readPage, ROOT } from './support.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src/content/model.json'), 'utf8')) as SiteModel;
const clauses = site.model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses));

const decode = (s: string) =>
  s.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|#39);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as Record<string, string>)[e],
  );

/** The text a node shows as published: corrections (ins) and note markers left out. */
function publishedText(node: Node): string {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type !== ELEMENT_NODE && !node.children) return '';
  if (node.type === ELEMENT_NODE && (node.name === 'ins' || node.attributes.class === 'erratum-ref')) return '';
  return (node.children ?? []).map(publishedText).join('');
}

const byClass = (elements: Node[], name: string, cls: string) => elements.filter((e) => e.name === name && (e.attributes.class ?? '').split(' ').includes(cls));

describe('built pages show the text faithfully', () => {
  it('every clause page holds its clause exactly, one anchored span per sentence', () => {
    for (const c of clauses) {
      const { elements } = readPage(`/${c.region}/${c.number}/`);
      const [paragraph] = byClass(elements, 'p', 'clause-text');
      expect(publishedText(paragraph), c.id).toBe(c.text);
      const spans = elements.filter((e) => e.name === 'span' && /^s\d+$/.test(e.attributes.id ?? ''));
      expect(spans.map((s) => s.attributes.id), c.id).toEqual(c.sentences.map((_, i) => `s${i + 1}`));
      expect(spans.map(publishedText), c.id).toEqual(c.sentences.map((s) => s.text));
    }
  });

  it('every annex page holds all of its clauses, anchored, each linking its canonical page', () => {
    for (const a of site.model.annexes) {
      const { elements } = readPage(`/${a.region}/`);
      const own = a.sections.flatMap((s) => s.clauses);
      const articles = byClass(elements, 'article', 'clause');
      expect(articles.map((e) => e.attributes.id)).toEqual(own.map((c) => `clause-${c.number}`));
      // The heading holds the label and the title sentence; the paragraph the rest: each sentence once.
      articles.forEach((article, i) => {
        const c = own[i];
        const headingText = publishedText(article.children.find((n: Node) => n.name === 'h3'));
        const rest = article.children.find((n: Node) => n.name === 'p');
        expect(headingText, c.id).toBe(`${c.labelText}${c.sentences[0].text}`);
        expect(rest ? publishedText(rest) : '', c.id).toBe(c.sentences.slice(1).map((s) => s.text).join(''));
      });
      expect(elements.filter((e) => e.name === 'section' && /^section-\d$/.test(e.attributes.id ?? '')).map((e) => e.attributes.id)).toEqual(a.sections.map((s) => `section-${s.number}`));
      const links = new Set(elements.filter((e) => e.name === 'a').map((e) => e.attributes.href));
      for (const c of own) expect(links.has(`/${a.region}/${c.number}/`), c.id).toBe(true);
    }
  });

  it('shows each correction with the original, the correction and the editorial note', () => {
    const { elements } = readPage('/hefei/20/');
    const [erratum] = byClass(elements, 'span', 'erratum');
    const text = (n: Node) => publishedText({ ...n, children: n.children } as Node);
    expect(text(erratum.children.find((c: Node) => c.name === 'del'))).toBe(' and ');
    expect(erratum.children.find((c: Node) => c.name === 'ins').children[0].value).toBe('和');
    const note = elements.find((e) => e.attributes.id === 'note-hefei-20-he');
    expect(publishedText(note!)).toContain('国际市场准入规则和标准制定');
  });

  it('titles and descriptions name the region and the clause', () => {
    const { html } = readPage('/beijing/12/');
    expect(html).toMatch(/<title>北京城市副中心（十二）增加有效金融服务供给 · 附件1 \| 国函〔2025〕86号<\/title>/);
    expect(html).toMatch(/<meta name="description" content="北京城市副中心实施方案第（十二）条：增加有效金融服务供给。/);
    // Built without SITE_URL: no canonical link (it must be absolute), never an invented host.
    expect(html).not.toContain('rel="canonical"');
    expect(readPage('/sunan/').html).toMatch(/<title>附件2 苏南重点城市实施方案 \| /);
    expect(readPage('/domains/land/').html).toMatch(/<title>土地要素：十个试点的条款对照 \| /);
    expect(readPage('/').html).toMatch(/<html lang="zh-CN"/);
  });

  it('describes the document, each annex and each clause as schema.org Legislation, and previews shared links', () => {
    const ld = (path: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(readPage(path).html)![1]);
    expect(ld('/beijing/12/')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: '（十二）增加有效金融服务供给',
      legislationIdentifier: '国函〔2025〕86号 附件1（十二）',
      legislationDate: '2025-09-08',
      datePublished: '2025-09-11',
      legislationJurisdiction: 'CN',
      url: '/beijing/12/',
      isPartOf: { '@type': 'Legislation', name: '北京城市副中心要素市场化配置综合改革试点实施方案', url: '/beijing/' },
    });
    expect(ld('/beijing/')).toMatchObject({ legislationIdentifier: '国函〔2025〕86号 附件1', isPartOf: { legislationIdentifier: '国函〔2025〕86号', legislationType: '批复' } });
    expect(ld('/letter/')).toMatchObject({ name: '国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复', legislationPassedBy: { name: '国务院' } });
    const html = readPage('/beijing/12/').html;
    // OpenGraph wants absolute URLs: without an origin there is no card image to point to.
    expect(html).not.toContain('og:image');
    expect(html).toMatch(/<meta property="og:title" content="北京城市副中心（十二）增加有效金融服务供给 · 附件1"\/>/);
  });

  it('without an origin, builds no sitemap (it needs absolute URLs) and a robots.txt that names none', () => {
    expect(existsSync(join(ROOT, 'dist/sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(ROOT, 'dist/robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('never carries a host that does not exist, on any page or in any data file', () => {
    for (const file of ['data/clauses.json', 'data/document.json', 'data/clauses.csv', 'search-corpus.json', 'robots.txt']) {
      expect(readFileSync(join(ROOT, 'dist', file), 'utf8'), file).not.toMatch(/\.example\b|127\.0\.0\.1|localhost/);
    }
    expect(JSON.parse(readFileSync(join(ROOT, 'dist/data/clauses.json'), 'utf8'))[0].url).toBe('/beijing/1/');
    for (const page of builtPages()) expect(readPage(page).html, page).not.toMatch(/https?:\/\/[^"'\s<]*\.example\b|127\.0\.0\.1|localhost:/);
  });

  it('carries the Content-Security-Policy in every page, for hosts that cannot send headers, and no generator tag', () => {
    for (const page of builtPages()) {
      if (!page.endsWith('/') && page !== '/404.html') continue;
      const { html } = readPage(page);
      expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}"`);
      // Nor does a page name the software and versions that built it.
      expect(html, page).not.toContain('name="generator"');
    }
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('links one print sheet on every page, the site’s own: Starlight’s is swapped for it (src/site/starlight-parts.ts)', () => {
    for (const page of ['/hefei/20/', '/hefei/', '/en/hefei/20/', '/', '/search/', '/compare/land/', '/404.html']) {
      const sheets = [...readPage(page).html.matchAll(/<link rel="stylesheet" href="([^"]+)" media="print"/g)].map((m) => m[1]);
      expect(sheets, page).toHaveLength(1);
      const css = readFileSync(join(ROOT, 'dist', sheets[0]), 'utf8');
      // The site's paper rules (A4, page numbers, black on white), with the layer order first, as it is linked above the site's sheet.
      expect(css, page).toMatch(/^@layer starlight,site\.theme,site\.layout,site\.document,site\.components,site\.pages[;,]/);
      expect(css, page).toContain('size:A4');
      expect(css, page).toContain('.print\\:hidden{display:none}');
    }
  });

  it('asks for every module a script needs in one round: each script imports its imports’ imports too (src/site/hoist-imports.ts)', () => {
    const dir = join(ROOT, 'dist/_astro');
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const importsOf = (f: string) => [...readFileSync(join(dir, f), 'utf8').matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);
    const graph = new Map(scripts.map((f) => [f, importsOf(f)]));
    for (const [f, direct] of graph) {
      const needed = new Set<string>();
      const visit = (g: string) => {
        for (const d of graph.get(g) ?? []) if (!needed.has(d)) needed.add(d), visit(d);
      };
      visit(f);
      needed.delete(f);
      expect([...needed].filter((d) => !direct.includes(d)), `${f} leaves these to a later round`).toEqual([]);
    }
    // The check means something: some scripts' imports import in turn. The search page's script
    // needs the numerals through the engine: the case this is for.
    expect([...graph.values()].filter((direct) => direct.some((d) => (graph.get(d) ?? []).length > 0)).length).toBeGreaterThan(0);
    const search = scripts.find((f) => /^search\.[\w-]+\.js$/.test(f))!;
    expect(graph.get(search)!.some((d) => d.startsWith('numerals.'))).toBe(true);
  });

  it('asks for no script with nothing in it (Starlight’s sidebar-state script is taken out: src/site/starlight-parts.ts)', () => {
    const scripts = new Set<string>();
    for (const page of builtPages()) if (page.endsWith('/')) for (const m of readPage(page).html.matchAll(/<script[^>]* src="([^"]+)"/g)) scripts.add(m[1]);
    // Not vacuous: the pages link their components' scripts.
    expect(scripts.size).toBeGreaterThan(10);
    expect([...scripts].filter((src) => readFileSync(join(ROOT, 'dist', src), 'utf8').trim() === '')).toEqual([]);
  });

  it('titles every page as text, whatever characters the title holds', () => {
    expect(readPage('/print/').html).toMatch(/<title>国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复（全文） \| 国函〔2025〕86号<\/title>/);
    expect(readPage('/404.html').html).toContain('<meta name="robots" content="noindex"/>');
    expect(readPage('/404.html').html).not.toContain('rel="canonical"');
  });

  it('describes the site for assistants (llms.txt) and gives the whole text with every clause’s address (llms-full.txt)', () => {
    const index = readFileSync(join(ROOT, 'dist/llms.txt'), 'utf8');
    expect(index).toMatch(/^# 国务院关于.*的批复（国函〔2025〕86号）\n\n> /);
    expect(index).toContain('- [附件10 成都市：成都市要素市场化配置综合改革试点实施方案](/chengdu/)');
    expect(index).toContain('](/llms-full.txt)');
    // Both languages: the English pages, under /en/, and where the English sentences are in the data.
    expect(index).toContain('## English');
    expect(index).toContain('](/en/chengdu/): 21 clauses');
    expect(index).toContain('`sentencesEn`');
    const full = readFileSync(join(ROOT, 'dist/llms-full.txt'), 'utf8');
    for (const c of clauses) {
      expect(full, c.id).toContain(`${c.labelText}${c.text}\n`);
      expect(full, c.id).toContain(`<${`/${c.region}/${c.number}/`}>`);
    }
    expect(full).toContain('（勘误：第6句原文“and”，应为“和”。');
  });

  it('serves the data export exactly as the converter wrote it', () => {
    for (const f of ['document.json', 'clauses.json', 'clauses.csv']) {
      expect(readFileSync(join(ROOT, 'dist/data', f)).equals(readFileSync(join(ROOT, 'src/content/data', f))), f).toBe(true);
    }
  });
});
