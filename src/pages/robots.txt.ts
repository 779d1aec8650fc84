// /robots.txt: everything may be crawled; the sitemap (built only when the site's origin is
// configured, since a sitemap lists absolute URLs) says what there is.

import type { APIRoute } from 'astro';
import { deployed, publicHref } from '../site/model.ts';

export const GET: APIRoute = () => {
  const sitemap = deployed.origin ? `\nSitemap: ${publicHref({ kind: 'asset', path: 'sitemap-index.xml' })}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
