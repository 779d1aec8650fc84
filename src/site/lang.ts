// Which language a page is in, from Starlight's route data (its locale: undefined at the root,
// 'en' under /en/), for every component that says something.

import type { Lang } from '../model/urls.ts';

/** The language of the page being built. */
export function langOf(locals: App.Locals): Lang {
  return locals.starlightRoute?.locale === 'en' ? 'en' : 'zh';
}

/** The BCP-47 tag of a language, for lang attributes. */
export function langTag(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}
