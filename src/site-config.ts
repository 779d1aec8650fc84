// Where the site is deployed and what the build can make. One place reads the environment, so the
// converter (URLs in the data export), Astro (site, base, PDF links) and the PDF step agree.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Deployment } from './model/urls.ts';

/** A configuration problem, said so that the person building knows what to change. */
export class ConfigError extends Error {}

/**
 * The deployment from SITE_URL (an origin: https://host, no path) and BASE_PATH (/ or /guohan/).
 * Without SITE_URL the origin is null: addresses are site-relative and nothing invents a host.
 */
export function deployment(env: Record<string, string | undefined> = process.env): Deployment {
  return { origin: readOrigin(env.SITE_URL), base: readBase(env.BASE_PATH) };
}

function readOrigin(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`SITE_URL=${JSON.stringify(raw)} is not a URL. Set it to the site's origin, e.g. SITE_URL=https://example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new ConfigError(`SITE_URL=${JSON.stringify(raw)} must be an http(s) origin such as https://example.org, without credentials, query or fragment.`);
  }
  if (url.pathname !== '/') {
    throw new ConfigError(`SITE_URL=${JSON.stringify(raw)} has a path; set the origin in SITE_URL and the path in BASE_PATH (SITE_URL=${url.origin} BASE_PATH=${url.pathname}).`);
  }
  return url.origin;
}

function readBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new ConfigError(`BASE_PATH=${JSON.stringify(raw)} must be a path of letters, digits and . _ ~ - segments, e.g. BASE_PATH=/guohan/`);
  }
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The Content-Security-Policy every page is served with: everything from the site's own origin, no
 * inline script or style, WebAssembly for Pagefind, and forms that submit to the site only
 * (form-action does not fall back to default-src; the site's forms are GETs to its search page). The
 * preview server, dist/_headers and the nginx recipe all deliver this one string (tests hold them to it).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * The same policy for a <meta http-equiv> in every page, for hosts that cannot send headers (GitHub
 * Pages): browsers ignore frame-ancestors there (and complain), so it is left out; the rest holds.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

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

/** The font collections the PDF template names: body text, headings, and the running header and footer. */
export const PDF_FONT_FILES = ['NotoSerifCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc', 'NotoSansCJK-Regular.ttc'] as const;

/** Where distributions install Noto CJK (Debian and Ubuntu first, then Fedora, Arch, and by hand). */
const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/google-noto-cjk', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/noto', '/usr/local/share/fonts'];

/**
 * The paths of every face the PDFs need, from CJK_FONT_DIR or the usual folders (each file may sit
 * in a different one), or null when any is missing: then the build skips the PDFs and says why,
 * rather than setting the text in whatever face happens to be installed.
 */
export function findPdfFonts(env: Record<string, string | undefined> = process.env): string[] | null {
  const dirs = [env.CJK_FONT_DIR, ...FONT_DIRS].filter((d): d is string => Boolean(d));
  const found = PDF_FONT_FILES.map((file) => dirs.map((d) => join(d, file)).find((p) => existsSync(p)));
  return found.every((p): p is string => p !== undefined) ? found : null;
}

/** Whether this build makes PDFs: the Noto CJK faces are there and SKIP_PDF is not set. Pages link PDFs only then. */
export function pdfEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.SKIP_PDF !== '1' && findPdfFonts(env) !== null;
}
