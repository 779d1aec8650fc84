// Writes every PDF the site offers (src/site/pdf.ts) into a folder, typeset by Typst from the model
// (src/pdf/): the build and the benchmark call this, and the tests call it for other deployments.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentModel } from '../../src/model/types.ts';
import type { Deployment } from '../../src/model/urls.ts';
import { buildPdfData } from '../../src/pdf/data.ts';
import { createPdfRenderer } from '../../src/pdf/render.ts';
import { pdfSpecs } from '../../src/site/pdf.ts';

/** One PDF as made: its name, size, pages, and how long it took. */
export interface MadePdf {
  name: string;
  bytes: number;
  pages: number;
  ms: number;
}

/** Renders every PDF of `model` for the deployment `site` into `out`, set in the faces `fonts`; what each is and took. */
export async function renderPdfs(out: string, site: Deployment, model: DocumentModel, fonts: string[]): Promise<MadePdf[]> {
  await mkdir(out, { recursive: true });
  const render = createPdfRenderer(fonts);
  const done: MadePdf[] = [];
  for (const spec of pdfSpecs(model)) {
    const started = performance.now();
    const { pdf, pages } = render.pages(buildPdfData(model, spec, site));
    await writeFile(join(out, `${spec.name}.pdf`), pdf);
    done.push({ name: spec.name, bytes: pdf.length, pages, ms: performance.now() - started });
  }
  return done;
}
