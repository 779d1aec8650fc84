// The stylesheet of a feature loaded on demand comes with its script, not with every page: the
// module imports the sheet's address (`import href from './x.css?url'`, built, minified and hashed
// like the site's own sheets) and links it when first used. Vite would otherwise hoist a CSS import
// of an on-demand module into every page that can load it, which is the weight this avoids.

const loading = new Map<string, Promise<void>>();

/** Links a stylesheet of the site once; settles when it has loaded, or failed (the feature then works unstyled). */
export function loadSheet(href: string): Promise<void> {
  let done = loading.get(href);
  if (!done) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    done = new Promise<void>((settle) => {
      link.addEventListener('load', () => settle(), { once: true });
      link.addEventListener('error', () => settle(), { once: true });
    });
    document.head.append(link);
    loading.set(href, done);
  }
  return done;
}
