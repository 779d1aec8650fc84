// Writes every PDF the site offers (src/site/pdf.ts) into a folder, typeset by Typst from the model
// (src/pdf/): the build and the benchmark call this, and the tests call it for other deployments.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentModel } from '../../src/model/types.ts';
import type { PdfEnglish } from '../../src/pdf/data.ts';
import type { Deployment } from '../../src/model/urls.ts';
import { buildPdfData, buildPdfDataEn, pdfTitleEn } from '../../src/pdf/data.ts';
import { createPdfRenderer } from '../../src/pdf/render.ts';
import { pdfSpecs } from '../../src/site/pdf.ts';

/** One PDF as made: its name, size, pages, and how long it took. */
export interface MadePdf {
  name: string;
  bytes: number;
  pages: number;
  ms: number;
}

/**
 * Renders every PDF of `model` for the deployment `site` into `out`, set in the faces `fonts`, and
 * with a translation (`english`) the same PDFs in English into `out/en/` (named en/…); what each is
 * and took.
 */
export async function renderPdfs(out: string, site: Deployment, model: DocumentModel, fonts: string[], english: PdfEnglish | null = null): Promise<MadePdf[]> {
  await mkdir(out, { recursive: true });
  if (english) await mkdir(join(out, 'en'), { recursive: true });
  const render = createPdfRenderer(fonts);
  const done: MadePdf[] = [];
  const make = async (name: string, data: Parameters<typeof render>[0]) => {
    const started = performance.now();
    const { pdf, pages } = render.pages(data);
    await writeFile(join(out, `${name}.pdf`), pdf);
    done.push({ name, bytes: pdf.length, pages, ms: performance.now() - started });
  };
  for (const spec of pdfSpecs(model)) {
    await make(spec.name, buildPdfData(model, spec, site));
    if (english) await make(`en/${spec.name}`, buildPdfDataEn(model, { title: pdfTitleEn(model, english, spec.region), region: spec.region }, site, english));
  }
  return done;
}
