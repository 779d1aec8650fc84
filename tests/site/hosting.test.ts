// Hosting: the preview server answers as a careful static host would (no open redirect, no crash on
// a bad request, nothing outside the build, the site's headers, pre-compressed files, caching), and
// the build ships what real hosts need (compressed copies, _headers). The GitHub Pages workflow is
// held by tests/architecture/workflow.test.ts.
// The server is tested on a small fixture so each answer is exact; the build on dist/.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSIBLE_EXTENSIONS, compressBuild, MIN_BYTES } from '../../scripts/lib/compress.ts';
import { renderHeadersFile } from '../../scripts/lib/headers-file.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { CACHE_CONTROL, CONTENT_SECURITY_POLICY, deployment } from '../../src/site-config.ts';
import { sendRaw } from './http-support.ts';
import { DIST, requireBuild } from './support.ts';

const HTML = (title: string) => `<!doctype html><html lang="zh-CN"><title>${title}</title><p>${title.repeat(200)}</p></html>`;
const SCRIPT = `export const answer = ${JSON.stringify('数据要素'.repeat(300))};\n`;

/**
 * A tiny build: pages, a 404 page, a fingerprinted script with both compressed copies, a CSS file with
 * only gzip, a secret beside the build with links to it from inside, dotfiles, and one link that stays inside.
 */
function writeFixture(root: string): string {
  const site = join(root, 'site');
  const files: Record<string, string | Buffer> = {
    'site/index.html': HTML('home'),
    'site/404.html': HTML('not-found-page'),
    'site/beijing/index.html': HTML('beijing'),
    'site/beijing/12/index.html': HTML('clause'),
    'site/中文/index.html': HTML('zhongwen'),
    'site/_astro/app.Ab12Cd.js': SCRIPT,
    'site/_astro/app.Ab12Cd.js.br': brotliCompressSync(SCRIPT),
    'site/_astro/app.Ab12Cd.js.gz': gzipSync(SCRIPT, { level: 9 }),
    'site/_astro/site.Ef34.css': 'body{color:#000}'.repeat(100),
    'site/_astro/site.Ef34.css.gz': gzipSync('body{color:#000}'.repeat(100)),
    'site/beijing/12/index.html.br': brotliCompressSync(HTML('clause')),
    'site/data/clauses.csv': 'id,text\nbeijing-1,数据\n',
    'site/data/glossary.json': '{"数据":"data"}',
    'site/.env': 'SECRET=dotfile',
    'site/.git/config': '[remote] secret dot-folder',
    'site/beijing/.htpasswd': 'admin:secret dotfile in a folder',
    'site/pdf/big.pdf': Buffer.alloc(32 * 1024 * 1024, 1),
    'site-secret/key.txt': 'secret beside the build',
    'site-secret/index.html': 'secret index beside the build',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  // Symbolic links out of the build (a file, a folder, a compressed copy, a link into a dot-folder) and one that stays inside.
  const links: Record<string, string> = {
    'site/key.txt': '../site-secret/key.txt',
    'site/outside': '../site-secret',
    'site/data/glossary.json.gz': '../../site-secret/key.txt',
    'site/git-config.txt': '.git/config',
    'site/home.html': 'index.html',
  };
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(root, path));
  return site;
}

let root: string;
let site: string;
const servers: Server[] = [];
const origins: Record<'root' | 'sub', string> = { root: '', sub: '' };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'hosting-'));
  site = writeFixture(root);
  for (const [name, base] of [['root', '/'], ['sub', '/guohan/']] as const) {
    const { server, url } = await serveStatic(site, { base });
    servers.push(server);
    origins[name] = new URL(url).origin;
  }
});

afterAll(() => {
  for (const s of servers) s.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (target: string, headers: Record<string, string> = {}, base: 'root' | 'sub' = 'root') => sendRaw(origins[base], target, { headers });

describe('the preview server refuses what could lead off the site', () => {
  const hostile = [
    '/%2Fevil.example%2F..%2Fbeijing',
    '/%5Cevil.example%5C..%5Cbeijing',
    '/%2fevil.example/beijing',
    '/%5cevil.example/beijing',
    '/\\evil.example/..\\beijing',
    '//evil.example/../beijing',
    '//evil.example/beijing',
    '/beijing/..//evil.example',
    '/beijing//evil.example',
  ];

  it('answers encoded slashes, backslashes and empty segments with 400 or 404, never a redirect', async () => {
    for (const base of ['root', 'sub'] as const) {
      for (const target of hostile) {
        const path = base === 'sub' ? `/guohan${target}` : target;
        const response = await get(path, {}, base);
        expect([400, 404], `${base} ${path}`).toContain(response.status);
        expect(response.headers.location, `${base} ${path}`).toBeUndefined();
      }
    }
  });

  it('builds every Location as a single-slash path under the base, re-encoded from the validated path', async () => {
    expect((await get('/beijing')).headers.location).toBe('/beijing/');
    expect((await get('/beijing/12?q=%E6%95%B0&x=1')).headers.location).toBe('/beijing/12/?q=%E6%95%B0&x=1');
    expect((await get('/%E4%B8%AD%E6%96%87')).headers.location).toBe('/%E4%B8%AD%E6%96%87/');
    expect((await get('/guohan', {}, 'sub')).headers.location).toBe('/guohan/');
    expect((await get('/guohan?q=1', {}, 'sub')).headers.location).toBe('/guohan/?q=1');
    expect((await get('/guohan/beijing/12', {}, 'sub')).headers.location).toBe('/guohan/beijing/12/');
    expect((await get('/guohan/%E4%B8%AD%E6%96%87', {}, 'sub')).status).toBe(301);
    for (const base of ['//evil.example/', '/a//b/', '/a/../', 'guohan/', '/中文/']) {
      await expect(serveStatic(site, { base }), base).rejects.toThrow(/is not a path like/);
    }
  });

  it('keeps “..” segments, plain or encoded, from leaving the root, the folder beside it included', async () => {
    for (const target of ['/../site-secret/key.txt', '/beijing/../../site-secret/key.txt', '/%2e%2e/site-secret/key.txt', '/.%2E/site-secret/key.txt', '/..']) {
      const response = await get(target);
      expect([400, 404], target).toContain(response.status);
      expect(response.body.toString(), target).not.toContain('secret beside the build');
    }
  });
});

describe('the preview server serves only the build’s own regular files', () => {
  const secrets = ['secret beside the build', 'secret index beside the build', 'secret dot-folder', 'SECRET=dotfile', 'secret dotfile'];
  const leaks = (body: Buffer) => secrets.filter((s) => body.toString().includes(s));

  it('answers 404 for a symbolic link that leads out of the build, to a file or a folder, never a redirect', async () => {
    for (const target of ['/key.txt', '/outside/', '/outside', '/outside/key.txt', '/outside/index.html']) {
      const response = await get(target);
      expect(response.status, target).toBe(404);
      expect(response.headers.location, target).toBeUndefined();
      expect(leaks(response.body), target).toEqual([]);
      expect(response.body.toString(), target).toContain('not-found-page');
    }
  });

  it('never sends a compressed copy that is a link out of the build: it sends the file itself', async () => {
    const response = await get('/data/glossary.json', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect([response.headers['content-encoding'], response.headers.vary]).toEqual([undefined, undefined]);
    expect(response.body.toString()).toBe('{"数据":"data"}');
  });

  it('answers 404 for dotfiles and anything in a dot-folder, also through a link', async () => {
    for (const target of ['/.env', '/.git/config', '/.git/', '/.git', '/beijing/.htpasswd', '/%2Eenv', '/git-config.txt']) {
      const response = await get(target);
      expect(response.status, target).toBe(404);
      expect(leaks(response.body), target).toEqual([]);
    }
    expect((await get('/.env', {}, 'sub')).status, 'under a base too').toBe(404);
    expect((await get('/guohan/.env', {}, 'sub')).status).toBe(404);
  });

  it('still serves a link that stays inside the build, and a build folder that is itself a link', async () => {
    const response = await get('/home.html');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe(HTML('home'));
    const linked = join(root, 'linked-site');
    symlinkSync(site, linked);
    const { server, url } = await serveStatic(linked);
    try {
      expect((await sendRaw(new URL(url).origin, '/beijing/12/')).status).toBe(200);
      expect((await sendRaw(new URL(url).origin, '/key.txt')).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe('the preview server answers bad requests with 400 and keeps serving', () => {
  it.runIf(process.platform === 'linux')('closes the file when a client goes away in the middle of it', async () => {
    const big = join(site, 'pdf/big.pdf');
    const openFds = () => readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === big;
      } catch {
        return false;
      }
    }).length;
    const { hostname, port } = new URL(origins.root);
    await new Promise<void>((resolve, reject) => {
      const req = request({ hostname, port, path: '/pdf/big.pdf' }, (res) => res.once('data', () => (req.destroy(), resolve())));
      req.on('error', (e) => (req.destroyed ? undefined : reject(e))).end();
    });
    await expect.poll(openFds, { timeout: 3000 }).toBe(0);
    expect((await get('/beijing/')).status).toBe(200);
  });

  it('answers a malformed escape with a short 400 and serves the next request', async () => {
    for (const target of ['/beijing/%E0%A4%A/', '/%', '/%zz/', '/beijing/%E4%B8/']) {
      const response = await get(target);
      expect(response.status, target).toBe(400);
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(response.body.length).toBeLessThan(200);
    }
    expect((await get('/beijing/12/')).status).toBe(200);
    expect((await get('/?q=1&%')).status, 'a query is passed on as it is, not decoded').toBe(200);
  });

  it('refuses NUL and control characters in a path with 400', async () => {
    for (const target of ['/beijing%00/', '/index.html%00.png', '/beijing%0D%0ASet-Cookie:%20x=1', '/%1F', '/beijing%7F/']) {
      const response = await get(target);
      expect(response.status, target).toBe(400);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect((await get('/')).status).toBe(200);
  });

  it('allows only GET and HEAD, and names them in Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const response = await sendRaw(origins.root, '/beijing/', { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
    const head = await sendRaw(origins.root, '/beijing/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(HTML('beijing')));
  });
});

describe('the preview server sends what a real host sends', () => {
  it('sends the site’s Content-Security-Policy and security headers with every page, the 404 page included', async () => {
    for (const [target, status] of [['/', 200], ['/beijing/12/', 200], ['/nowhere/', 404]] as const) {
      const response = await get(target);
      expect(response.status, target).toBe(status);
      expect(response.headers['content-security-policy'], target).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options'], target).toBe('nosniff');
      expect(response.headers['referrer-policy'], target).toBe('strict-origin-when-cross-origin');
    }
    expect((await get('/nowhere/')).body.toString()).toContain('not-found-page');
    expect((await get('/_astro/site.Ef34.css')).headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the brotli or gzip copy the client takes, with the original’s type and Vary', async () => {
    const cases: [string, string, string | undefined][] = [
      ['br, gzip', 'br', '.br'],
      ['gzip, deflate, br;q=0', 'gzip', '.gz'],
      ['gzip;q=0.5, br;q=0.9', 'br', '.br'],
      ['br;q=0.1, gzip;q=1', 'gzip', '.gz'],
      ['*', 'br', '.br'],
      ['identity', '', undefined],
      ['', '', undefined],
    ];
    for (const [accept, encoding, suffix] of cases) {
      const response = await get('/_astro/app.Ab12Cd.js', accept ? { 'Accept-Encoding': accept } : {});
      expect(response.headers['content-encoding'] ?? '', accept).toBe(encoding);
      expect(response.headers['content-type'], accept).toBe('text/javascript; charset=utf-8');
      expect(response.headers.vary, accept).toBe('Accept-Encoding');
      const expected = suffix === '.br' ? brotliCompressSync(SCRIPT) : suffix === '.gz' ? gzipSync(SCRIPT, { level: 9 }) : Buffer.from(SCRIPT);
      expect(response.body.equals(expected), accept).toBe(true);
    }
    const css = await get('/_astro/site.Ef34.css', { 'Accept-Encoding': 'br, gzip' });
    expect([css.headers['content-encoding'], css.headers['content-type']]).toEqual(['gzip', 'text/css; charset=utf-8']);
    const page = await get('/beijing/12/', { 'Accept-Encoding': 'gzip, br' });
    expect([page.headers['content-encoding'], page.headers['content-type'], page.headers['content-security-policy']]).toEqual(['br', 'text/html; charset=utf-8', CONTENT_SECURITY_POLICY]);
    const plain = await get('/data/clauses.csv', { 'Accept-Encoding': 'br, gzip' });
    expect([plain.headers['content-encoding'], plain.headers.vary]).toEqual([undefined, undefined]);
  });

  it('caches fingerprinted assets for good and makes everything else revalidate', async () => {
    expect((await get('/_astro/app.Ab12Cd.js')).headers['cache-control']).toBe(CACHE_CONTROL.immutable);
    expect((await get('/guohan/_astro/app.Ab12Cd.js', {}, 'sub')).headers['cache-control']).toBe(CACHE_CONTROL.immutable);
    expect(CACHE_CONTROL.immutable).toBe('public, max-age=31536000, immutable');
    for (const target of ['/', '/beijing/12/', '/data/clauses.csv', '/_astro/missing.js', '/beijing']) {
      expect((await get(target)).headers['cache-control'], target).toBe('no-cache');
    }
  });

  it('answers a revalidation with 304 when the file is unchanged', async () => {
    const first = await get('/beijing/12/', { 'Accept-Encoding': 'br' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await get('/beijing/12/', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get('/beijing/12/', { 'If-None-Match': etag })).status, 'another encoding is another representation').toBe(200);
  });

  it('sends a strong ETag per representation, and the validators and caching headers again with a 304', async () => {
    const plain = await get('/_astro/app.Ab12Cd.js');
    const br = await get('/_astro/app.Ab12Cd.js', { 'Accept-Encoding': 'br' });
    const gz = await get('/_astro/app.Ab12Cd.js', { 'Accept-Encoding': 'gzip' });
    const tags = [plain, br, gz].map((r) => String(r.headers.etag));
    for (const tag of tags) expect(tag).toMatch(/^"[\x21\x23-\x7e]+"$/);
    expect(new Set(tags).size, 'each encoding has its own tag').toBe(3);
    const again = await get('/_astro/app.Ab12Cd.js', { 'Accept-Encoding': 'br', 'If-None-Match': tags[1] });
    expect(again.status).toBe(304);
    expect([again.headers.etag, again.headers['cache-control'], again.headers.vary, again.headers['content-encoding']]).toEqual([tags[1], CACHE_CONTROL.immutable, 'Accept-Encoding', 'br']);
    expect((await get('/nowhere/')).headers.etag, 'the 404 page is no representation of the missing path').toBeUndefined();
  });

  it('compares If-None-Match weakly, reads lists and *, and answers 304 when any tag matches (RFC 9110 §13.1.2)', async () => {
    const etag = String((await get('/beijing/')).headers.etag);
    const opaque = etag.slice(1, -1);
    const cases: [string, number][] = [
      [etag, 304],
      [`W/${etag}`, 304],
      [`"other", ${etag}`, 304],
      [`"other",W/${etag}`, 304],
      [`W/"other" , ${etag} , "third"`, 304],
      [`"a,b", ${etag}`, 304],
      ['*', 304],
      [' * ', 304],
      ['"other"', 200],
      [`W/"other", "x${opaque}"`, 200],
      [opaque, 200],
      [`"${opaque}`, 200],
      [`w/${etag}`, 200],
      ['', 200],
      [`${' '.repeat(8000)}x, ${etag}`, 200],
    ];
    for (const [header, status] of cases) {
      const response = await get('/beijing/', { 'If-None-Match': header });
      expect(response.status, header.slice(0, 40)).toBe(status);
      expect(response.body.length, header.slice(0, 40)).toBe(status === 304 ? 0 : Buffer.byteLength(HTML('beijing')));
    }
    const head = await sendRaw(origins.root, '/beijing/', { method: 'HEAD', headers: { 'If-None-Match': `W/${etag}` } });
    expect(head.status).toBe(304);
    const missing = await get('/nowhere/', { 'If-None-Match': '*' });
    expect(missing.status, '* matches only a representation that exists').toBe(404);
  });
});

/** The rules of a _headers file: path pattern → header name → value. */
function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const colon = line.indexOf(':');
      current?.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

describe('the build ships what hosts need', () => {
  it('writes a smaller .br and .gz copy beside every text file over 1 KB of the build', () => {
    requireBuild();
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    const texts = files.filter((f) => COMPRESSIBLE_EXTENSIONS.has(extname(f)) && statSync(f).size > MIN_BYTES);
    expect(texts.length).toBeGreaterThan(300);
    const missing = texts.filter((f) => !existsSync(`${f}.br`) || !existsSync(`${f}.gz`)).map((f) => relative(DIST, f));
    expect(missing, 'text files without both copies (is dist/ from npm run build?)').toEqual([]);
    for (const f of texts) {
      expect(statSync(`${f}.br`).size, f).toBeLessThan(statSync(f).size);
      expect(statSync(`${f}.gz`).size, f).toBeLessThan(statSync(f).size);
    }
    for (const f of ['index.html', 'beijing/12/index.html', 'data/clauses.csv']) {
      const original = readFileSync(join(DIST, f));
      expect(brotliDecompressSync(readFileSync(join(DIST, `${f}.br`))).equals(original), f).toBe(true);
      expect(gunzipSync(readFileSync(join(DIST, `${f}.gz`))).equals(original), f).toBe(true);
    }
    const pagefindCopies = files.filter((f) => f.includes(`${join(DIST, 'pagefind')}/`) && /\.pf_\w+\.(br|gz)$|\.pagefind\.(br|gz)$/.test(f));
    expect(pagefindCopies, 'Pagefind’s index files are compressed already').toEqual([]);
  });

  it('keeps a compressed copy only when it is smaller, and leaves small and already compressed files alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compress-'));
    try {
      const text = '数据要素市场化配置综合改革试点。'.repeat(200);
      writeFileSync(join(dir, 'page.html'), text);
      writeFileSync(join(dir, 'noise.json'), randomBytes(4096));
      writeFileSync(join(dir, 'noise.json.br'), 'stale copy from an earlier build');
      writeFileSync(join(dir, 'tiny.css'), 'body{}');
      writeFileSync(join(dir, 'index.pf_fragment'), gzipSync(text));
      const report = await compressBuild(dir);
      // Random bytes do not compress: neither copy is kept, and the stale one is gone.
      expect(readdirSync(dir).sort()).toEqual(['index.pf_fragment', 'noise.json', 'page.html', 'page.html.br', 'page.html.gz', 'tiny.css']);
      expect(brotliDecompressSync(readFileSync(join(dir, 'page.html.br'))).toString()).toBe(text);
      expect(report.files).toBe(2);
      expect(report.brotli).toBeLessThan(report.bytes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes dist/_headers with exactly the site’s Content-Security-Policy, and immutable caching for /_astro/*', () => {
    requireBuild();
    const { base } = deployment();
    const rules = readHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    expect([...rules.keys()]).toEqual([`${base}*`, `${base}_astro/*`]);
    expect(Object.fromEntries(rules.get(`${base}*`)!)).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(Object.fromEntries(rules.get(`${base}_astro/*`)!)).toEqual({ 'Cache-Control': CACHE_CONTROL.immutable });
    expect([...readHeadersFile(renderHeadersFile('/guohan/')).keys()]).toEqual(['/guohan/*', '/guohan/_astro/*']);
  });
});
