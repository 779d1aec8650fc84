// In the browser, the "只看特色举措" view of annex, domain and topic pages: the sentences whose
// every measure other pilots' plans state too (class `sh`, not `ow`: src/site/text/pieces.ts) are
// set aside, each run of them behind one "…" button that says how many and opens them in place;
// title sentences stay (they are headings). The words come from the button's data attributes, so the
// same code speaks either language.

/** Wraps each run of set-aside sentences of a paragraph in a span, with its "…" button before it. */
function setAside(paragraph: HTMLElement, label: (n: number) => string, en: boolean): void {
  const spans = [...paragraph.children].filter((e): e is HTMLElement => e.matches('.s'));
  let run: HTMLElement[] = [];
  const close = () => {
    if (run.length === 0) return;
    const wrap = document.createElement('span');
    wrap.className = 'set-aside';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'hidden-run';
    button.textContent = en ? `… (${label(run.length)})` : `…（${label(run.length)}）`;
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => {
      const open = wrap.classList.toggle('open');
      button.setAttribute('aria-expanded', String(open));
    });
    run[0].before(button, wrap);
    wrap.append(...run);
    run = [];
  };
  for (const s of spans) {
    if (s.matches('.sh:not(.ow):not(.s-first)')) run.push(s);
    else close();
  }
  close();
}

/** Puts the set-aside sentences back where they were, without their buttons. */
function restore(content: HTMLElement): void {
  for (const b of content.querySelectorAll('.hidden-run')) b.remove();
  for (const wrap of content.querySelectorAll<HTMLElement>('.set-aside')) wrap.replaceWith(...wrap.childNodes);
}

/** Adds the view's behaviour to its button. */
export function initDistinctive(button: HTMLButtonElement, content: HTMLElement, status: HTMLElement): void {
  const en = button.dataset.en === '1';
  const label = (n: number) => (en ? `${n} ${button.dataset.run}` : `${n}${button.dataset.run}`);
  const apply = (on: boolean, write: boolean) => {
    button.setAttribute('aria-pressed', String(on));
    content.classList.toggle('distinctive-only', on);
    document.documentElement.dataset.mode = on ? (button.dataset.mode ?? '') : '';
    if (on && !content.querySelector('.hidden-run')) for (const p of content.querySelectorAll<HTMLElement>(".clause-text")) setAside(p, label, en);
    if (!on) restore(content);
    status.textContent = on ? (button.dataset.status ?? '') : '';
    if (write) {
      const url = new URL(location.href);
      if (on) url.searchParams.set('view', 'distinctive');
      else url.searchParams.delete('view');
      history.replaceState(null, '', url);
    }
    dispatchEvent(new Event('viewchange'));
  };
  button.addEventListener('click', () => apply(button.getAttribute('aria-pressed') !== 'true', true));
  // ?view=distinctive opens the view; any other value names no view, and leaves the address.
  const asked = new URLSearchParams(location.search).get('view');
  if (asked === 'distinctive') apply(true, false);
  else if (asked !== null) apply(false, true);
}
