// In the browser, on /compare/measures/: the measures table filtered by domain and topic, ordered by
// how many pilots state a measure or as the plans run, and narrowed to a pair of pilots (both, only
// the first, only the second, across the whole plans; the measures neither states are hidden and
// counted). The state is in the address (?domain=…&topic=…&sort=document&pilots=a,b), so a view can
// be shared; what the page does not know (a domain, topic or pilot it does not offer) is dropped
// from the address on arrival. Every text is set as text, in the page's language (words.ts).

import { arrange } from './arrange.ts';
import { compareWords, pageLang } from './words.ts';
import { matrixQuery, parseMatrixQuery, pilotsQuery, type MatrixState } from '../../model/urls.ts';

/** Adds the controls' behaviour to the measures page's root element. */
export function initMatrix(root: HTMLElement): void {
  const words = compareWords(pageLang());
  const form = root.querySelector<HTMLFormElement>('.mm-controls')!;
  const status = form.querySelector<HTMLElement>('.mm-status')!;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const known = (name: string) => [...select(name).options].map((o) => o.value).filter(Boolean);
  const names = new Map([...select('a').options].map((o) => [o.value, o.textContent ?? o.value]));
  // By topic slug, in a Map: a slug is data, and `constructor` must be a topic like any other.
  const topicPilots = new Map(JSON.parse(root.dataset.topics ?? '[]') as [string, number][]);
  const sections = [...root.querySelectorAll<HTMLElement>('.mm-domain')];
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-regions]')].map((el) => ({
    el,
    domain: el.closest<HTMLElement>('.mm-domain')!.dataset.domain!,
    pilots: Number(el.dataset.pilots),
    order: Number(el.dataset.order),
    regions: new Set(el.dataset.regions!.split(' ')),
    topics: new Set((el.dataset.topics ?? '').split(' ').filter(Boolean)),
  }));
  // The pilot of each column, from the heading row (every table has the same).
  const columns = [...root.querySelectorAll<HTMLElement>('.mm thead th[data-region]')];
  const regionAt: (string | null)[] = [null, ...new Set(columns.map((th) => th.dataset.region!))];
  const measureLinks = [...root.querySelectorAll<HTMLAnchorElement>('.mm tbody th a')].map((a) => {
    const [path, hash = ''] = a.getAttribute('href')!.split(/(?=#)/);
    return { a, path, hash };
  });

  let state: MatrixState = parseMatrixQuery(location.search, { domains: known('domain'), topics: known('topic'), pilots: known('a') });

  const apply = (write: boolean) => {
    select('domain').value = state.domain ?? '';
    select('topic').value = state.topic ?? '';
    select('sort').value = state.sort;
    select('a').value = state.pilots[0] ?? '';
    select('b').value = state.pilots[1] ?? '';
    const pair = state.pilots.length === 2 ? state.pilots : null;
    root.classList.toggle('mm-pair', pair !== null);
    const count = { shown: 0, both: 0, first: 0, second: 0, neither: 0 };
    for (const r of rows) {
      const inView = (!state.domain || r.domain === state.domain) && (!state.topic || r.topics.has(state.topic));
      const side = pair ? (r.regions.has(pair[0]) ? (r.regions.has(pair[1]) ? 'both' : 'first') : r.regions.has(pair[1]) ? 'second' : 'neither') : null;
      if (inView && side) count[side]++;
      r.el.toggleAttribute('data-hide', !inView || side === 'neither');
      if (inView && side !== 'neither') count.shown++;
      for (const cell of r.el.cells) {
        const region = regionAt[cell.cellIndex];
        cell.toggleAttribute('data-off', pair !== null && region !== null && !pair.includes(region));
      }
    }
    for (const th of columns) th.toggleAttribute('data-off', pair !== null && !pair.includes(th.dataset.region!));
    // With a pair, a measure's name opens its comparison with the two pilots side by side.
    const search = pair ? pilotsQuery(pair) : '';
    for (const { a, path, hash } of measureLinks) {
      const link = path + search + hash;
      if (a.getAttribute('href') !== link) a.setAttribute('href', link);
    }
    const rank = (r: (typeof rows)[number]) => {
      const side = pair ? ['both', 'first', 'second', 'neither'].indexOf(r.regions.has(pair[0]) ? (r.regions.has(pair[1]) ? 'both' : 'first') : r.regions.has(pair[1]) ? 'second' : 'neither') : 0;
      return side * 1e6 + (state.sort === 'document' ? r.order : -r.pilots * 1e3 + r.order);
    };
    for (const section of sections) {
      const body = section.querySelector('tbody')!;
      const mine = rows.filter((r) => r.el.parentElement === body).sort((x, y) => rank(x) - rank(y));
      arrange(body, [...body.children], mine.map((r) => r.el));
      section.toggleAttribute('data-hide', mine.every((r) => r.el.hasAttribute('data-hide')));
    }
    const parts: string[] = [words.matrixShown(count.shown)];
    if (state.topic) parts.push(words.matrixTopic(select('topic').selectedOptions[0]?.textContent ?? '', topicPilots.get(state.topic) ?? 0));
    if (pair) {
      const [a, b] = pair.map((p) => names.get(p) ?? p);
      parts.push(words.matrixPair({ a, b, ...count }));
    }
    // The page arrives saying what it shows unfiltered: only a change is written (and announced).
    const said = words.sentences(parts);
    if (status.textContent !== said) status.textContent = said;
    if (write) {
      const url = new URL(location.href);
      url.search = matrixQuery(state);
      history.replaceState(history.state, '', url);
    }
  };

  form.addEventListener('change', () => {
    const a = select('a').value;
    const b = select('b').value;
    state = {
      domain: select('domain').value || undefined,
      topic: select('topic').value || undefined,
      sort: select('sort').value === 'document' ? 'document' : 'pilots',
      pilots: [a, b].filter((p, i, all) => p && all.indexOf(p) === i),
    };
    apply(true);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  const asked = new URLSearchParams(location.search);
  apply(['domain', 'topic', 'sort', 'pilots'].some((k) => asked.has(k)) && location.search !== matrixQuery(state));
}
