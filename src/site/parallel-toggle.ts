// The 中英对照 / Side by side button as every clause, annex and letter page loads it: shown where the
// page has a counterpart in the other language, its state kept across pages in localStorage. The
// view itself (src/site/parallel-view.ts) is loaded the first time it is asked for, so a page that
// never uses it carries none of its code.

import { keepChoice, readChoice } from './stored.ts';

const KEY = 'parallel';

export function mountParallelToggle(button: HTMLButtonElement, content: HTMLElement, status: HTMLElement): void {
  const lang = document.documentElement.lang === 'en' ? 'zh-CN' : 'en';
  const href = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${lang}"]`)?.href;
  if (!href) {
    button.remove(); // no counterpart to set beside the text (the page laid the button out: components.css)
    return;
  }
  let view: Promise<(on: boolean) => Promise<void>> | null = null;
  const set = (on: boolean) => {
    button.setAttribute('aria-pressed', String(on));
    view ??= import('./parallel-view.ts').then((m) => m.parallelView(button, content, status, { href, lang }));
    void view.then((apply) => apply(on));
  };
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    keepChoice(KEY, on ? '1' : null);
    set(on);
  });
  if (readChoice(KEY) === '1') set(true);
}
