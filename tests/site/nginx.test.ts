// deploy/nginx.conf, run for real: the system nginx serves dist/ with the recipe as written (only its
// listen and root lines replaced), on a free port, as a process this test starts and stops. Skipped,
// saying so, only where no nginx is installed (.ci/run installs it).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL, CONTENT_SECURITY_POLICY } from '../../src/site-config.ts';
import { sendRaw } from './http-support.ts';
import { DIST, requireBuild, ROOT } from './support.ts';

const RECIPE = join(ROOT, 'deploy/nginx.conf');
// NGINX_PATH, when set, is the only candidate (as CHROMIUM_PATH is for Chromium).
const NGINX = (process.env.NGINX_PATH ? [process.env.NGINX_PATH] : ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']).find((p) => existsSync(p));
const MIME_TYPES = '/etc/nginx/mime.types';
if (!NGINX) console.warn(`nginx.test.ts: no nginx at ${process.env.NGINX_PATH ?? '/usr/sbin/nginx or the usual places'}, so deploy/nginx.conf is not run; install it (Debian: apt-get install nginx) or set NGINX_PATH.`);

/** A port nothing listens on, from the kernel. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once something accepts connections on the port, or rejects when nginx exits or 10 s pass. */
async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not listen on ${port} within 10 s:\n${log()}`);
}

/** The recipe pointed at `dist` on `port`; fails when its listen or root line has changed shape. */
function adaptRecipe(recipe: string, port: number, dist: string): string {
  const adapted = recipe.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \/srv\/guohan-2025-86\/dist;$/m, `$1root ${dist};`);
  if (!adapted.includes(`listen 127.0.0.1:${port};`) || !adapted.includes(`root ${dist};`)) {
    throw new Error('deploy/nginx.conf no longer has the lines “listen 80;” and “root /srv/guohan-2025-86/dist;” that this test replaces.');
  }
  return adapted;
}

/** A whole nginx configuration around the recipe, with every path nginx writes inside `prefix`. */
function renderMainConfig(prefix: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${join(prefix, k)};`).join('\n');
  return `daemon off;
master_process off;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  ${existsSync(MIME_TYPES) ? `include ${MIME_TYPES};` : 'types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; text/plain txt; }'}
  default_type application/octet-stream;
  access_log off;
${temp}
  include ${join(prefix, 'site.conf')};
}
`;
}

describe('deploy/nginx.conf, as text', () => {
  const recipe = readFileSync(RECIPE, 'utf8');

  it('carries exactly the site’s Content-Security-Policy and cache values', () => {
    expect(recipe.match(/add_header Content-Security-Policy "([^"]*)" always;/)?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(recipe).toContain(`~/_astro/  "${CACHE_CONTROL.immutable}";`);
    expect(recipe).toContain(`default    "${CACHE_CONTROL.revalidate}";`);
  });

  it('adds every header with “always”, so error responses carry them too', () => {
    const headers = recipe.split('\n').filter((line) => /^\s*add_header\s/.test(line));
    expect(headers.map((line) => line.trim().split(/\s+/)[1])).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Cache-Control']);
    for (const line of headers) expect(line, line.trim()).toMatch(/\salways;$/);
  });

  it('never builds an absolute redirect, so a Location cannot name another host', () => {
    expect(recipe).toMatch(/^\s*absolute_redirect off;$/m);
    expect(recipe).not.toMatch(/return\s+30\d/);
  });
});

describe.skipIf(!NGINX)(NGINX ? `deploy/nginx.conf in ${NGINX}` : 'deploy/nginx.conf in nginx (skipped: no nginx installed; Debian: apt-get install nginx)', () => {
  let prefix: string;
  let nginx: ChildProcess;
  let origin: string;
  let stderr = '';

  beforeAll(async () => {
    requireBuild();
    prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
    const port = await findFreePort();
    writeFileSync(join(prefix, 'site.conf'), adaptRecipe(readFileSync(RECIPE, 'utf8'), port, DIST));
    writeFileSync(join(prefix, 'nginx.conf'), renderMainConfig(prefix));
    nginx = spawn(NGINX!, ['-e', 'stderr', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    nginx.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitForPort(port, nginx, () => stderr);
    origin = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  const get = (target: string, headers: Record<string, string> = {}) => sendRaw(origin, target, { headers });

  it('redirects a folder without its slash to the same path with it, on this host', async () => {
    for (const [target, location] of [['/beijing', '/beijing/'], ['/beijing/12?x=1', '/beijing/12/?x=1'], ['/domains/land', '/domains/land/']]) {
      const response = await get(target);
      expect(response.status, target).toBe(301);
      expect(response.headers.location, target).toBe(location);
    }
    for (const target of ['/%2Fevil.example%2F..%2Fbeijing', '//evil.example/../beijing', '/%5Cevil.example%5C..%5Cbeijing', '/\\evil.example/beijing']) {
      const { status, headers } = await get(target);
      if (status >= 300 && status < 400) expect(headers.location, target).toMatch(/^\/(?![/\\])/);
    }
  });

  it('serves the 404 page with status 404 for what does not exist', async () => {
    for (const target of ['/beijing/99/', '/nowhere', '/data/missing.json']) {
      const response = await get(target);
      expect(response.status, target).toBe(404);
      expect(response.headers['content-type'], target).toBe('text/html; charset=utf-8');
      expect(response.body.equals(readFileSync(join(DIST, '404.html'))), target).toBe(true);
    }
  });

  it('serves the site’s 404 page with status 404 for a folder without index.html, never nginx’s own 403', async () => {
    const folders = ['_astro', 'pagefind', 'data', 'pdf', 'annex'];
    for (const folder of folders) expect(existsSync(join(DIST, folder, 'index.html')), folder).toBe(false);
    for (const target of folders.map((f) => `/${f}/`)) {
      const response = await get(target);
      expect(response.status, target).toBe(404);
      expect(response.body.equals(readFileSync(join(DIST, '404.html'))), target).toBe(true);
    }
    // Without its slash, nginx first redirects a folder to the same path with it, which is then 404.
    const bare = await get('/_astro');
    expect([bare.status, bare.headers.location]).toEqual([301, '/_astro/']);
  });

  it('sends the security headers and Cache-Control with redirects and errors (404, 405), not only with pages', async () => {
    const answers = [
      ['/nowhere', await get('/nowhere')],
      ['/_astro/', await get('/_astro/')],
      ['/_astro/missing.js', await get('/_astro/missing.js')],
      ['/beijing', await get('/beijing')],
      ['POST /', await sendRaw(origin, '/', { method: 'POST' })],
    ] as const;
    expect(answers.map(([, r]) => r.status)).toEqual([404, 404, 404, 301, 405]);
    for (const [target, { headers }] of answers) {
      expect(headers['content-security-policy'], target).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options'], target).toBe('nosniff');
      expect(headers['referrer-policy'], target).toBe('strict-origin-when-cross-origin');
      expect(headers['cache-control'], `${target}: an error is revalidated, never cached for good`).toBe(CACHE_CONTROL.revalidate);
    }
  });

  it('sends the site’s Content-Security-Policy and security headers with pages, the 404 page included', async () => {
    for (const target of ['/', '/beijing/12/', '/beijing/99/']) {
      const { headers } = await get(target);
      expect(headers['content-security-policy'], target).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options'], target).toBe('nosniff');
      expect(headers['referrer-policy'], target).toBe('strict-origin-when-cross-origin');
    }
  });

  it('sends the pre-compressed gzip copy (gzip_static) to a client that takes gzip, the file itself to one that does not', async () => {
    const original = readFileSync(join(DIST, 'beijing/12/index.html'));
    const copy = readFileSync(join(DIST, 'beijing/12/index.html.gz'));
    const gzipped = await get('/beijing/12/', { 'Accept-Encoding': 'gzip' });
    expect([gzipped.headers['content-encoding'], gzipped.headers.vary, gzipped.headers['content-type']]).toEqual(['gzip', 'Accept-Encoding', 'text/html; charset=utf-8']);
    expect(gzipped.body.equals(copy), 'the bytes of index.html.gz').toBe(true);
    expect(gunzipSync(gzipped.body).equals(original)).toBe(true);
    const plain = await get('/beijing/12/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('caches fingerprinted assets for good and makes pages and data revalidate', async () => {
    const asset = readdirSync(join(DIST, '_astro')).find((n) => n.endsWith('.css'));
    expect((await get(`/_astro/${asset}`)).headers['cache-control']).toBe(CACHE_CONTROL.immutable);
    for (const target of ['/', '/beijing/12/', '/data/clauses.json']) {
      expect((await get(target)).headers['cache-control'], target).toBe(CACHE_CONTROL.revalidate);
    }
  });

  it('labels text files as UTF-8, the CSV export included', async () => {
    expect((await get('/robots.txt')).headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await get('/data/clauses.csv')).headers['content-type']).toBe('text/csv; charset=utf-8');
    expect((await get('/data/clauses.json')).headers['content-type']).toBe('application/json; charset=utf-8');
  });
});
