// The PDFs the site offers: one per annex and one for the whole document, typeset by Typst from the
// model after the build (src/pdf/). Pages link them only when the build makes them; otherwise they
// offer the page each PDF corresponds to, to print.

import { readFileSync } from 'node:fs';
import { annexLabel } from '../model/labels.ts';
import type { DocumentModel } from '../model/types.ts';
import type { UrlTarget } from '../model/urls.ts';
import { pdfEnabled } from '../site-config.ts';

export const WHOLE_DOCUMENT = 'guohan-2025-86';

/** One PDF: its file name (without .pdf), the page to print instead, its title, and the annex it holds. */
export interface PdfSpec {
  name: string;
  from: UrlTarget;
  title: string;
  /** The region of the annex it holds; null for the whole document (the letter and every annex). */
  region: string | null;
}

/** Every PDF of the site. */
export function pdfSpecs(model: DocumentModel): PdfSpec[] {
  return [
    { name: WHOLE_DOCUMENT, from: { kind: 'print' }, title: `${model.meta.title}（${model.meta.docNumber}）`, region: null },
    ...model.annexes.map((a) => ({
      name: a.region,
      from: { kind: 'annex', region: a.region } as UrlTarget,
      title: `${model.meta.docNumber} ${annexLabel(a.number)} ${a.titleText}`,
      region: a.region,
    })),
  ];
}

/** Whether this build links PDFs (it makes them) or falls back to the print view. */
export const PDFS = pdfEnabled();


/** A made PDF's size and page count. */
export interface PdfFacts {
  bytes: number;
  pages: number;
}

/**
 * Each PDF's size and page count, by name: the build typesets the PDFs before the pages and says
 * where their manifest is (PDF_MANIFEST); without one (astro dev), nothing is known.
 */
export const PDF_FACTS: Readonly<Record<string, PdfFacts>> = (() => {
  const path = process.env.PDF_MANIFEST;
  if (!PDFS || !path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, PdfFacts>;
  } catch {
    return {};
  }
})();

/** Whether this build made the English PDFs (/pdf/en/…, named en/… in the manifest), which English pages then link. */
export const PDFS_EN = Object.keys(PDF_FACTS).some((name) => name.startsWith('en/'));

/** A file size as people read it: 246 KB, 1.2 MB. */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
