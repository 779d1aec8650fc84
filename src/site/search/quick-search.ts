// The header's quick search: a combobox (WAI-ARIA 1.2) whose listbox shows the best matches as the
// reader types. Arrow keys move through them, Enter opens one (or, with none chosen, the full search
// page), Escape closes. Without JavaScript the same form simply submits to /search/.

import { wellFormed } from '../../model/text.ts';
import { searchEngine, type Jump, type Result } from './engine.ts';
import { dropInvisible } from './normalize.ts';
import { readingScope } from './reading.ts';
import { h, jumpOption, resultOption } from './view.ts';
import sheet from './quick-search.css?url';
import { loadSheet } from '../sheet.ts';

const SHOWN = 8;

/** Wires the quick search inside `form`. */
export function mountQuickSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('.qs-panel')!;
  const list = form.querySelector<HTMLUListElement>('.qs-results')!;
  const status = form.querySelector<HTMLElement>('.qs-status')!;
  const all = form.querySelector<HTMLAnchorElement>('.qs-all')!;
  const engine = searchEngine(form.dataset.base ?? '/');
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const open = (yes: boolean) => {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };
  const setActive = (i: number) => {
    const opts = options();
    active = opts.length ? (i + opts.length) % opts.length : -1;
    if (i < 0) active = -1;
    opts.forEach((o, k) => o.setAttribute('aria-selected', String(k === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', opts[active].id);
      opts[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const render = (q: string, results: Result[], total: number, partial: boolean, jump: Jump = null, searched = '') => {
    const where = searched ? `（${searched}）` : '';
    const go = jump && 'url' in jump ? [jumpOption(jump, 'qs-option-jump')] : [];
    list.replaceChildren(...go, ...results.map((r, i) => resultOption(r, `qs-option-${i}`)));
    const searchUrl = `${form.action}?q=${encodeURIComponent(q)}`;
    all.href = searchUrl;
    if (jump && 'error' in jump) {
      status.textContent = `${jump.error}${results.length ? '以下为包含该文字的条款。' : ''}`;
      all.textContent = results.length ? '查看全部结果 →' : '打开检索页';
    } else if (go.length && results.length === 0) {
      // What Enter opens: a clause, or the annex or letter a reference names.
      status.textContent = jump && 'url' in jump && jump.clause ? '按回车打开该条。' : '按回车打开。';
      all.textContent = '打开检索页';
    } else if (results.length === 0) {
      status.replaceChildren(`没有包含“${q}”的条款${where}。`, h('br'), '可尝试更短的词，或在检索页按试点、要素筛选。');
      all.textContent = '打开检索页';
    } else {
      status.textContent = partial ? `没有包含“${q}”的条款${where}；以下为部分匹配。` : `${searched ? `${searched}：` : ''}共 ${total} 条结果${total > SHOWN ? `，显示前 ${SHOWN} 条` : ''}。`;
      all.textContent = `查看全部结果 →`;
    }
    // A clause named by reference is what the reader wants, and so is the only thing found: Enter opens it.
    setActive(jump && 'url' in jump && (jump.clause || results.length === 0) ? 0 : -1);
    open(true);
  };

  const run = async () => {
    // As the search page reads it: a pasted zero-width space is no part of the query, nor of the link to the search page.
    const q = dropInvisible(wellFormed(input.value)).trim();
    const mine = ++generation;
    if (!q) return open(false);
    try {
      const [jump, exact] = await Promise.all([engine.jump(q), engine.exact(q), loadSheet(sheet)]);
      if (mine !== generation) return;
      // A query that names a pilot (成都 土地) is searched in that pilot; the status says so.
      const searched = exact.reading ? `在 ${readingScope(exact.reading)} 中检索“${exact.reading.rest}”` : '';
      if (exact.results.length > 0 || jump) return render(q, exact.results.slice(0, SHOWN), exact.results.length, false, jump, searched);
      const partial = await engine.partial(exact.query, exact.filters, new Set(), 5);
      if (mine === generation) render(q, partial, partial.length, partial.length > 0, null, searched);
    } catch {
      if (mine === generation) {
        status.textContent = '检索暂不可用，请按回车打开检索页。';
        list.replaceChildren();
        open(true);
      }
    }
  };

  engine.warm();
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 0);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (panel.hidden) return void run();
      e.preventDefault();
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = options()[active].href;
    } else if (e.key === 'Escape') {
      if (!panel.hidden) {
        e.preventDefault();
        open(false);
      } else if (input.value) {
        input.value = '';
      } else {
        input.blur();
      }
    }
  });
  list.addEventListener('mousedown', (e) => e.preventDefault());
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.children.length) open(true);
  });
  if (input.value.trim()) void run();
}
