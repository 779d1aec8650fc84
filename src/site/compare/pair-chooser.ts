// In the browser, on /compare/: two pilots chosen from two lists (or from ?pilots=a,b), and the
// seven domain links carry the pair, so that any domain's comparison of the two is one click away.
// Unknown pilots in the address are dropped: one known pilot is kept beside the default pair's
// other, none leaves the default pair and no `pilots` in the address. Without JavaScript the links
// carry the page's default pair and the lists stay hidden. The pair is named in the page's language.

import { parsePilots, pilotsQuery } from '../../model/urls.ts';
import { writePilots } from './address.ts';
import { compareWords, pageLang } from './words.ts';

/** Adds the pair chooser's behaviour to the /compare/ page's pair section. */
export function initPairChooser(section: HTMLElement): void {
  const pick = section.querySelector<HTMLElement>('.pair-pick')!;
  const [a, b] = [...section.querySelectorAll<HTMLSelectElement>('.pair-select')];
  const swap = section.querySelector<HTMLButtonElement>('.pair-swap')!;
  const names = section.querySelector<HTMLElement>('.pair-names')!;
  const links = [...section.querySelectorAll<HTMLAnchorElement>('.pair-links a')];
  const known = [...a.options].map((o) => o.value);
  const words = compareWords(pageLang());
  const nameOf = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? select.value;

  const apply = (write: boolean) => {
    const pair = [a.value, b.value];
    names.textContent = words.pairNames(nameOf(a), nameOf(b));
    for (const link of links) link.setAttribute('href', link.pathname + pilotsQuery(pair));
    if (write) writePilots(pair);
  };

  // The two lists never name the same pilot: choosing the other's pilot swaps them.
  let previous = [a.value, b.value];
  const changed = (select: HTMLSelectElement, other: HTMLSelectElement, was: string) => {
    if (select.value === other.value) other.value = was;
    previous = [a.value, b.value];
    apply(true);
  };
  a.addEventListener('change', () => changed(a, b, previous[0]));
  b.addEventListener('change', () => changed(b, a, previous[1]));
  swap.addEventListener('click', () => {
    [a.value, b.value] = [b.value, a.value];
    previous = [a.value, b.value];
    apply(true);
  });

  const asked = parsePilots(location.search, known);
  if (asked.length === 2) [a.value, b.value] = asked;
  else if (asked.length === 1) [a.value, b.value] = [asked[0], asked[0] === b.value ? a.value : b.value];
  previous = [a.value, b.value];
  pick.hidden = false;
  // The address says what the page shows: the pair it could read, or nothing it could not.
  const wrong = new URLSearchParams(location.search).has('pilots') && location.search !== pilotsQuery(asked.length ? previous : []);
  apply(false);
  if (wrong) writePilots(asked.length ? previous : []);
}
