// A small static file server for the built site, as any static host would serve it: under the
// deployment base, /path redirected to /path/ when that is a folder, 404.html for what is missing.
// `npm start`, the browser tests and the benchmark all use it, so they see the same thing.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Starts serving `root` at http://127.0.0.1:port{base}; port 0 picks a free one. */
export async function serveStatic(root: string, options: { port?: number; base?: string } = {}): Promise<{ server: Server; url: string }> {
  const dir = resolve(root);
  const base = options.base ?? '/';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const send = async (file: string, status = 200) => {
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    if (!path.startsWith(base) && path + '/' !== base) return send(join(dir, '404.html'), 404);
    if (path + '/' === base) {
      res.writeHead(301, { Location: base + url.search }).end();
      return;
    }
    path = '/' + path.slice(base.length);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return send(join(dir, '404.html'), 404);
    if (await isFile(file)) return send(file);
    if (path.endsWith('/') && (await isFile(join(file, 'index.html')))) return send(join(file, 'index.html'));
    if (!path.endsWith('/') && (await isFile(join(file, 'index.html')))) {
      res.writeHead(301, { Location: `${base}${path.slice(1)}/${url.search}` }).end();
      return;
    }
    return send(join(dir, '404.html'), 404);
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://127.0.0.1:${port}${base}` };
}
