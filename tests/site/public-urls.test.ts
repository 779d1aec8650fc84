// The public URLs are promises (docs/architecture.md): tests/public-urls.txt lists every one that has shipped.
// A listed URL missing from the build fails; a new page that is not listed fails too, so that new
// URLs are added to the list on purpose (npm run urls:list prints the current build's list).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT } from './support.ts';

const LIST = join(ROOT, 'tests/public-urls.txt');
/** The listed URLs; one marked `# with SITE_URL` exists only in a build with a configured origin. */
export function publicUrls(): { url: string; needsOrigin: boolean }[] {
  return readFileSync(LIST, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => ({ url: l.replace(/\s+#.*$/, ''), needsOrigin: /#\s*with SITE_URL/.test(l) }));
}
const all = publicUrls();
const built = all.filter((u) => !u.needsOrigin || process.env.SITE_URL).map((u) => u.url);
const listed = all.map((u) => u.url);

function exists(url: string): boolean {
  const path = url.split(/[?#]/)[0];
  return existsSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
}

describe('public URLs', () => {
  it('every URL in tests/public-urls.txt is in the build', () => {
    const missing = built.filter((u) => !exists(u));
    expect(missing, `These public URLs are gone from the build; a shipped URL must never break:\n${missing.join('\n')}`).toEqual([]);
  });

  it('every listed fragment is still an anchor on its page (an old link lands where it did)', () => {
    const withFragment = built.filter((u) => u.includes('#'));
    expect(withFragment.length).toBeGreaterThan(80);
    const lost = withFragment.filter((u) => {
      const [path, id] = u.split('#');
      const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      return !html.includes(` id="${id}"`);
    });
    expect(lost, `These anchors are gone; keep them (for a measure: its \`former\` ids):\n${lost.join('\n')}`).toEqual([]);
  });

  it('every page of the build is listed (new URLs are added on purpose)', () => {
    const known = new Set(listed);
    const unlisted = builtPages().filter((p) => p !== '/404.html' && !known.has(p));
    expect(unlisted, `New pages not in tests/public-urls.txt; add them on purpose:\n${unlisted.join('\n')}`).toEqual([]);
  });

  it('lists the URLs of the table in docs/architecture.md', () => {
    for (const u of ['/', '/letter/', '/beijing/', '/beijing/12/', '/chengdu/21/', '/domains/', '/domains/land/', '/search/', '/annex/1/', '/annex/3/12/', '/about/', '/compare/', '/topics/', '/topics/standard-land/', '/pdf/beijing.pdf', '/pdf/guohan-2025-86.pdf', '/data/document.json', '/data/clauses.json', '/data/clauses.csv']) {
      expect(listed).toContain(u);
    }
    expect(listed.filter((u) => /^\/[a-z]+\/\d+\/$/.test(u) && !u.startsWith('/annex/'))).toHaveLength(210);
    expect(listed.filter((u) => /^\/annex\/\d+\/\d+\/$/.test(u))).toHaveLength(210);
    expect(listed.filter((u) => u.startsWith('/pdf/'))).toHaveLength(22);
  });
});
