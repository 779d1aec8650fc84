// Where the site is deployed. One place reads the environment, so the converter (absolute URLs in
// the data export), Astro (site, base) and the PDF step agree.

/** The origin used when SITE_URL is not set: a reserved name, so a build for real use must set it. */
export const PLACEHOLDER_ORIGIN = 'https://guohan-2025-86.example';

/** Origin (https://host) and base path (/ or /guohan/) from SITE_URL and BASE_PATH. */
export function deployment(env: Record<string, string | undefined> = process.env): { origin: string; base: string } {
  const origin = (env.SITE_URL || PLACEHOLDER_ORIGIN).replace(/\/+$/, '');
  const raw = env.BASE_PATH || '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { origin, base };
}
