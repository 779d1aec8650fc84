// The _headers file that Netlify and Cloudflare Pages read from the root of the upload, written by
// npm run build from the same constants the preview server sends, so the policy is never typed twice.

import { CACHE_CONTROL, FINGERPRINTED_DIR, SECURITY_HEADERS } from '../../src/site-config.ts';

/**
 * The _headers file for a site deployed under `base`: the security headers on every path, immutable
 * caching for the fingerprinted assets. No Cache-Control on every path: Cloudflare Pages joins the
 * values of every rule that matches (“no-cache, public, max-age=31536000, immutable” means no-cache),
 * and both hosts already make everything else revalidate by default.
 */
export function renderHeadersFile(base: string): string {
  return [
    '# Written by npm run build from src/site-config.ts: edit the constants there, not this file.',
    `${base}*`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '',
    `${base}${FINGERPRINTED_DIR}*`,
    `  Cache-Control: ${CACHE_CONTROL.immutable}`,
    '',
  ].join('\n');
}
