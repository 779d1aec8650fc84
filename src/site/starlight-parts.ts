// The parts of Starlight's page layout that this site replaces or does without, swapped at build
// time because the layout imports them directly rather than as overridable components:
//
// - its print stylesheet (a <link media="print"> on every page): paper is styled by the site's own
//   print sheet, src/styles/print.css, which takes over that link, so every page fetches one print
//   sheet instead of two;
// - the styles of asides (:::note in Markdown), which no page renders;
// - the script that keeps the sidebar's groups open across pages, which this site's sidebar (a
//   flat list, src/components/starlight/Sidebar.astro) does not have: its <script> element is
//   taken out of the page layout (Page.astro) as the layout is read, so that no page asks for a
//   script with nothing in it.
//
// Only imports made from inside Starlight are swapped. When an upgrade renames one of these files
// the swap stops matching and the part returns: `npm run bench` shows the weight come back, and
// tests fail for the print sheet, without which no page would link the site's own, and for the
// script (tests/site/content.test.ts).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EMPTY = '\0site:starlight-part-unused';
const LAYOUT = '/@astrojs/starlight/dist/components/Page.astro';
const SIDEBAR_STATE = '<script src="../components-internals/SidebarPersistState"></script>';

export function starlightPartsPlugin(printSheet: URL) {
  const swaps: Record<string, string> = {
    '../style/print.css?url&no-inline': `${fileURLToPath(printSheet)}?url&no-inline`,
    '../style/asides.css': `${EMPTY}.css`,
  };
  return {
    name: 'site:starlight-parts',
    enforce: 'pre' as const,
    resolveId(id: string, importer?: string) {
      if (!importer?.includes('/@astrojs/starlight/')) return undefined;
      return swaps[id];
    },
    load(id: string) {
      if (id.startsWith(EMPTY)) return '';
      if (!id.endsWith(LAYOUT)) return undefined;
      const layout = readFileSync(id, 'utf8');
      return layout.includes(SIDEBAR_STATE) ? layout.replace(SIDEBAR_STATE, '') : undefined;
    },
  };
}
