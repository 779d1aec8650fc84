// The 中英对照 / Side by side button as every clause, annex and letter page loads it: shown where the
// page has a counterpart in the other language, its state kept across pages in localStorage. The
// view itself (src/site/parallel-view.ts) is loaded the first time it is asked for, so a page that
// never uses it carries none of its code.

const KEY = 'parallel';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function store(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
}

export function mountParallelToggle(button: HTMLButtonElement, content: HTMLElement, status: HTMLElement): void {
  const there = document.documentElement.lang === 'en' ? 'zh-CN' : 'en';
  const alternate = document.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${there}"]`)?.href;
  if (!alternate) return;
  let view: Promise<(on: boolean) => Promise<void>> | null = null;
  const set = (on: boolean) => {
    button.setAttribute('aria-pressed', String(on));
    view ??= import('./parallel-view.ts').then((m) => m.parallelView(button, content, status, alternate));
    void view.then((apply) => apply(on));
  };
  button.hidden = false;
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    store(on);
    set(on);
  });
  if (stored()) set(true);
}
