// In the browser, on /compare/{domain}/: the chosen pilots side by side. The choice comes from the
// address (?pilots=a,b, unknown values ignored) and goes back into it (history.replaceState), so a
// view can be shared. One pilot: its measures, the others collapsed. Two: three groups (both, only
// the first, only the second), the second's words diffed directly against the first's. Three or
// four: columns. Every text is set as text, in the page's language (words.ts); on an English page a
// pair is not diffed (the marks compare Chinese wordings, which the English page does not mark).

import { diffWording } from '../../model/wording-diff.ts';
import type { DiffRun } from '../../model/measures.ts';
import { MAX_PILOTS, parsePilots, pilotsQuery } from '../../model/urls.ts';
import { fragmentId } from '../decode.ts';
import { writePilots } from './address.ts';
import { arrange } from './arrange.ts';
import { describeChoice, describePair } from './choice.ts';
import { compareWords, pageLang } from './words.ts';

/** A cell's own words: its text without what is struck through. */
function ownText(span: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
    else if (node instanceof Element && !node.matches('del')) node.childNodes.forEach(walk);
  };
  span.childNodes.forEach(walk);
  return out;
}

/** Sets diff runs into a span, as WordingDiff.astro writes them, marked as differing from `against` (what screen readers hear, data-against). */
function renderRuns(span: Element, runs: readonly DiffRun[], against: string): void {
  span.replaceChildren(
    ...runs.map((r) => {
      if (r.op === 'same') return document.createTextNode(r.text);
      const el = document.createElement(r.op === 'added' ? 'ins' : 'del');
      el.className = r.op === 'added' ? 'cc-add' : 'cc-del';
      el.dataset.against = against;
      el.textContent = r.text;
      return el;
    }),
  );
}

/** Adds the chooser's behaviour to a concordance page's root element. */
export function initConcordance(root: HTMLElement): void {
  const lang = pageLang();
  const words = compareWords(lang);
  const places = JSON.parse(root.dataset.places ?? '[]') as string[];
  const chooser = root.querySelector<HTMLElement>('.cc-chooser')!;
  const boxes = [...chooser.querySelectorAll<HTMLInputElement>('input[name="pilots"]')];
  const known = boxes.map((b) => b.value);
  const names = new Map(boxes.map((b) => [b.value, b.parentElement!.textContent!.trim()]));
  const shortNames = new Map(boxes.map((b) => [b.value, b.dataset.short ?? b.value]));
  const short = (r: string) => shortNames.get(r) ?? r;
  const swap = chooser.querySelector<HTMLButtonElement>('.cc-swap')!;
  const all = chooser.querySelector<HTMLButtonElement>('.cc-all')!;
  const status = chooser.querySelector<HTMLElement>('.cc-status')!;
  const measures = root.querySelector<HTMLElement>('.cc-measures')!;
  const heads = root.querySelector<HTMLElement>('.cc-heads')!;
  const groups = [...root.querySelectorAll<HTMLElement>('.cc-group')];
  const rows = [...root.querySelectorAll<HTMLElement>('.cc-row')].map((el) => ({ el, home: el.parentElement!, regions: new Set(el.dataset.regions!.split(' ')) }));
  const offNote = root.querySelector<HTMLElement>('.cc-off-note')!;
  const offCount = offNote.querySelector<HTMLElement>('.cc-off-count')!;
  const showOff = offNote.querySelector<HTMLButtonElement>('.cc-show-off')!;
  const owns = root.querySelector<HTMLElement>('.cc-owns')!;
  const ownNote = root.querySelector<HTMLElement>('.cc-owns-note')!;
  // The quotes a pair view rewrote, with their words as the page first showed them.
  const original = new Map<Element, Node[]>();
  const keep = (span: Element) => {
    if (!original.has(span)) original.set(span, [...span.childNodes]);
  };
  // In columns, a pilot a measure was not found in gets a cell that says so, made when first needed.
  const emptyCell = (region: string) => {
    const li = document.createElement('li');
    li.className = 'cc-cell cc-empty';
    li.dataset.region = region;
    const name = document.createElement('span');
    name.className = 'cc-pilot';
    name.textContent = short(region);
    const none = document.createElement('p');
    none.className = 'cc-says cc-none';
    none.textContent = words.notFound;
    li.append(name, none);
    return li;
  };
  // The three groups of a pair view, made once.
  const pairGroups = ['both', 'first', 'second'].map((kind) => {
    const section = document.createElement('section');
    section.className = `cc-group cc-pair-group cc-pair-${kind}`;
    section.id = `pair-${kind}`;
    const h = document.createElement('h3');
    h.id = `pair-${kind}-h`;
    section.setAttribute('aria-labelledby', h.id);
    section.append(h);
    section.hidden = true;
    measures.insertBefore(section, offNote);
    return section;
  });
  let chosen = parsePilots(location.search, known);
  // The page as built is the view of no pilot chosen: arriving at it, no row, group or list needs
  // touching (on the land page, a tenth of a second of a slow phone's time spent changing nothing).
  let asBuilt = true;

  /** Children in the chosen order first, the rest in page (annex) order after them. */
  const order = (parent: Element, selector: string) => {
    const items = [...parent.querySelectorAll<HTMLElement>(`:scope > ${selector}`)];
    const rank = (el: HTMLElement) => {
      const i = chosen.indexOf(el.dataset.region!);
      return i < 0 ? MAX_PILOTS + known.indexOf(el.dataset.region!) : i;
    };
    arrange(parent, items, [...items].sort((a, b) => rank(a) - rank(b)));
  };

  /** Every rewritten quote back to its words against the measure's reference. */
  const restoreWords = () => {
    for (const [span, nodes] of original) span.replaceChildren(...nodes);
    original.clear();
  };

  /** The second pilot's words diffed against the first's (the closest of them, when it has several), in every measure both state. */
  const diffPair = (el: HTMLElement, [a, b]: string[]) => {
    const firsts = [...el.querySelectorAll(`.cc-cell[data-region="${a}"] .cc-text`)].map((span) => {
      const text = ownText(span);
      keep(span);
      span.replaceChildren(document.createTextNode(text));
      return text;
    });
    for (const span of el.querySelectorAll(`.cc-cell[data-region="${b}"] .cc-text`)) {
      const own = ownText(span);
      keep(span);
      const best = firsts.map((against) => diffWording(against, own, places)).reduce((x, y) => (y.similarity > x.similarity ? y : x));
      renderRuns(span, best.runs, short(a));
    }
  };

  const apply = (write: boolean) => {
    const n = chosen.length;
    const pair = n === 2;
    root.classList.toggle('cc-cols', n > 0);
    root.classList.toggle('cc-pair', pair);
    for (let k = 1; k <= MAX_PILOTS; k++) root.classList.toggle(`cc-n${k}`, n === k);
    for (const b of boxes) {
      b.checked = chosen.includes(b.value);
      b.disabled = !b.checked && n >= MAX_PILOTS;
    }
    swap.disabled = n < 2;
    all.disabled = n === 0;

    const untouched = asBuilt && n === 0;
    asBuilt = untouched;
    restoreWords();
    const coverage: number[] = [];
    const count = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
    for (const { el, home, regions } of untouched ? [] : rows) {
      const present = chosen.filter((r) => regions.has(r)).length;
      coverage.push(present);
      el.classList.toggle('cc-off', n > 0 && present === 0);
      const list = el.querySelector('.cc-cells')!;
      for (const r of chosen) if (!regions.has(r) && !list.querySelector(`:scope > [data-region="${r}"]`)) list.prepend(emptyCell(r));
      for (const cell of list.querySelectorAll<HTMLElement>('.cc-cell')) cell.classList.toggle('cc-on', chosen.includes(cell.dataset.region!));
      order(list, '.cc-cell');
      if (pair) {
        const kind = present === 2 ? 'both' : regions.has(chosen[0]) ? 'first' : regions.has(chosen[1]) ? 'second' : null;
        if (kind === 'both' && words.diffsPair) diffPair(el, chosen);
        if (kind) count[kind === 'both' ? 'both' : kind === 'first' ? 'onlyFirst' : 'onlySecond']++;
        else count.neither++;
        (kind ? pairGroups[['both', 'first', 'second'].indexOf(kind)] : home).append(el);
      }
    }
    if (!pair && rows.some(({ el, home }) => el.parentElement !== home)) {
      // Rows a pair view took out of their groups go back, in the groups' own order (most pilots
      // first, then document order).
      for (const { el, home } of rows) home.append(el);
    }
    for (const group of untouched ? [] : groups) group.classList.toggle('cc-off', pair || (n > 0 && group.querySelectorAll('.cc-row:not(.cc-off)').length === 0));
    const [a, b] = chosen.map((r) => names.get(r) ?? r);
    const headings = pair ? words.pairHeadings(a, b, count) : [];
    pairGroups.forEach((g, i) => {
      g.hidden = !pair;
      g.querySelector('h3')!.textContent = headings[i] ?? '';
    });
    if (!untouched) {
      for (const own of owns.querySelectorAll<HTMLElement>('.cc-own')) own.classList.toggle('cc-on', chosen.includes(own.dataset.region!));
      order(owns, '.cc-own');
    }

    heads.hidden = n < 2;
    heads.replaceChildren(
      ...chosen.map((r) => {
        const head = document.createElement('span');
        head.textContent = names.get(r) ?? r;
        return head;
      }),
    );

    const text = pair ? describePair(a, b, count, lang) : describeChoice(chosen.map((r) => names.get(r) ?? r), coverage, known.length, lang);
    status.textContent = text.status;
    offNote.hidden = text.collapsed === '';
    offCount.textContent = text.collapsed;
    ownNote.hidden = n === 0;
    ownNote.textContent = n === 0 ? '' : words.ownNote(chosen.map(short));
    if (n === 0) root.classList.remove('cc-open-off');
    showOff.setAttribute('aria-expanded', String(root.classList.contains('cc-open-off')));
    showOff.textContent = root.classList.contains('cc-open-off') ? words.hideOff : words.showOff;

    if (write) writePilots(chosen);
    if (!untouched) dispatchEvent(new Event('viewchange'));
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
    const id = fragmentId(location.hash);
    const target = id ? document.getElementById(id) : null;
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
