// The footer's theme switch: light, dark, or the system's (the default), kept across pages in
// localStorage; public/theme.js applies it before the first paint. With the system's, the page
// follows a change of the system's setting while it is open.

import { keepChoice, readChoice } from './stored.ts';

const KEY = 'theme';
type Choice = 'auto' | 'light' | 'dark';

function stored(): Choice {
  const v = readChoice(KEY);
  return v === 'light' || v === 'dark' ? v : 'auto';
}

const system = matchMedia('(prefers-color-scheme: light)');

function apply(choice: Choice): void {
  document.documentElement.dataset.theme = choice === 'auto' ? (system.matches ? 'light' : 'dark') : choice;
}

/** Wires a <select> of auto, light and dark. */
export function mountThemeSwitch(select: HTMLSelectElement): void {
  select.value = stored();
  select.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  select.addEventListener('change', () => {
    const choice = select.value as Choice;
    keepChoice(KEY, choice === 'auto' ? null : choice);
    apply(choice);
  });
  system.addEventListener('change', () => {
    if (stored() === 'auto') apply('auto');
  });
}
