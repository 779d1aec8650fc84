// Renders the site's PDFs from its own print views in headless Chromium: A4, embedded fonts,
// selectable text, an outline from the headings, the title in the metadata, a running header
// (国函〔2025〕86号 · 附件N 地区) and page numbers. The clause URLs come from the print styles.

import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentModel } from '../../src/model/types.ts';
import { urlFor } from '../../src/model/urls.ts';
import { pdfSpecs } from '../../src/site/pdf.ts';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

const FONT = "font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif";

/** Renders every PDF of `model` from the build in `dist` (deployed under `base`) into dist/pdf/. */
export async function renderPdfs(dist: string, base: string, model: DocumentModel): Promise<{ name: string; bytes: number; ms: number }[]> {
  const { server, url } = await serveStatic(dist, { base });
  const origin = new URL(url).origin;
  const browser = await launchChromium();
  const out = join(dist, 'pdf');
  await mkdir(out, { recursive: true });
  const done: { name: string; bytes: number; ms: number }[] = [];
  try {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    for (const spec of pdfSpecs(model)) {
      const started = performance.now();
      await page.goto(origin + urlFor(spec.from, base), { waitUntil: 'networkidle' });
      await page.evaluate((title) => {
        document.title = title;
      }, spec.title);
      const file = join(out, `${spec.name}.pdf`);
      await page.pdf({
        path: file,
        format: 'A4',
        margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
        displayHeaderFooter: true,
        headerTemplate: `<div style="${FONT};font-size:8px;color:#444;width:100%;margin:0 20mm;border-bottom:0.5px solid #999;padding-bottom:2px">${spec.header}</div>`,
        footerTemplate: `<div style="${FONT};font-size:8px;color:#444;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>`,
        printBackground: false,
        outline: true,
        tagged: true,
      });
      await writeFile(file, undoubleOutlineTitles(await readFile(file)));
      done.push({ name: spec.name, bytes: (await stat(file)).size, ms: performance.now() - started });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return done;
}

/**
 * Chromium writes a heading's text twice into the PDF outline ("三、…三、…") when a print break
 * moved the heading's box (here: a heading kept with the clause after it). The outline's titles are
 * UTF-16 hex strings; a doubled one is replaced by its first half padded with spaces, which hex
 * strings ignore, so no byte moves and the cross-reference table stays valid.
 */
export function undoubleOutlineTitles(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text.replace(/\/Title <FEFF([0-9A-F]+)>/g, (whole, hex: string) => {
    const half = hex.length / 2;
    if (hex.length % 8 !== 0 || hex.slice(0, half) !== hex.slice(half)) return whole;
    return `/Title <FEFF${hex.slice(0, half)}${' '.repeat(half)}>`;
  });
  return Buffer.from(fixed, 'latin1');
}
