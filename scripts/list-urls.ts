// npm run urls:list: prints the public URLs of the current build, for tests/public-urls.txt.
// Review the difference before adding: a URL, once listed, is a promise.

import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => '/' + relative(dist, join(e.parentPath, e.name)))
  .filter((p) => !p.startsWith('/_astro/') && !p.startsWith('/pagefind/') && p !== '/404.html' && p !== '/search-corpus.json' && !p.endsWith('.js') && !/\/sitemap-\d+\.xml$/.test(p))
  // Host files, not URLs: the headers file and the pre-compressed copies a host sends for the original's URL.
  .filter((p) => p !== '/_headers' && !/\.(br|gz)$/.test(p))
  .map((p) => p.replace(/index\.html$/, ''));
const order = (p: string) => p.replace(/\d+/g, (n) => n.padStart(4, '0'));
process.stdout.write(files.sort((a, b) => order(a).localeCompare(order(b))).join('\n') + '\n');
