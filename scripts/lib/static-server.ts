// A small static file server for the built site, as a careful static host would serve it: under the
// deployment base, /path redirected to /path/ when that is a folder, 404.html for what is missing,
// the site's security headers, pre-compressed files when the client takes them, and caching that
// keeps fingerprinted assets for good and revalidates everything else. `npm start`, the browser
// tests, the PDF step and the benchmark all use it, so they see the same thing.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { CACHE_CONTROL, FINGERPRINTED_DIR, SECURITY_HEADERS } from '../../src/site-config.ts';
import { parseAcceptEncoding, PRECOMPRESSED } from './accept-encoding.ts';
import { formatSitePath, isValidBase, parseRequestTarget } from './request-target.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const ALLOWED_METHODS = 'GET, HEAD';

async function statFile(path: string): Promise<{ size: number; mtimeMs: number } | null> {
  return stat(path).then((s) => (s.isFile() ? s : null), () => null);
}

/** Headers every response carries; the policy itself only matters for HTML, so only HTML gets it. */
function chooseSecurityHeaders(contentType: string): Record<string, string> {
  const { 'Content-Security-Policy': policy, ...others } = SECURITY_HEADERS;
  return contentType.startsWith('text/html') ? { ...others, 'Content-Security-Policy': policy } : { ...others };
}

function sendText(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...chooseSecurityHeaders('text/plain'), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CACHE_CONTROL.revalidate, ...extra });
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { ...chooseSecurityHeaders('text/plain'), Location: location, 'Cache-Control': CACHE_CONTROL.revalidate, 'Content-Length': '0' });
  res.end();
}

/** Sends `file` (or its .br/.gz copy, when the client takes it), with validators and cache headers. */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number, cacheControl: string): Promise<void> {
  const contentType = TYPES[extname(file)] ?? 'application/octet-stream';
  const copies = (await Promise.all(PRECOMPRESSED.map(async (p) => ((await statFile(file + p.suffix)) ? p : null)))).filter((p) => p !== null);
  const chosen = parseAcceptEncoding(req.headers['accept-encoding']).find((p) => copies.includes(p));
  const path = chosen ? file + chosen.suffix : file;
  const info = await statFile(path);
  if (!info) return sendText(res, 404, 'Not Found\n');
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${chosen ? `-${chosen.encoding}` : ''}"`;
  const headers: Record<string, string> = { ...chooseSecurityHeaders(contentType), 'Content-Type': contentType, 'Cache-Control': cacheControl };
  if (copies.length) headers.Vary = 'Accept-Encoding';
  if (chosen) headers['Content-Encoding'] = chosen.encoding;
  if (status === 200) headers.ETag = etag;
  if (status === 200 && req.headers['if-none-match']?.split(',').some((t) => t.trim() === etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': String(info.size) });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Answers one request for the build in `dir` deployed under `base`. */
async function answer(req: IncomingMessage, res: ServerResponse, dir: string, base: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method Not Allowed\n', { Allow: ALLOWED_METHODS });
  // The site's 404 page, or a plain 404 when the build has none (sendFile answers that for a missing file).
  const notFound = () => sendFile(req, res, join(dir, '404.html'), 404, CACHE_CONTROL.revalidate);
  const target = parseRequestTarget(req.url ?? '', base);
  if (target.kind === 'bad') return sendText(res, 400, `Bad Request: ${target.reason}.\n`);
  if (target.kind === 'nowhere') return notFound();
  if (target.kind === 'base') return redirect(res, base + target.search);
  const file = join(dir, ...target.segments);
  // The segments are plain names (parseRequestTarget), so this holds; checked again all the same.
  if (file !== dir && !file.startsWith(dir + sep)) return notFound();
  const cacheControl = target.segments.length > 1 && `${target.segments[0]}/` === FINGERPRINTED_DIR ? CACHE_CONTROL.immutable : CACHE_CONTROL.revalidate;
  if (!target.slash && (await statFile(file))) return sendFile(req, res, file, 200, cacheControl);
  if (await statFile(join(file, 'index.html'))) {
    if (!target.slash) return redirect(res, formatSitePath(base, target.segments, true) + target.search);
    return sendFile(req, res, join(file, 'index.html'), 200, CACHE_CONTROL.revalidate);
  }
  return notFound();
}

/** Starts serving `root` at http://127.0.0.1:port{base}; port 0 picks a free one. */
export async function serveStatic(root: string, options: { port?: number; base?: string } = {}): Promise<{ server: Server; url: string }> {
  const dir = resolve(root);
  const base = options.base ?? '/';
  if (!isValidBase(base)) throw new Error(`serveStatic: the base ${JSON.stringify(base)} is not a path like / or /guohan/.`);
  const server = createServer((req, res) => {
    answer(req, res, dir, base).catch(() => {
      if (res.headersSent) res.destroy();
      else sendText(res, 500, 'Internal Server Error\n');
    });
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://127.0.0.1:${port}${base}` };
}
