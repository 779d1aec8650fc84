// The PDFs, read back: every clause's text extractable exactly (no space inserted), the fonts
// Noto CJK subsets (never Type 3), an outline of sections and clauses (and of the letter and the
// annexes), the title and language in the metadata, a running header, page numbers, each clause's
// address printed under it, and links only ever to the configured origin. The build's PDFs are read
// as built (SITE_URL is usually unset); a second set is rendered from the model for an origin.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfs } from '../../scripts/lib/pdf.ts';
import type { SiteModel } from '../../src/model/site-model.ts';
import type { Correction } from '../../src/model/types.ts';
import { absoluteUrlFor, urlFor, type UrlTarget } from '../../src/model/urls.ts';
import { deployment, findPdfFonts } from '../../src/site-config.ts';
import { DIST, ROOT } from './support.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src/content/model.json'), 'utf8')) as SiteModel;
const { annexes, letter, meta } = site.model;
const WHOLE = 'guohan-2025-86';
const NAMES = [WHOLE, ...annexes.map((a) => a.region)];
const BUILT = join(DIST, 'pdf');

/** A text as printed: each correction right after the original it corrects. */
const printed = (c: { text: string; corrections: Correction[] }) => {
  let t = c.text;
  for (const x of [...c.corrections].sort((a, b) => b.offset - a.offset)) t = t.slice(0, x.offset + x.original.length) + x.correction + t.slice(x.offset + x.original.length);
  return t;
};
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
/**
 * The text of a PDF. `body` crops to the type area (A4 with 25 mm above and 22 mm below, less a
 * little) and joins lines and pages, removing nothing else: any space found in it was printed.
 */
const text = (file: string, area: 'page' | 'body' = 'page') =>
  area === 'page' ? run('pdftotext', ['-enc', 'UTF-8', file, '-']) : run('pdftotext', ['-enc', 'UTF-8', '-r', '72', '-x', '0', '-y', '60', '-W', '596', '-H', '730', file, '-']).replace(/[\n\f]/g, '');
/** The footer of page n of m; pdftotext keeps or drops its narrow spaces depending on their width. */
const pageNumber = (n: number, m: number) => new RegExp(`第\\s*${n}\\s*页\\s*/\\s*共\\s*${m}\\s*页`);
/** Each page's text, from pdftotext's form feeds. */
const pages = (file: string) => text(file).split('\f').slice(0, -1);

async function open(file: string) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: true, verbosity: 0 }).promise;
}

async function outline(file: string): Promise<string[]> {
  const doc = await open(file);
  const titles: string[] = [];
  const walk = (list: { title: string; items: unknown[] }[], depth: number) => {
    for (const i of list) {
      titles.push(`${'  '.repeat(depth)}${i.title}`);
      walk(i.items as never, depth + 1);
    }
  };
  walk(((await doc.getOutline()) ?? []) as never, 0);
  await doc.destroy();
  return titles;
}

/** Every link annotation: its URL when it opens one, its destination when it points inside. */
async function links(file: string): Promise<{ url?: string; dest?: unknown }[]> {
  const doc = await open(file);
  const found: { url?: string; dest?: unknown }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const a of await (await doc.getPage(n)).getAnnotations()) {
      if (a.subtype === 'Link') found.push({ url: a.url ?? a.unsafeUrl, dest: a.dest });
    }
  }
  await doc.destroy();
  return found;
}

/** The address printed under a clause: host and path with an origin, the site path without. */
const shown = (target: UrlTarget, origin: string | null, base: string) => (origin ? absoluteUrlFor(target, origin, base).replace(/^https?:\/\//, '') : urlFor(target, base));

describe('the PDFs of the build', () => {
  const pdf = (name: string) => join(BUILT, `${name}.pdf`);
  const origin = deployment().origin;
  const { base } = deployment();

  it('exist for every annex and for the whole document', () => {
    for (const name of NAMES) expect(existsSync(pdf(name)), name).toBe(true);
  });

  it.each(annexes.map((a) => [a.region, a] as const))('%s.pdf holds every clause and its address, a running header and page numbers', (region, a) => {
    const body = text(pdf(region), 'body');
    for (const s of a.sections) {
      expect(body).toContain(`${s.label.text}${s.heading.text}`);
      for (const c of s.clauses) {
        expect(body, c.id).toContain(`${c.labelText}${printed(c)}`);
        expect(body, c.id).toContain(shown({ kind: 'clause', region, clause: c.number }, origin, base));
      }
    }
    const each = pages(pdf(region));
    each.forEach((page, i) => {
      expect(page.trimStart().startsWith(`${meta.docNumber} · 附件${a.number} ${a.regionName}\n`), `page ${i + 1}`).toBe(true);
      expect(page, `page ${i + 1}`).toMatch(pageNumber(i + 1, each.length));
    });
  });

  it('the whole-document PDF holds the letter and every clause of every annex, each page headed by its part', () => {
    const body = text(pdf(WHOLE), 'body');
    for (const part of [letter.titleText, letter.docNumber.text, letter.addressees.text, letter.opening.text, letter.signature.text, letter.date.text, letter.note?.text ?? '']) expect(body).toContain(part);
    for (const p of letter.paragraphs) expect(body).toContain(`${p.label.text}${printed(p)}`);
    for (const e of letter.annexList) expect(body).toContain(e.titleText);
    for (const a of annexes) for (const s of a.sections) for (const c of s.clauses) expect(body, c.id).toContain(`${c.labelText}${printed(c)}`);
    const each = pages(pdf(WHOLE));
    const headers = each.map((page) => page.trimStart().split('\n')[0]);
    expect(headers[0]).toBe(`${meta.docNumber} · 批复`);
    expect(new Set(headers)).toEqual(new Set([`${meta.docNumber} · 批复`, ...annexes.map((a) => `${meta.docNumber} · 附件${a.number} ${a.regionName}`)]));
    each.forEach((page, i) => expect(page, `page ${i + 1}`).toMatch(pageNumber(i + 1, each.length)));
  });

  it('prints the document number, numbers and Latin words without stray spaces', () => {
    const body = text(pdf(WHOLE), 'body');
    for (const sample of ['国函〔2025〕86号', '科创30条', 'REITs', '5G', '10%']) expect(body, sample).toContain(sample);
    expect(text(pdf('hefei'))).toContain(`${meta.docNumber} 附件4`);
    expect(body).not.toMatch(/国函〔\s|\s〕86号|\d\s+[条号年%]/);
  });

  it('embeds its fonts as Noto CJK subsets with Unicode maps, none of them Type 3', () => {
    for (const name of NAMES) {
      const fonts = run('pdffonts', [pdf(name)]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const f of fonts) expect(f, name).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)CJKsc-(Regular|Bold)\S*\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
      expect(fonts.join('\n'), name).not.toMatch(/Type 3/);
    }
  });

  it('has the title and the language in its metadata', async () => {
    expect(run('pdfinfo', [pdf('hefei')])).toMatch(/Title:\s+国函〔2025〕86号 附件4 合肥都市圈要素市场化配置综合改革试点实施方案\n/);
    expect(run('pdfinfo', [pdf(WHOLE)])).toMatch(/Title:\s+国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复（国函〔2025〕86号）\n/);
    const doc = await open(pdf('hefei'));
    expect(((await doc.getMetadata()).info as { Language?: string }).Language).toMatch(/^zh/);
    await doc.destroy();
  });

  it('has an outline of sections and clauses; the whole document’s lists the letter and every annex', async () => {
    const hefei = await outline(pdf('hefei'));
    expect(hefei.filter((t) => !t.startsWith(' '))).toEqual(annexes[3].sections.map((s) => `${s.label.text}${s.heading.text}`));
    expect(hefei).toContain('  （七）提升土地节约集约利用水平。');
    expect(hefei.length).toBe(7 + annexes[3].sections.reduce((n, s) => n + s.clauses.length, 0));
    const whole = await outline(pdf(WHOLE));
    expect(whole.filter((t) => !t.startsWith(' '))).toEqual([letter.titleText, ...annexes.map((a) => a.titleText)]);
    expect(whole).toContain('    （七）提升土地节约集约利用水平。');
  });

  it.runIf(!origin)('without SITE_URL, links nowhere outside the PDF and says the site’s address was not configured', async () => {
    for (const name of NAMES) {
      for (const l of await links(pdf(name))) expect(l.url, name).toBeUndefined();
      expect(text(pdf(name), 'body'), name).toContain('本站网址未配置');
    }
    // The whole document's annex list points at its annexes, inside the file.
    expect((await links(pdf(WHOLE))).filter((l) => l.dest).length).toBe(annexes.length);
  });
});

describe('the English PDFs of the build (an unofficial translation)', () => {
  const pdf = (name: string) => join(BUILT, 'en', `${name}.pdf`);
  const english = site.english!;
  // Lines end at spaces and hyphenation breaks words: compare the words, whatever the breaks.
  const squeeze = (t: string) => t.replace(/[\s\u00AD-]/g, '');
  const pageOf = (n: number, m: number) => new RegExp(`Page\\s*${n}\\s*of\\s*${m}`);

  it('hold every sentence of the reviewed translation, under each page a running header and its number', () => {
    for (const a of annexes) {
      const body = squeeze(text(pdf(a.region), 'body'));
      const t = english.annexes[a.region];
      expect(body).toContain(squeeze(t.title));
      for (const s of a.sections) {
        expect(body).toContain(squeeze(`${s.number}. ${t.sections[s.number]}`));
        for (const c of s.clauses) for (const sentence of t.clauses[c.id]) expect(body, c.id).toContain(squeeze(sentence));
      }
      const each = pages(pdf(a.region));
      each.forEach((page, i) => {
        expect(page.trimStart().split('\n')[0], `${a.region} page ${i + 1}`).toMatch(new RegExp(`^${english.letter.docNumber.replace(/[[\]]/g, '\\$&')} · Annex ${a.number} `));
        expect(page, `${a.region} page ${i + 1}`).toMatch(pageOf(i + 1, each.length));
      });
    }
    const whole = squeeze(text(pdf(WHOLE), 'body'));
    for (const p of Object.values(english.letter.paragraphs)) for (const sentence of p) expect(whole).toContain(squeeze(sentence));
    for (const a of annexes) expect(whole).toContain(squeeze(english.annexes[a.region].clauses[a.sections[0].clauses[0].id][0]));
  });

  it('say the English is unofficial and the Chinese authoritative, and print the English pages’ addresses', () => {
    for (const name of NAMES) {
      const body = text(pdf(name), 'body');
      expect(body, name).toMatch(/unofficial translation/);
      expect(body, name).toMatch(/is authoritative/);
    }
    expect(text(pdf('hefei'), 'body')).toContain(shown({ kind: 'clause', region: 'hefei', clause: 20 }, deployment().origin, `${deployment().base}en/`));
  });

  it('are set in the same embedded faces, with Latin quotation marks, and English in the metadata', async () => {
    for (const f of run('pdffonts', [pdf('hefei')]).split('\n').slice(2).filter(Boolean)) expect(f).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)CJKsc-\S+\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(run('pdfinfo', [pdf('hefei')])).toMatch(/Title:\s+Guo Han \[2025\] No\. 86, Annex 4: Implementation Plan/);
    const doc = await open(pdf('hefei'));
    expect(((await doc.getMetadata()).info as { Language?: string }).Language).toMatch(/^en/);
    await doc.destroy();
  });

  it('are what the English pages offer, with their size and pages; the Chinese pages offer the Chinese', () => {
    const html = readFileSync(join(DIST, 'en/hefei/index.html'), 'utf8');
    expect(html).toMatch(/href="[^"]*\/pdf\/en\/hefei\.pdf" download>Annex 4 \(PDF, \d+ KB, \d+ pages\)/);
    expect(html).toMatch(/href="[^"]*\/pdf\/en\/guohan-2025-86\.pdf" download>/);
    expect(readFileSync(join(DIST, 'hefei/index.html'), 'utf8')).not.toMatch(/\/pdf\/en\//);
  });
});

describe('the PDFs for a deployment at https://example.org/guohan/', () => {
  const origin = 'https://example.org';
  const base = '/guohan/';
  const out = mkdtempSync(join(tmpdir(), 'pdf-origin-'));
  const pdf = (name: string) => join(out, `${name}.pdf`);

  beforeAll(async () => {
    const fonts = findPdfFonts(process.env);
    if (!fonts) throw new Error('The Noto CJK faces are missing: install fonts-noto-cjk.');
    await renderPdfs(out, { origin, base }, site.model, fonts);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints every clause’s full address and links it from the address and the clause heading', async () => {
    for (const a of annexes) {
      const body = text(pdf(a.region), 'body');
      const urls = (await links(pdf(a.region))).map((l) => l.url);
      for (const s of a.sections) {
        for (const c of s.clauses) {
          const target: UrlTarget = { kind: 'clause', region: a.region, clause: c.number };
          expect(body, c.id).toContain(`example.org/guohan/${a.region}/${c.number}/`);
          expect(urls.filter((u) => u === absoluteUrlFor(target, origin, base)).length, c.id).toBe(2);
        }
      }
      expect(urls).toContain(absoluteUrlFor({ kind: 'annex', region: a.region }, origin, base));
      expect(body).toContain('本站网址：example.org/guohan/');
      expect(body).not.toContain('本站网址未配置');
    }
  });

  it('links only to the configured origin: never to the server that rendered it or any other host', async () => {
    for (const name of NAMES) {
      const found = await links(pdf(name));
      expect(found.length, name).toBeGreaterThan(0);
      for (const l of found) {
        if (l.url === undefined) continue;
        expect(new URL(l.url).origin, `${name}: ${l.url}`).toBe(origin);
        expect(new URL(l.url).pathname.startsWith(base), `${name}: ${l.url}`).toBe(true);
      }
      expect(JSON.stringify(found), name).not.toMatch(/127\.0\.0\.1|localhost/);
    }
  });
});
