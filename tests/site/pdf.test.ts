// The PDFs, read back: every clause's text extractable, fonts embedded (as compact TrueType subsets,
// not Type 3), an outline of sections (and annexes), the title in the metadata, a running header,
// page numbers, and each clause's URL printed under it.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../../src/model/site-model.ts';
import { DIST, ROOT } from './support.ts';

const site = JSON.parse(readFileSync(join(ROOT, 'src/content/model.json'), 'utf8')) as SiteModel;
const { annexes, meta } = site.model;
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
/** A clause as printed: each correction shown after the original it corrects. */
const printed = (c: { text: string; corrections: { offset: number; original: string; correction: string }[] }) => {
  let t = c.text;
  for (const x of [...c.corrections].sort((a, b) => b.offset - a.offset)) t = t.slice(0, x.offset + x.original.length) + x.correction + t.slice(x.offset + x.original.length);
  return squash(t);
};
const pdf = (name: string) => join(DIST, 'pdf', `${name}.pdf`);
/** The text of a PDF; `body` crops away the running header and the page numbers in the margins (A4, 22/20 mm). */
const text = (name: string, area: 'page' | 'body' = 'page') =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', ...(area === 'body' ? ['-r', '72', '-x', '0', '-y', '63', '-W', '596', '-H', '722'] : []), pdf(name), '-'], { maxBuffer: 64 << 20 }).toString();

async function outline(name: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(pdf(name))), useSystemFonts: true }).promise;
  const items = (await doc.getOutline()) ?? [];
  const titles: string[] = [];
  const walk = (list: { title: string; items: unknown[] }[], depth: number) => {
    for (const i of list) {
      titles.push(`${'  '.repeat(depth)}${i.title}`);
      walk(i.items as never, depth + 1);
    }
  };
  walk(items as never, 0);
  await doc.destroy();
  return titles;
}

describe('PDFs', () => {
  it('exist for every annex and for the whole document', () => {
    for (const name of ['guohan-2025-86', ...annexes.map((a) => a.region)]) expect(existsSync(pdf(name)), name).toBe(true);
  });

  it.each(annexes.map((a) => [a.region, a] as const))('%s.pdf holds every clause, its URL, a running header and page numbers', (region, a) => {
    const extracted = squash(text(region, 'body'));
    for (const s of a.sections) {
      expect(extracted).toContain(squash(`${s.label.text}${s.heading.text}`));
      for (const c of s.clauses) {
        expect(extracted, c.id).toContain(printed(c));
        expect(extracted, c.id).toContain(`/${region}/${c.number}/`);
      }
    }
    const whole = squash(text(region));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(region)]).toString())![1]);
    expect(whole.split(squash(`${meta.docNumber} · 附件${a.number} ${a.regionName}`)).length - 1).toBe(pages);
    for (let n = 1; n <= pages; n++) expect(whole).toContain(`第${n}页/共${pages}页`);
  });

  it('the whole-document PDF holds the letter and every clause of every annex', () => {
    const extracted = squash(text('guohan-2025-86', 'body'));
    for (const p of site.model.letter.paragraphs) expect(extracted).toContain(printed(p));
    for (const a of annexes) for (const s of a.sections) for (const c of s.clauses) expect(extracted, c.id).toContain(printed(c));
  });

  it('embeds its fonts as TrueType subsets with Unicode maps', () => {
    for (const name of ['guohan-2025-86', 'hefei']) {
      const fonts = execFileSync('pdffonts', [pdf(name)]).toString().split('\n').slice(2).filter(Boolean);
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f, name).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
      }
    }
  });

  it('has the title in its metadata', () => {
    const info = execFileSync('pdfinfo', [pdf('hefei')]).toString();
    expect(info).toMatch(/Title:\s+国函〔2025〕86号 附件4 合肥都市圈要素市场化配置综合改革试点实施方案/);
    expect(execFileSync('pdfinfo', [pdf('guohan-2025-86')]).toString()).toMatch(/Title:\s+国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复（国函〔2025〕86号）/);
  });

  it('has an outline of sections and clauses; the whole document’s lists the letter and every annex', async () => {
    const hefei = await outline('hefei');
    const flat = hefei.map((t) => t.trim());
    for (const s of annexes[3].sections) expect(flat).toContain(`${s.label.text}${s.heading.text}`);
    expect(flat).toContain('（七）提升土地节约集约利用水平。');
    // Each heading once (Chromium repeats a heading whose box a print break moved).
    for (const t of flat) expect(t.slice(0, t.length / 2), t).not.toBe(t.slice(t.length / 2));
    const whole = (await outline('guohan-2025-86')).filter((t) => !t.startsWith(' ')).map((t) => t.trim());
    expect(whole).toEqual([site.model.letter.titleText, ...annexes.map((a) => a.titleText)]);
  });
});
