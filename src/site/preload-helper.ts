// The preload helper of the browser's scripts, smaller. Vite wraps every dynamic import (a feature
// loaded on first use: the quick search, the citation panel's formats, the parallel view) in its
// helper, which preloads the imported module's dependencies in the same round as the module. Its
// version also loads stylesheets, falls back where modulepreload is missing and reports failures
// as events: 880 bytes gzip that every page with such a feature loads first, a clause page among
// them. Here no dynamic import brings a stylesheet (a feature links its own sheet when it first
// runs: ./sheet.ts), so the helper only adds a modulepreload link per dependency, once, and
// imports the module: its failure is the import's own.
//
// The dependencies arrive as paths from the site's root (`_astro/x.js`); the helper is itself in
// `_astro/`, so they resolve against its own address, under any base path.

const HELPER_ID = '\0vite/preload-helper.js';

const HELPER = `const seen=new Set;export const __vitePreload=(load,deps)=>{for(const dep of deps||[]){const href=new URL("../"+dep,import.meta.url).href;if(seen.has(href))continue;seen.add(href);const link=document.createElement("link");link.rel="modulepreload";link.href=href;document.head.append(link)}return load()};`;

export function preloadHelperPlugin() {
  return {
    name: 'site:preload-helper',
    enforce: 'pre' as const,
    resolveId(id: string) {
      return id === HELPER_ID ? HELPER_ID : null;
    },
    load(id: string) {
      return id === HELPER_ID ? HELPER : null;
    },
  };
}
