// Printing a page from the browser: page margins, a running header naming the document and, on a
// pilot's pages, the pilot, and page numbers (src/styles/print.css has the rest). Margin boxes take
// only strings, so the headers are generated as CSS from the model, one named page per pilot, and
// served as a virtual stylesheet (vite plugin below) that the site's layout imports.

import { readFileSync } from 'node:fs';
import { annexName } from '../model/labels.ts';
import type { SiteModel } from '../model/site-model.ts';

/** A CSS string literal of any text. */
function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** The print stylesheet of running headers for a model: one named page per pilot. */
function printPagesCss(site: SiteModel): string {
  const { meta, annexes } = site.model;
  const header = (text: string) => `@top-left { content: ${cssString(text)}; font-size: 8pt; color: #333; }`;
  return [
    '@layer site.print {',
    `  @page { ${header(`${meta.docNumber} 要素市场化配置综合改革试点`)} }`,
    ...annexes.flatMap((a) => [
      `  @page pilot-${a.region} { ${header(`${meta.docNumber} · ${annexName(a)}`)} }`,
      `  @media print { main:has([data-pilot=${cssString(a.region)}]) { page: pilot-${a.region}; } }`,
    ]),
    '}',
  ].join('\n');
}

const ID = 'virtual:print-pages.css';

/** The Vite plugin that serves the stylesheet, made from src/content/model.json (written by the ingest). */
export function printPagesPlugin(modelFile: string) {
  return {
    name: 'guohan-print-pages',
    resolveId(id: string) {
      return id === ID ? `\0${ID}` : undefined;
    },
    load(id: string) {
      return id === `\0${ID}` ? printPagesCss(JSON.parse(readFileSync(modelFile, 'utf8')) as SiteModel) : undefined;
    },
  };
}
