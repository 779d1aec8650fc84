// In the browser, on /compare/{domain}/: the chosen pilots as columns. The choice comes from the
// address (?pilots=a,b, unknown values ignored) and goes back into it (history.replaceState), so a
// view can be shared. Rows none of the chosen pilots has are collapsed behind a count; the
// distinctive sentences show the chosen pilots only. Every text is set as text.

import { MAX_PILOTS, parsePilots, pilotsQuery } from '../../model/urls.ts';
import { writePilots } from './address.ts';
import { describeChoice } from './choice.ts';

/** Adds the chooser's behaviour to a concordance page's root element. */
export function initConcordance(root: HTMLElement): void {
  const chooser = root.querySelector<HTMLElement>('.cc-chooser')!;
  const boxes = [...chooser.querySelectorAll<HTMLInputElement>('input[name="pilots"]')];
  const known = boxes.map((b) => b.value);
  const names = new Map(boxes.map((b) => [b.value, b.parentElement!.textContent!.trim()]));
  const shortNames = new Map([...root.querySelectorAll<HTMLElement>('.cc-cell')].map((c) => [c.dataset.region!, c.querySelector('.cc-pilot')!.textContent!]));
  const swap = chooser.querySelector<HTMLButtonElement>('.cc-swap')!;
  const all = chooser.querySelector<HTMLButtonElement>('.cc-all')!;
  const status = chooser.querySelector<HTMLElement>('.cc-status')!;
  const heads = root.querySelector<HTMLElement>('.cc-heads')!;
  const rows = [...root.querySelectorAll<HTMLElement>('.cc-row')].map((el) => ({ el, regions: new Set(el.dataset.regions!.split(' ')) }));
  const groups = [...root.querySelectorAll<HTMLElement>('.cc-group')];
  const offNote = root.querySelector<HTMLElement>('.cc-off-note')!;
  const offCount = offNote.querySelector<HTMLElement>('.cc-off-count')!;
  const showOff = offNote.querySelector<HTMLButtonElement>('.cc-show-off')!;
  const owns = root.querySelector<HTMLElement>('.cc-owns')!;
  const ownNote = root.querySelector<HTMLElement>('.cc-owns-note')!;
  let chosen = parsePilots(location.search, known);

  /** Children in the chosen order first, the rest in page (annex) order after them. */
  const order = (parent: Element, selector: string) => {
    const items = [...parent.querySelectorAll<HTMLElement>(`:scope > ${selector}`)];
    const rank = (el: HTMLElement) => {
      const i = chosen.indexOf(el.dataset.region!);
      return i < 0 ? MAX_PILOTS + known.indexOf(el.dataset.region!) : i;
    };
    const sorted = [...items].sort((a, b) => rank(a) - rank(b));
    const after = items.at(-1)!.nextElementSibling;
    for (const el of sorted) parent.insertBefore(el, after);
  };

  const apply = (write: boolean) => {
    const n = chosen.length;
    root.classList.toggle('cc-cols', n > 0);
    for (let k = 1; k <= MAX_PILOTS; k++) root.classList.toggle(`cc-n${k}`, n === k);
    for (const b of boxes) {
      b.checked = chosen.includes(b.value);
      b.disabled = !b.checked && n >= MAX_PILOTS;
    }
    swap.disabled = n < 2;
    all.disabled = n === 0;

    const coverage: number[] = [];
    for (const { el, regions } of rows) {
      const present = chosen.filter((r) => regions.has(r)).length;
      coverage.push(present);
      el.classList.toggle('cc-off', n > 0 && present === 0);
      for (const cell of el.querySelectorAll<HTMLElement>('.cc-cell')) cell.classList.toggle('cc-on', chosen.includes(cell.dataset.region!));
      order(el.querySelector('.cc-cells')!, '.cc-cell');
    }
    for (const group of groups) group.classList.toggle('cc-off', n > 0 && group.querySelectorAll('.cc-row:not(.cc-off)').length === 0);
    for (const own of owns.querySelectorAll<HTMLElement>('.cc-own')) own.classList.toggle('cc-on', chosen.includes(own.dataset.region!));
    order(owns, '.cc-own');

    heads.hidden = n < 2;
    heads.replaceChildren(
      ...chosen.map((r) => {
        const head = document.createElement('span');
        head.textContent = names.get(r) ?? r;
        return head;
      }),
    );

    const text = describeChoice(
      chosen.map((r) => names.get(r) ?? r),
      coverage,
      known.length,
    );
    status.textContent = text.status;
    offNote.hidden = text.collapsed === '';
    offCount.textContent = text.collapsed;
    ownNote.hidden = n === 0;
    ownNote.textContent = n === 0 ? '' : `只显示${chosen.map((r) => shortNames.get(r) ?? r).join('、')}的特有表述；其余试点的见“显示全部十个试点”。`;
    if (n === 0) root.classList.remove('cc-open-off');
    showOff.setAttribute('aria-expanded', String(root.classList.contains('cc-open-off')));
    showOff.textContent = root.classList.contains('cc-open-off') ? '收起' : '展开';

    if (write) writePilots(chosen);
  };

  for (const box of boxes) {
    box.addEventListener('change', () => {
      chosen = box.checked ? [...chosen.filter((r) => r !== box.value), box.value].slice(0, MAX_PILOTS) : chosen.filter((r) => r !== box.value);
      apply(true);
    });
  }
  swap.addEventListener('click', () => {
    chosen = [...chosen].reverse();
    apply(true);
  });
  all.addEventListener('click', () => {
    chosen = [];
    apply(true);
  });
  showOff.addEventListener('click', () => {
    root.classList.toggle('cc-open-off');
    apply(false);
  });
  // A link to a part the view hides (from the contents list, or shared) shows it: a collapsed
  // measure opens the collapsed measures, another pilot's list is shown beside the chosen ones.
  const reveal = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target || !root.contains(target) || !root.classList.contains('cc-cols') || target.offsetParent !== null) return;
    if (target.closest('.cc-measures')) {
      root.classList.add('cc-open-off');
      apply(false);
    }
    target.closest<HTMLElement>('.cc-own')?.classList.add('cc-reveal');
    target.scrollIntoView();
  };
  window.addEventListener('hashchange', reveal);

  chooser.hidden = false;
  // The address says what it asked for; what was not understood is dropped from it.
  apply(location.search !== pilotsQuery(chosen) && new URLSearchParams(location.search).has('pilots'));
  reveal();
}
