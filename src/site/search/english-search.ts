// In the browser, on /en/search/: the English text searched with Pagefind (its English index holds the
// text of every English clause page, with the same region, domain and topic filters as the Chinese
// pages). The query and the filters live in the address, so a search can be shared; what the page
// cannot apply (a filter value it does not offer, a query past the box's length) is dropped from
// the address at once. Excerpts are built as text: Pagefind's <mark> becomes a <mark> element,
// everything else is a text node.

import { dropInvisible } from './normalize.ts';
import { capQuery, QUERY_MAX } from './query.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** How many results a page shows before "Show more". */
const PAGE = 20;

/** The excerpt as nodes: marks kept, every other tag dropped, every character text. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((n) => {
    if (n instanceof Element && n.tagName === 'MARK') return Object.assign(document.createElement('mark'), { textContent: n.textContent });
    return document.createTextNode(n.textContent ?? '');
  });
}

/** Wires the search page: reads the address, searches, lists the results, keeps the address in step. */
export function mountEnglishSearch(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select')];
  const status = root.querySelector<HTMLElement>('.es-status')!;
  const list = root.querySelector<HTMLOListElement>('.es-results')!;
  const more = root.querySelector<HTMLButtonElement>('.es-more')!;
  const help = root.querySelector<HTMLElement>('.es-help')!;
  const names = new Map(JSON.parse(root.dataset.names ?? '[]') as [string, string][]);
  let pagefind: Promise<Pagefind> | null = null;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base, excerptLength: 30 });
      return pf;
    }));
  let run = 0;
  let cut = false;
  /** The query as searched: invisible characters (a pasted zero-width space) dropped, at most QUERY_MAX characters. */
  const typed = () => dropInvisible(input.value).trim().slice(0, QUERY_MAX);

  const search = async () => {
    const q = typed();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
    const mine = ++run;
    list.replaceChildren();
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      help.hidden = false;
      return;
    }
    status.textContent = 'Searching…';
    let found: PagefindResult[];
    try {
      found = (await (await load()).search(q, { filters }))?.results ?? [];
    } catch {
      if (mine === run) status.textContent = 'The search index could not be loaded. Try again, or use your browser’s find on a plan’s page.';
      return;
    }
    if (mine !== run) return;
    const scope = Object.entries(filters).map(([k, v]) => names.get(`${k}:${v}`) ?? v);
    status.textContent = found.length === 0 ? `No clause matches “${q}”${scope.length ? ` in ${scope.join(', ')}` : ''}.` : `${found.length} ${found.length === 1 ? 'clause matches' : 'clauses match'} “${q}”${scope.length ? ` in ${scope.join(', ')}` : ''}.`;
    if (cut) status.textContent += ` The query was too long: only its first ${QUERY_MAX} characters were searched.`;
    let shown = 0;
    const showMore = async () => {
      const batch = await Promise.all(found.slice(shown, shown + PAGE).map((r) => r.data()));
      if (mine !== run) return;
      // The first results take the help's place, in the same update: nothing the reader sees moves
      // down. Without results, the help stays.
      if (shown === 0) help.hidden = batch.length > 0;
      for (const d of batch) {
        const li = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: d.url, className: 'result-title' });
        const id = d.meta.id ?? '';
        link.textContent = names.get(`clause:${id}`) ?? d.meta.title ?? d.url;
        const excerpt = document.createElement('p');
        excerpt.className = 'result-excerpt';
        excerpt.append(...excerptNodes(d.excerpt));
        li.append(link, excerpt);
        list.append(li);
      }
      shown += batch.length;
      more.hidden = shown >= found.length;
    };
    more.onclick = () => void showMore();
    await showMore();
    if (mine === run) root.dataset.settled = q;
  };

  const fromAddress = () => {
    const params = new URL(location.href).searchParams;
    const asked = capQuery(params.get('q') ?? '');
    input.value = asked.q;
    cut = asked.cut;
    for (const s of selects) {
      const v = params.get(s.name) ?? '';
      // An unknown value in the address is dropped, not passed on.
      s.value = [...s.options].some((o) => o.value === v) ? v : '';
    }
  };
  const toAddress = () => {
    const url = new URL(location.href);
    url.search = '';
    if (typed()) url.searchParams.set('q', typed());
    for (const s of selects) if (s.value) url.searchParams.set(s.name, s.value);
    history.replaceState(null, '', url);
  };

  input.addEventListener('input', () => (cut = false));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    toAddress();
    void search();
  });
  for (const s of selects) s.addEventListener('change', () => {
    toAddress();
    void search();
  });
  input.addEventListener('focus', () => void load(), { once: true });
  fromAddress();
  // The address says what the page searches: unknown filter values and the cut part of a query go.
  toAddress();
  void search();
}
