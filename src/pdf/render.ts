// Typesets the PDFs with Typst, through the native compiler in the npm package
// @myriaddreamin/typst-ts-node-compiler (nothing is downloaded at run time). The template is
// document.typ beside this file; the text reaches it as a JSON file in the compiler's virtual file
// system, so it is only ever data.

import { join } from 'node:path';
import { NodeCompiler, type NodeError } from '@myriaddreamin/typst-ts-node-compiler';
import type { PdfData } from './data.ts';

const TEMPLATE_DIR = import.meta.dirname;

/** Turns one PDF's data into the PDF's bytes; `pages` says how many pages it has. */
export type PdfRenderer = ((data: PdfData) => Buffer) & { pages: (data: PdfData) => { pdf: Buffer; pages: number } };

/**
 * A renderer with the faces in `fonts` loaded once, for every PDF of a build. A compile that
 * reports any warning fails: with this template, a warning means a face is missing or misnamed,
 * and a PDF set in a fallback face is worse than none.
 */
export function createPdfRenderer(fonts: string[]): PdfRenderer {
  const compiler = NodeCompiler.create({ workspace: TEMPLATE_DIR, fontArgs: [{ fontPaths: fonts }] });
  let count = 0;
  const typeset = (data: PdfData): { pdf: Buffer; pages: number } => {
    const path = `/data/${++count}.json`;
    const file = join(TEMPLATE_DIR, path);
    compiler.mapShadow(file, Buffer.from(JSON.stringify(data)));
    try {
      const result = compiler.compile({ mainFilePath: join(TEMPLATE_DIR, 'document.typ'), inputs: { data: path } });
      const problems = [result.takeError(), result.takeWarnings()].flatMap(describe);
      const document = result.result;
      if (problems.length || !document) throw new Error(`Typst could not set “${data.title}”:\n${problems.join('\n') || 'no document'}`);
      return { pdf: compiler.pdf(document), pages: document.numOfPages };
    } finally {
      compiler.unmapShadow(file);
    }
  };
  return Object.assign((data: PdfData) => typeset(data).pdf, { pages: typeset });
}

function describe(error: NodeError | null): string[] {
  return (error?.shortDiagnostics ?? []).map((d: { message?: string; path?: string; range?: string | null }) => `  ${d.path ?? ''}${d.range ? `:${d.range}` : ''}: ${d.message ?? JSON.stringify(d)}`);
}
