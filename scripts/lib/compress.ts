// Pre-compressed copies of the build's text files, written once at build time so that a host can
// send them as they are (nginx gzip_static/brotli_static, npm run serve, most static hosts) instead
// of compressing every response, and at the best settings, which no host can afford per request.

import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * The file types worth compressing. Pagefind's index, fragment, filter and meta files (.pf_*) and its
 * WebAssembly (.pagefind) are gzip streams already, and PDFs and images are compressed inside, so
 * none of them are listed.
 */
export const COMPRESSIBLE_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.txt', '.xml', '.svg', '.wasm', '.typ', '.md']);

/** Below this a compressed copy saves less than a network packet, and costs a file. */
export const MIN_BYTES = 1024;

/**
 * Brotli quality 10, not 11: on 2 shared cores 11 took 4–20 s for the site's 7.9 MB of text and 10
 * took 1.7–9 s, for copies 2.7% larger (1.66 MB against 1.62 MB in all).
 */
export const BROTLI_QUALITY = 10;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** What compressing a build did: how many files, their bytes, and the bytes a client downloads with each encoding. */
export interface CompressionReport {
  files: number;
  bytes: number;
  brotli: number;
  gzip: number;
}

/** Writes `out` as `path`, or removes a stale `path` when the copy would not be smaller than the original. */
async function keepIfSmaller(path: string, out: Buffer, original: number): Promise<number> {
  if (out.length < original) {
    await writeFile(path, out);
    return out.length;
  }
  await rm(path, { force: true });
  return original;
}

/** Writes file.br (brotli) and file.gz (gzip -9) beside every text file of `dir` larger than MIN_BYTES, keeping only smaller copies. */
export async function compressBuild(dir: string, quality: number = BROTLI_QUALITY): Promise<CompressionReport> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE_EXTENSIONS.has(extname(e.name))).map((e) => join(e.parentPath, e.name));
  const report: CompressionReport = { files: 0, bytes: 0, brotli: 0, gzip: 0 };
  // zlib's asynchronous calls run on libuv's thread pool, so every core works on its own file.
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file);
      if (data.length <= MIN_BYTES) return;
      const [b, g] = await Promise.all([
        brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        gz(data, { level: 9 }),
      ]);
      const [brotliBytes, gzipBytes] = await Promise.all([keepIfSmaller(`${file}.br`, b, data.length), keepIfSmaller(`${file}.gz`, g, data.length)]);
      report.files += 1;
      report.bytes += data.length;
      report.brotli += brotliBytes;
      report.gzip += gzipBytes;
    }),
  );
  return report;
}
