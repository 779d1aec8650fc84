// npm run build: the whole site, in order, with what each stage took.
//   1. ingest: the seed to src/content (with --strict: unreviewed repairs fail the build)
//   2. PDFs: typeset by Typst from the model, when the Noto CJK faces are there, into a folder of the
//      project's own (node_modules/.cache/guohan-pdf/) with a manifest of their sizes and page counts,
//      which the pages' download links show; otherwise skipped with a clear message, and the pages
//      offer the print view instead of a PDF link.
//   3. site: Astro and Starlight to dist/, with the Pagefind index; the PDFs copied into dist/pdf/.
//   4. host files: _headers (the security headers and caching, for Netlify and Cloudflare Pages),
//      then .br and .gz copies of every text file worth it, for hosts that send them as they are.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SiteModel } from '../src/model/site-model.ts';
import { urlFor } from '../src/model/urls.ts';
import { deployment, findPdfFonts, PDF_FONT_FILES, pdfEnabled } from '../src/site-config.ts';
import { compressBuild } from './lib/compress.ts';
import { renderHeadersFile } from './lib/headers-file.ts';
import { renderPdfs } from './lib/pdf.ts';

// Resolved as Node resolves packages, so that a copy of the project inside it (the tests' scratch
// builds) finds the project's node_modules.
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const started = performance.now();
const step = (name: string, t: number) => process.stdout.write(`✓ ${name} in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
const pdfs = pdfEnabled();
/** Where the PDFs are made before the site is built: inside the project, never a shared folder. */
const PDF_DIR = join('node_modules', '.cache', 'guohan-pdf');
const PDF_MANIFEST = join(PDF_DIR, 'manifest.json');
// Astro must agree with this script on whether PDFs exist, or pages would link to missing files;
// it reads their sizes and page counts from the manifest.
const env = { ...process.env, SKIP_PDF: pdfs ? '' : '1', PDF_MANIFEST: pdfs ? PDF_MANIFEST : '' };

let t = performance.now();
execFileSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--strict'], { stdio: 'inherit', env });
step('ingest', t);

const dist = process.env.OUT_DIR || 'dist';
// Read after the ingest, which has already said clearly what is wrong with a bad SITE_URL.
const deployed = deployment();
if (pdfs) {
  t = performance.now();
  const site = JSON.parse(readFileSync('src/content/model.json', 'utf8')) as SiteModel;
  rmSync(PDF_DIR, { recursive: true, force: true });
  mkdirSync(PDF_DIR, { recursive: true });
  const made = await renderPdfs(PDF_DIR, deployed, site.model, findPdfFonts(process.env)!, site.english ? { english: site.english, glossary: site.glossary } : null);
  writeFileSync(PDF_MANIFEST, JSON.stringify(Object.fromEntries(made.map((p) => [p.name, { bytes: p.bytes, pages: p.pages }])), null, 2));
  step(`PDFs (${made.length}, ${(made.reduce((n, p) => n + p.bytes, 0) / 1024 / 1024).toFixed(1)} MB, ${made.reduce((n, p) => n + p.pages, 0)} pages)`, t);
  if (!deployed.origin) {
    process.stdout.write(
      `! The PDFs print each clause's site path (${urlFor({ kind: 'clause', region: 'beijing', clause: 12 }, deployed.base)}), without a host and without links: SITE_URL is not set.\n` +
        `  For full, linked addresses, build with SITE_URL=https://your.host (and BASE_PATH for a sub-path).\n`,
    );
  }
} else {
  const why = process.env.SKIP_PDF === '1' ? 'SKIP_PDF=1 is set' : `the Noto CJK faces were not found (${PDF_FONT_FILES.join(', ')})`;
  process.stdout.write(
    `! PDFs skipped: ${why}. The pages offer their print view instead of a PDF link.\n` +
      `  To build the PDFs, install the Noto CJK fonts (Debian: apt-get install fonts-noto-cjk) or set CJK_FONT_DIR to the folder that holds them, then run npm run build again.\n`,
  );
}

t = performance.now();
execFileSync(process.execPath, [ASTRO, 'build', ...(process.argv.includes('--verbose') ? [] : ['--silent'])], { stdio: 'inherit', env });
if (pdfs) cpSync(PDF_DIR, join(dist, 'pdf'), { recursive: true, filter: (src) => !src.endsWith('manifest.json') });
step('site (Astro, Starlight, Pagefind)', t);

t = performance.now();
writeFileSync(join(dist, '_headers'), renderHeadersFile(deployed.base));
const packed = await compressBuild(dist);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
step(`_headers, .br and .gz copies of ${packed.files} files (${mb(packed.bytes)} → ${mb(packed.brotli)} brotli, ${mb(packed.gzip)} gzip)`, t);

process.stdout.write(`Built ${dist}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
