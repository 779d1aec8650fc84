// Where the site is deployed and what the build can make. One place reads the environment, so the
// converter (absolute URLs in the data export), Astro (site, base, PDF links) and the PDF step agree.

import { existsSync } from 'node:fs';

/** The origin used when SITE_URL is not set: a reserved name, so a build for real use must set it. */
export const PLACEHOLDER_ORIGIN = 'https://guohan-2025-86.example';

/** Origin (https://host) and base path (/ or /guohan/) from SITE_URL and BASE_PATH. */
export function deployment(env: Record<string, string | undefined> = process.env): { origin: string; base: string } {
  const origin = (env.SITE_URL || PLACEHOLDER_ORIGIN).replace(/\/+$/, '');
  const raw = env.BASE_PATH || '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { origin, base };
}

/**
 * The Content-Security-Policy every page is served with: everything from the site's own origin, no
 * inline script or style, WebAssembly for Pagefind. The preview server, dist/_headers and the nginx
 * recipe all deliver this one string (tests hold them to it).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** The security headers a host sends with every page, so each deployment recipe can list them from one place. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Cache-Control for fingerprinted files (under _astro/, renamed whenever they change) and for everything else. */
export const CACHE_CONTROL = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
} as const;

/** The build's folder of fingerprinted assets, relative to the base: the only files a host may cache for good. */
export const FINGERPRINTED_DIR = '_astro/';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** The system Chromium (CHROMIUM_PATH or a usual location), or null when there is none. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Whether this build makes PDFs: a Chromium is there and SKIP_PDF is not set. Pages link PDFs only then. */
export function pdfEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.SKIP_PDF !== '1' && findChromium(env) !== null;
}
