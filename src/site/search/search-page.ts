// The search page (/search/?q=…&region=…&domain=…&topic=…&everywhere=1). Its state lives in the
// URL, so a search can be shared and reloaded: the form is read from the URL on load and written
// back as it changes. What the page cannot apply is not read: a filter value it does not offer is
// dropped, a query longer than the box takes is cut (and the page says so), and the address is
// written back at once, so it never states more than the page does. Everything the page adds is
// placed below what is already on screen, in an area that keeps a screen's height, so nothing
// moves as results arrive.

import { ellipsis, wellFormed } from '../../model/text.ts';
import { urlFor } from '../../model/urls.ts';
import { searchEngine, type ExactOutcome, type Result } from './engine.ts';
import { FILTER_KEYS, knownFilters, type Filters } from './filters.ts';
import { droppedLine } from './furniture.ts';
import { headline } from './headline.ts';
import { dropInvisible } from './normalize.ts';
import { capQuery, QUERY_MAX } from './query.ts';
import { readingScope } from './reading.ts';
import { h, resultItem } from './view.ts';

/** Below this many exact results, Pagefind's partial matches are worth showing too. */
const PARTIAL_BELOW = 20;
/** Results built at once; the rest (below the first screens) in the next task, so the first paint is not held up. */
const AT_ONCE = 12;

/** Shorter queries worth suggesting when a query finds nothing: its terms, then its halves. */
export function shorterQueries(q: string): string[] {
  const terms = q.trim().split(/\s+/).filter(Boolean);
  if (terms.length > 1) return terms;
  const chars = [...(terms[0] ?? '')];
  if (chars.length < 4) return [];
  const mid = Math.ceil(chars.length / 2);
  return [...new Set([chars.slice(0, mid).join(''), chars.slice(mid).join(''), chars.slice(0, 2).join(''), chars.slice(-2).join('')])];
}

/**
 * Resolves once `element` has been presented on screen (the browser recorded it as a largest
 * paint), or after `ms` at most; where that is not observable, after the next frame. The page
 * keeps its introduction until then, so that what is painted first stays the page's largest paint
 * and results never replace something the reader has not yet seen.
 */
function afterPainted(element: Element, ms = 300): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, ms);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => (e as PerformanceEntry & { element?: Element | null }).element === element)) done();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      requestAnimationFrame(done);
    }
  });
}

/**
 * Sets an element's text only where it changes: the filters are rewritten on every search, and an
 * unchanged write still costs the page a new layout of all three lists.
 */
function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Wires the search page inside `root`. */
export function mountSearchPage(root: HTMLElement): void {
  const $ = <T extends HTMLElement>(s: string) => root.querySelector<T>(s)!;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('input[name="q"]');
  const selects = { region: $<HTMLSelectElement>('#sp-region'), domain: $<HTMLSelectElement>('#sp-domain'), topic: $<HTMLSelectElement>('#sp-topic') };
  const count = $('.sp-filter-count');
  const status = $('.sp-status');
  const whole = $<HTMLOListElement>('.sp-whole');
  const apart = $('.sp-apart');
  const partialBox = $('.sp-partial');
  const tips = $('.sp-tips');
  const help = $('.sp-help');
  const jumpBox = $('.sp-jump');
  const topicBox = $('.sp-topics');
  const base = root.dataset.base ?? '/';
  const engine = searchEngine(base);
  const labels = new Map<HTMLOptionElement, string>();
  for (const s of Object.values(selects)) for (const o of s.options) labels.set(o, o.textContent ?? '');
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: ExactOutcome | null = null;
  const painted = afterPainted(help.querySelector('p') ?? help);

  const params = new URLSearchParams(location.search);
  // A query longer than the box takes (a hand-made or old address) is cut as the box would cut it.
  const asked = capQuery(params.get('q') ?? '');
  input.value = asked.q;
  let cut = asked.cut;
  let everywhere = params.get('everywhere') === '1';
  // What the reader chose, as far as the page offers it; the selects may also show what the query names (a reading).
  const offered = (s: HTMLSelectElement) => [...s.options].map((o) => o.value).filter(Boolean);
  const chosen: Filters = knownFilters(params, { region: offered(selects.region), domain: offered(selects.domain), topic: offered(selects.topic) });

  const showFilters = (outcome: ExactOutcome | null) => {
    const shown = outcome?.filters ?? chosen;
    const c = outcome?.counts;
    const counts = c ? ({ region: [c.region, c.anyRegion], domain: [c.domain, c.anyDomain], topic: [c.topic, c.anyTopic] } as const) : null;
    for (const key of FILTER_KEYS) {
      const select = selects[key];
      const value = shown[key] ?? '';
      if (select.value !== value) select.value = value;
      if (select.selectedIndex < 0) select.value = '';
      for (const o of select.options) {
        const n = counts ? (o.value ? (counts[key][0].get(o.value) ?? 0) : counts[key][1]) : null;
        setText(o, n === null ? labels.get(o)! : `${labels.get(o)}（${n}）`);
        // Options that would give nothing are left out, unless chosen.
        const out = n === 0 && o.value !== select.value;
        if (o.hidden !== out) o.hidden = o.disabled = out;
      }
      for (const g of select.querySelectorAll('optgroup')) {
        const empty = [...g.children].every((o) => (o as HTMLOptionElement).hidden);
        if (g.hidden !== empty) g.hidden = empty;
      }
    }
    const active = Object.values(shown).filter(Boolean).length;
    setText(count, active ? `（已选 ${active} 项）` : '');
  };

  const searchUrl = (q: string, f: Filters, everywhere = false) => urlFor({ kind: 'search', q, ...f, everywhere }, base);
  const link = (text: string, q: string, f: Filters, all = false) => h('a', { href: searchUrl(q, f, all) }, text);

  /** What the query was read as naming, with the one click that undoes it (or, undone, redoes it). */
  const readingLine = (outcome: ExactOutcome, q: string) => {
    const r = outcome.reading ?? outcome.declined;
    if (!r) return null;
    const where = readingScope(r);
    const cut = (s: string) => ellipsis(s, 40);
    if (outcome.declined) return h('p', { class: 'sp-reading' }, `已在全部试点中检索“${cut(q)}”。`, link(`只在 ${where} 中检索“${cut(r.rest)}”`, q, chosen));
    return h('p', { class: 'sp-reading' }, `在 ${where} 中检索“${cut(r.rest)}”。`, link(`改为在全部试点中检索“${cut(q)}”`, q, chosen, true));
  };

  const suggest = async (q: string, outcome: ExactOutcome) => {
    const items: (Node | string)[] = [];
    const f = outcome.filters;
    if ((chosen.region || chosen.domain || chosen.topic) && outcome.total > 0) {
      items.push(h('li', {}, '取消筛选：', link(`在全部试点和要素中检索（${outcome.total}条）`, q, {})));
    }
    const shorter: Node[] = [];
    for (const s of shorterQueries(outcome.query.simplified)) {
      const n = (await engine.exact(s, f, { everywhere: true })).results.length;
      if (n > 0) shorter.push(link(`${s}（${n}）`, s, f), document.createTextNode(' '));
    }
    if (shorter.length) items.push(h('li', {}, '试试更短的词：', ...shorter));
    items.push(h('li', {}, '也可以浏览', h('a', { href: urlFor({ kind: 'topics' }, base) }, '政策主题'), '，或', h('a', { href: urlFor({ kind: 'compare' }, base) }, '对照十个试点'), '。'));
    items.push(h('li', {}, '检索按字面匹配（不区分简繁、全角半角，数字可写作汉字或阿拉伯数字）；用空格分隔多个词，可查找同时包含这些词的条款。'));
    return h('ul', {}, ...items);
  };

  const run = async () => {
    // Invisible characters (a pasted zero-width space) are no part of the query, nor of its address.
    const q = dropInvisible(wellFormed(input.value)).trim();
    const mine = ++generation;
    history.replaceState(null, '', searchUrl(q, chosen, everywhere));
    document.title = `${q ? `“${q.slice(0, 40)}”的检索结果` : '检索'} | ${document.title.split(' | ').pop()}`;
    if (!q) {
      last = null;
      for (const el of [jumpBox, topicBox, apart, partialBox]) el.hidden = true;
      whole.replaceChildren();
      tips.replaceChildren();
      help.hidden = false;
      status.textContent = '';
      showFilters(null);
      return;
    }
    let outcome: ExactOutcome;
    let jump;
    let group;
    try {
      [jump, outcome, group] = await Promise.all([engine.jump(q).catch(() => null), engine.search(q, chosen, { everywhere }), engine.group(q).catch(() => null)]);
    } catch {
      status.textContent = '检索数据未能加载，请刷新页面重试。';
      return;
    }
    const topics = await engine.topics(outcome.query).catch(() => []);
    if (mine !== generation) return;
    // Searching and building the page in separate tasks (the first search also normalised the
    // corpus), and never before the page's first paint: what it shows first stays in place.
    await Promise.all([painted, new Promise((resolve) => setTimeout(resolve, 0))]);
    if (mine !== generation) return;
    last = outcome;
    // One update for everything above the results, so that nothing shifts.
    // A place typed alone (宁波, beijing) is a place: it is searched, and the line says where it
    // belongs. Only a query that names a clause or an annex is announced as a reference.
    const place = (jump && 'url' in jump ? jump.place : undefined) ?? group ?? undefined;
    const reference = Boolean(jump && 'url' in jump && !place);
    jumpBox.hidden = !jump && !place;
    jumpBox.classList.toggle('is-place', Boolean(place));
    if (place) jumpBox.replaceChildren(place.sentence, ...place.links.map((l) => h('a', { href: l.url }, l.text)));
    else if (jump && 'url' in jump) jumpBox.replaceChildren('这是一处条款引用：', h('a', { href: jump.url }, `前往 ${jump.label} ${jump.title}`));
    else if (jump) jumpBox.replaceChildren(jump.error);
    const terms = outcome.query.simplified.split(' ').filter(Boolean);
    const ones = outcome.results.filter((r) => r.tier === 1);
    const twos = outcome.results.filter((r) => r.tier === 2);
    const filtered = Boolean(outcome.filters.region || outcome.filters.domain || outcome.filters.topic);
    status.replaceChildren(headline({ shown: outcome.query.simplified || outcome.query.literal, terms, converted: outcome.query.converted, whole: outcome.near ? 0 : ones.length, apart: twos.length, filtered, reference, near: outcome.near }));
    if (outcome.dropped) status.append(h('p', { class: 'sp-dropped' }, droppedLine(outcome.dropped)));
    const reading = readingLine(outcome, q);
    if (reading) status.append(reading);
    if (cut) status.append(h('p', { class: 'sp-cut' }, `检索词过长，只按前${QUERY_MAX}个字检索。`));
    // A topic the query names gathers more than its words find: it comes before the clauses.
    topicBox.querySelector('ul')!.replaceChildren(...topics.map((t) => h('li', {}, h('a', { href: t.url }, t.title), h('p', {}, [t.found, t.missing].filter(Boolean).join('')))));
    topicBox.hidden = topics.length === 0;
    showFilters(outcome);
    help.hidden = true;
    const apartList = apart.querySelector('ol')!;
    whole.replaceChildren(...ones.slice(0, AT_ONCE).map((r: Result) => resultItem(r)));
    apartList.replaceChildren(...twos.slice(0, Math.max(0, AT_ONCE - ones.length)).map((r: Result) => resultItem(r)));
    apart.hidden = twos.length === 0;
    partialBox.hidden = true;
    tips.replaceChildren();
    root.dataset.searched = q;
    if (ones.length + twos.length > AT_ONCE) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (mine !== generation) return;
      whole.append(...ones.slice(AT_ONCE).map((r: Result) => resultItem(r)));
      apartList.append(...twos.slice(Math.max(0, AT_ONCE - ones.length)).map((r: Result) => resultItem(r)));
    }
    // For a reference that no clause prints, the link is the answer: no partial matches, no tips.
    if (outcome.results.length < PARTIAL_BELOW && !(reference && outcome.results.length === 0)) {
      const exclude = new Set(outcome.results.map((r) => r.id));
      const partial = await engine.partial(outcome.query, outcome.filters, exclude, 10).catch(() => [] as Result[]);
      if (mine !== generation) return;
      partialBox.querySelector('ol')!.replaceChildren(...partial.map((r) => resultItem(r)));
      partialBox.hidden = partial.length === 0;
      if (outcome.results.length === 0) {
        const list = await suggest(q, outcome);
        if (mine !== generation) return;
        tips.replaceChildren(list);
      }
    }
    root.dataset.settled = q;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    everywhere = false;
    cut = false;
    timer = setTimeout(run, 30);
  });
  for (const key of FILTER_KEYS) {
    const select = selects[key];
    select.addEventListener('change', () => {
      // Choosing a filter while the query names a pilot makes the reading explicit: the query
      // loses the place, and the filters it stood for become chosen ones.
      // (A group of pilots, 成渝, has no one filter to become: the query keeps its name.)
      if (last?.reading && !last.reading.group) {
        input.value = last.reading.rest;
        Object.assign(chosen, last.filters);
      }
      chosen[key] = select.value || undefined;
      void run();
    });
  }
  showFilters(null);
  // The corpus first; Pagefind (for partial matches only) when a query needs it or the reader types.
  void engine.load().catch(() => undefined);
  input.addEventListener('input', () => engine.warm(), { once: true });
  void run();
}
