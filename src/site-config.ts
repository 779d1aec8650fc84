// Where the site is deployed and what the build can make. One place reads the environment, so the
// converter (absolute URLs in the data export), Astro (site, base, PDF links) and the PDF step agree.

import { existsSync } from 'node:fs';
import { findPdfFonts } from './pdf/fonts.ts';

/** The origin used when SITE_URL is not set: a reserved name, so a build for real use must set it. */
export const PLACEHOLDER_ORIGIN = 'https://guohan-2025-86.example';

/** Origin (https://host) and base path (/ or /guohan/) from SITE_URL and BASE_PATH. */
export function deployment(env: Record<string, string | undefined> = process.env): { origin: string; base: string } {
  const origin = (env.SITE_URL || PLACEHOLDER_ORIGIN).replace(/\/+$/, '');
  const raw = env.BASE_PATH || '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { origin, base };
}

/** The origin SITE_URL configures, or null when it is unset: what must never invent a host (the PDFs). */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | null {
  return env.SITE_URL ? env.SITE_URL.replace(/\/+$/, '') : null;
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** The system Chromium (CHROMIUM_PATH or a usual location), or null when there is none. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Whether this build makes PDFs: the Noto CJK faces are there and SKIP_PDF is not set. Pages link PDFs only then. */
export function pdfEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.SKIP_PDF !== '1' && findPdfFonts(env) !== null;
}
