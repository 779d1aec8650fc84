// A small static file server for the built site, as a careful static host would serve it: under the
// deployment base, /path redirected to /path/ when that is a folder, 404.html for what is missing,
// the site's security headers, pre-compressed files when the client takes them, and caching that
// keeps fingerprinted assets for good and revalidates everything else. `npm start`, the browser
// tests, the PDF step and the benchmark all use it, so they see the same thing.
//
// It serves regular files inside its folder only: every path is resolved with realpath and must stay
// in the (real) root, so a symbolic link that leads out of the build is missing; and nothing whose
// name starts with a dot (.env, .git/) is served, a build has none.

import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { CACHE_CONTROL, FINGERPRINTED_DIR, SECURITY_HEADERS } from '../../src/site-config.ts';
import { parseAcceptEncoding, PRECOMPRESSED } from './accept-encoding.ts';
import { ifNoneMatchMatches } from './entity-tags.ts';
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

/** Whether a name is hidden (.env, .git): never served, wherever it is. */
const isDotName = (name: string) => name.startsWith('.');

/**
 * The real path of `path` when it is a regular file inside `root` (a real path) with no dot-name
 * below the root, else null. A link inside the build that stays inside it is followed.
 */
async function findFile(root: string, path: string): Promise<string | null> {
  const real = await realpath(path).catch(() => null);
  if (real === null) return null;
  const inside = relative(root, real);
  // Outside the root, relative() starts with “..”, a dot-name too (or is absolute, on another drive).
  if (inside === '' || isAbsolute(inside) || inside.split(sep).some(isDotName)) return null;
  return (await stat(real).catch(() => null))?.isFile() ? real : null;
}

/** Opens a real path for reading without following a link put there since (O_NOFOLLOW), when it is a regular file. */
async function openFile(real: string) {
  const handle = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch(() => null);
  if (!handle) return null;
  const info = await handle.stat().catch(() => null);
  if (info?.isFile()) return { handle, size: info.size, mtimeMs: info.mtimeMs };
  await handle.close();
  return null;
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

/**
 * Sends `file` of the build in `root` (or its .br/.gz copy, when the client takes it and the copy is
 * itself a file of the build), with validators and cache headers.
 */
async function sendFile(req: IncomingMessage, res: ServerResponse, root: string, file: string, status: number, cacheControl: string): Promise<void> {
  const contentType = TYPES[extname(file)] ?? 'application/octet-stream';
  const found = await Promise.all([file, ...PRECOMPRESSED.map((p) => file + p.suffix)].map((f) => findFile(root, f)));
  const [real, ...copyPaths] = found;
  if (real === null) return sendText(res, 404, 'Not Found\n');
  const copies = PRECOMPRESSED.filter((_, i) => copyPaths[i] !== null);
  const chosen = parseAcceptEncoding(req.headers['accept-encoding']).find((p) => copies.includes(p));
  const opened = await openFile(chosen ? copyPaths[PRECOMPRESSED.indexOf(chosen)]! : real);
  if (!opened) return sendText(res, 404, 'Not Found\n');
  const { handle, size, mtimeMs } = opened;
  // Strong: size and modification time of the bytes sent, and the encoding, so each copy is its own representation.
  const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}${chosen ? `-${chosen.encoding}` : ''}"`;
  const headers: Record<string, string> = { ...chooseSecurityHeaders(contentType), 'Content-Type': contentType, 'Cache-Control': cacheControl };
  if (copies.length) headers.Vary = 'Accept-Encoding';
  if (chosen) headers['Content-Encoding'] = chosen.encoding;
  if (status === 200) headers.ETag = etag;
  if (status === 200 && ifNoneMatchMatches(req.headers['if-none-match'], etag)) {
    await handle.close();
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': String(size) });
  if (req.method === 'HEAD') {
    await handle.close();
    res.end();
    return;
  }
  // pipeline, not pipe: a client that goes away mid-file closes the file too (and an error ends the response).
  pipeline(handle.createReadStream(), res, () => {});
}

/** Answers one request for the build in `dir` (a real path) deployed under `base`. */
async function answer(req: IncomingMessage, res: ServerResponse, dir: string, base: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method Not Allowed\n', { Allow: ALLOWED_METHODS });
  // The site's 404 page, or a plain 404 when the build has none (sendFile answers that for a missing file).
  const notFound = () => sendFile(req, res, dir, join(dir, '404.html'), 404, CACHE_CONTROL.revalidate);
  const target = parseRequestTarget(req.url ?? '', base);
  if (target.kind === 'bad') return sendText(res, 400, `Bad Request: ${target.reason}.\n`);
  if (target.kind === 'nowhere') return notFound();
  if (target.kind === 'base') return redirect(res, base + target.search);
  // Hidden names are missing before anything touches the disk (findFile checks the real path again).
  if (target.segments.some(isDotName)) return notFound();
  const file = join(dir, ...target.segments);
  const cacheControl = target.segments.length > 1 && `${target.segments[0]}/` === FINGERPRINTED_DIR ? CACHE_CONTROL.immutable : CACHE_CONTROL.revalidate;
  if (!target.slash && (await findFile(dir, file))) return sendFile(req, res, dir, file, 200, cacheControl);
  if (await findFile(dir, join(file, 'index.html'))) {
    if (!target.slash) return redirect(res, formatSitePath(base, target.segments, true) + target.search);
    return sendFile(req, res, dir, join(file, 'index.html'), 200, CACHE_CONTROL.revalidate);
  }
  return notFound();
}

/** Starts serving `root` at http://127.0.0.1:port{base}; port 0 picks a free one. */
export async function serveStatic(root: string, options: { port?: number; base?: string } = {}): Promise<{ server: Server; url: string }> {
  const base = options.base ?? '/';
  if (!isValidBase(base)) throw new Error(`serveStatic: the base ${JSON.stringify(base)} is not a path like / or /guohan/.`);
  // The real path, so a build folder that is itself a link still contains its own files.
  const dir = await realpath(root).catch(() => {
    throw new Error(`serveStatic: there is no folder ${JSON.stringify(root)} to serve (npm run build makes dist/).`);
  });
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
