// The PDFs the site offers: one per annex and one for the whole document, rendered after the build
// from the site’s own print views (scripts/lib/pdf.ts). Pages link them only when the build makes them.

import { annexLabel, annexName } from '../model/labels.ts';
import type { DocumentModel } from '../model/types.ts';
import type { UrlTarget } from '../model/urls.ts';
import { pdfEnabled } from '../site-config.ts';

export const WHOLE_DOCUMENT = 'guohan-2025-86';

/** One PDF: its file name (without .pdf), the page it is printed from, its title and running header. */
export interface PdfSpec {
  name: string;
  from: UrlTarget;
  title: string;
  header: string;
}

/** Every PDF of the site. */
export function pdfSpecs(model: DocumentModel): PdfSpec[] {
  return [
    { name: WHOLE_DOCUMENT, from: { kind: 'print' }, title: `${model.meta.title}（${model.meta.docNumber}）`, header: `${model.meta.docNumber} · 批复及全部附件` },
    ...model.annexes.map((a) => ({
      name: a.region,
      from: { kind: 'annex', region: a.region } as UrlTarget,
      title: `${model.meta.docNumber} ${annexLabel(a.number)} ${a.titleText}`,
      header: `${model.meta.docNumber} · ${annexName(a)}`,
    })),
  ];
}

/** Whether this build links PDFs (it makes them) or falls back to the print view. */
export const PDFS = pdfEnabled();
