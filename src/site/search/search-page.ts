// The search page (/search/?q=…&region=…&domain=…). Its state lives in the URL, so a search can be
// shared and reloaded: the form is read from the URL on load and written back as it changes.

import { wellFormed } from '../../model/text.ts';
import { SearchEngine, type Filters, type Result } from './engine.ts';
import { h, resultItem } from './view.ts';

/** Below this many exact results, Pagefind's partial matches are worth showing too. */
const PARTIAL_BELOW = 20;

/** Shorter queries worth suggesting when a query finds nothing: its terms, then its halves. */
export function shorterQueries(q: string): string[] {
  const terms = q.trim().split(/\s+/).filter(Boolean);
  if (terms.length > 1) return terms;
  const chars = [...(terms[0] ?? '')];
  if (chars.length < 4) return [];
  const mid = Math.ceil(chars.length / 2);
  return [...new Set([chars.slice(0, mid).join(''), chars.slice(mid).join(''), chars.slice(0, 2).join(''), chars.slice(-2).join('')])];
}

/** Wires the search page inside `root`. */
export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const region = form.querySelector<HTMLSelectElement>('select[name="region"]')!;
  const domain = form.querySelector<HTMLSelectElement>('select[name="domain"]')!;
  const topic = form.querySelector<HTMLSelectElement>('select[name="topic"]')!;
  const status = root.querySelector<HTMLElement>('.sp-status')!;
  const list = root.querySelector<HTMLOListElement>('.sp-results')!;
  const partialBox = root.querySelector<HTMLElement>('.sp-partial')!;
  const partialList = partialBox.querySelector<HTMLOListElement>('ol')!;
  const help = root.querySelector<HTMLElement>('.sp-help')!;
  const jumpBox = root.querySelector<HTMLElement>('.sp-jump')!;
  const engine = new SearchEngine(root.dataset.base ?? '/');
  const labels = new Map<HTMLOptionElement, string>();
  for (const o of [...region.options, ...domain.options, ...topic.options]) labels.set(o, o.textContent ?? '');
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  region.value = params.get('region') ?? '';
  domain.value = params.get('domain') ?? '';
  topic.value = params.get('topic') ?? '';
  for (const select of [region, domain, topic]) if (select.selectedIndex < 0) select.value = '';

  const writeUrl = (q: string, f: Filters) => {
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (f.region) p.set('region', f.region);
    if (f.domain) p.set('domain', f.domain);
    if (f.topic) p.set('topic', f.topic);
    const query = p.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    document.title = `${q ? `“${q}”的检索结果` : '检索'} | ${document.title.split(' | ').pop()}`;
  };

  const showCounts = (select: HTMLSelectElement, counts: Record<string, number> | null, all: number) => {
    for (const o of select.options) {
      const base = labels.get(o) ?? '';
      o.textContent = counts === null ? base : `${base}（${o.value ? (counts[o.value] ?? 0) : all}）`;
    }
  };

  const link = (text: string, q: string, f: Filters) => {
    const p = new URLSearchParams({ q });
    if (f.region) p.set('region', f.region);
    if (f.domain) p.set('domain', f.domain);
    if (f.topic) p.set('topic', f.topic);
    return h('a', { href: `?${p}` }, text);
  };

  const suggest = async (q: string, f: Filters, unfilteredTotal: number) => {
    const tips: (Node | string)[] = [];
    if ((f.region || f.domain || f.topic) && unfilteredTotal > 0) {
      tips.push(h('li', {}, '取消筛选：', link(`在全部试点和要素中检索（${unfilteredTotal}条）`, q, {})));
    }
    const shorter: Node[] = [];
    for (const s of shorterQueries(q)) {
      const n = (await engine.exact(s, f)).results.length;
      if (n > 0) shorter.push(link(`${s}（${n}）`, s, f), document.createTextNode(' '));
    }
    if (shorter.length) tips.push(h('li', {}, '试试更短的词：', ...shorter));
    tips.push(h('li', {}, '检索按字面匹配，可用空格分隔多个词（同时包含）。'));
    return h('ul', { class: 'sp-tips' }, ...tips);
  };

  const run = async () => {
    const q = wellFormed(input.value.trim());
    const f: Filters = { region: region.value || undefined, domain: domain.value || undefined, topic: topic.value || undefined };
    const mine = ++generation;
    writeUrl(q, f);
    if (!q) {
      jumpBox.hidden = true;
      list.replaceChildren();
      partialBox.hidden = true;
      help.hidden = false;
      status.textContent = '';
      for (const select of [region, domain, topic]) showCounts(select, null, 0);
      return;
    }
    help.hidden = true;
    const jump = await engine.jump(q).catch(() => null);
    if (mine !== generation) return;
    jumpBox.hidden = !jump;
    if (jump && 'url' in jump) jumpBox.replaceChildren('这是一处条款引用：', h('a', { href: jump.url }, `前往 ${jump.label} ${jump.title}`));
    else if (jump) jumpBox.replaceChildren(jump.error);
    let exact;
    try {
      exact = await engine.exact(q, f);
    } catch {
      status.textContent = '检索数据未能加载，请刷新页面重试。';
      return;
    }
    if (mine !== generation) return;
    showCounts(region, exact.regionCounts, exact.anyRegion);
    showCounts(domain, exact.domainCounts, exact.anyDomain);
    showCounts(topic, exact.topicCounts, exact.anyTopic);
    list.replaceChildren(...exact.results.map((r: Result) => resultItem(r)));
    status.replaceChildren(
      exact.results.length
        ? `共 ${exact.results.length} 条包含“${q}”${q.includes(' ') ? '中全部检索词' : ''}的结果${f.region || f.domain || f.topic ? '（已筛选）' : ''}。`
        : `没有包含“${q}”的条款${f.region || f.domain || f.topic ? '（在当前筛选范围内）' : ''}。`,
    );
    partialBox.hidden = true;
    if (exact.results.length < PARTIAL_BELOW) {
      const exclude = new Set(exact.results.map((r) => r.id));
      const partial = await engine.partial(q, f, exclude, 10).catch(() => [] as Result[]);
      if (mine !== generation) return;
      partialList.replaceChildren(...partial.map((r) => resultItem(r)));
      partialBox.hidden = partial.length === 0;
      if (exact.results.length === 0) status.append(await suggest(q, f, exact.total));
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 30);
  });
  for (const select of [region, domain, topic]) select.addEventListener('change', () => void run());
  engine.warm();
  void run();
}
