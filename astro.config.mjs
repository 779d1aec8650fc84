// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { deployment } from './src/site-config.ts';
import { printPagesPlugin } from './src/site/print-pages.ts';
import { starlightPartsPlugin } from './src/site/starlight-parts.ts';
import { hoistImportsPlugin } from './src/site/hoist-imports.ts';
import { preloadHelperPlugin } from './src/site/preload-helper.ts';
import { existsSync } from 'node:fs';

const { origin, base } = deployment();
/** @param {{ name: string }} chunk */
const scriptFileName = (chunk) =>
  `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_, i) => (i === '0' ? '' : `-${i}`)).replace(/[^\w.-]/g, '_')}.[hash].js`;
const override = (/** @type {string} */ name) => `./src/components/starlight/${name}.astro`;
// The English layer exists when the converter wrote it: it does so only with a complete, checked
// translation (a build of another seed has none, and then no /en/ page at all, not even Starlight's
// fallbacks).
const english = existsSync(new URL('./src/content/docs/en/', import.meta.url));

if (!origin && !process.env.VITEST) {
  // Said once per build: what a build without an origin makes, so nobody deploys one by mistake.
  process.stderr.write(
    '! SITE_URL is not set: pages carry no canonical link and no sitemap is built (both need absolute URLs), ' +
      'the data export and JSON-LD use site-relative addresses, copied links and citations take the host from the address bar. ' +
      'Set SITE_URL (and BASE_PATH for a sub-path) to build for a deployment.\n',
  );
}

export default defineConfig({
  site: origin ?? undefined,
  base,
  trailingSlash: 'always',
  // No link prefetching: its script (1.1 KB gzip on every page) costs more than the small static
  // pages it would fetch early.
  prefetch: false,
  outDir: process.env.OUT_DIR || './dist',
  build: {
    // Stylesheets as files, never inline <style>: the site runs under style-src 'self'.
    inlineStylesheets: 'never',
  },
  vite: {
    // Running headers for printing from the browser, made from the model (src/site/print-pages.ts).
    // Starlight's print sheet, aside styles and sidebar-state script swapped for the site's own or
    // nothing (src/site/starlight-parts.ts).
    // Every script's imports requested in one round, as Rollup would (src/site/hoist-imports.ts),
    // and a feature loaded on first use preloaded by a helper a quarter of Vite's size
    // (src/site/preload-helper.ts).
    plugins: [printPagesPlugin('./src/content/model.json'), starlightPartsPlugin(new URL('./src/styles/print.css', import.meta.url)), hoistImportsPlugin(), preloadHelperPlugin()],
    build: {
      // Scripts as files, not inline: cached once for every page, clause pages stay small, and
      // script-src 'self' holds.
      assetsInlineLimit: 0,
    },
    // A component's script is named for its component (CitePanel.<hash>.js), not for how Astro
    // extracts it (CitePanel.astro_astro_type_script_index_0_lang.<hash>.js): a page links ten
    // of them, and every byte of a clause page's HTML counts.
    environments: {
      client: { build: { rolldownOptions: { output: { entryFileNames: scriptFileName } } } },
    },
  },
  markdown: { processor: unified({ smartypants: false }) },
  integrations: [
    starlight({
      title: '国函〔2025〕86号',
      description: '《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》及十个试点实施方案全文，可逐条检索、引用、对照。',
      // Chinese at the root; the unofficial English reading layer under /en/ (src/content/docs/en/).
      locales: english ? { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } } : { root: { label: '简体中文', lang: 'zh-CN' } },
      customCss: ['./src/styles/site.css'],
      expressiveCode: false,
      pagination: false,
      // The document's headings carry their own anchors and links (src/components/document/); no
      // Markdown heading is rendered, so Starlight's heading-link styles would only add weight.
      markdown: { headingLinks: false },
      disable404Route: true,
      routeMiddleware: './src/site/route-data.ts',
      components: {
        Header: override('Header'),
        Search: override('Search'),
        ThemeProvider: override('ThemeProvider'),
        ThemeSelect: override('ThemeSelect'),
        Sidebar: override('Sidebar'),
        PageTitle: override('PageTitle'),
        MarkdownContent: override('MarkdownContent'),
        PageSidebar: override('PageSidebar'),
        TableOfContents: override('TableOfContents'),
        MobileTableOfContents: override('MobileTableOfContents'),
        Footer: override('Footer'),
        MobileMenuToggle: override('MobileMenuToggle'),
        Hero: override('Unused'),
        Banner: override('Unused'),
        DraftContentNotice: override('Unused'),
      },
    }),
    // A sitemap lists absolute URLs: only with a configured origin. Alias pages (/annex/…, noindex,
    // canonical elsewhere) and the 404 page are not in it.
    // Without an origin, a stand-in under the sitemap's name, so that Starlight does not add one
    // that could only warn that it has nothing to do.
    origin
      ? sitemap({ filter: (page) => !new URL(page).pathname.slice(base.length - 1).startsWith('/annex/') && !/\/404\/?$/.test(page) })
      : { name: '@astrojs/sitemap', hooks: {} },
  ],
});
