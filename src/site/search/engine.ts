// The search as the browser runs it: the exact pass over the normalised corpus (complete, ranked
// first) and Pagefind (segmented, for partial matches) merged into one list. Both load lazily, on
// the first keystroke or focus, so pages that are only read never pay for search.

import type { Corpus, CorpusEntry } from './corpus.ts';
import { occursIn, prepareEntry, searchExact, type ExactMatch, type Prepared } from './exact.ts';
import { excerpt, partsFromMarkedHtml, type Part } from './excerpt.ts';
import { countFilters, passes, type FilterCounts, type Filters } from './filters.ts';
import { dropInvisible } from './normalize.ts';
import { queryParts, sharesPart } from './partial.ts';
import { parseQuery, type Query } from './query.ts';
import { groupSentence, nameUsed, placeSentence, readQuery, type Reading } from './reading.ts';
import { withoutFurniture } from './furniture.ts';
import { nearWordings } from './near.ts';
import { topicCoverage, topicLines, topicsNamed } from './topics.ts';
import { readVariants, type Variants } from './variants.ts';
import { namesAnnex, parseClauseRef } from '../cite/clause-ref.ts';
import { annexLabel } from '../../model/labels.ts';
import { urlFor } from '../../model/urls.ts';

/** Where a typed clause reference leads: a page to open, or why there is none. */
export type Jump = { url: string; label: string; title: string; clause: boolean; place?: Place } | { error: string } | null;

/**
 * A query that names only a pilot, a place of it or a group of pilots (宁波, beijing, 成渝): where
 * it belongs, said in a sentence, with a link to each pilot's plan.
 */
export interface Place {
  sentence: string;
  links: { url: string; text: string }[];
}

export type { Filters } from './filters.ts';

/** A topic the query names, as the page shows it above the results. */
export interface TopicBox {
  url: string;
  title: string;
  found: string;
  missing: string;
}

/** One result, whichever pass found it. */
export interface Result {
  id: string;
  kind: CorpusEntry['kind'];
  url: string;
  region: string;
  regionName: string;
  domain: string;
  domainLabel: string;
  label: string;
  title: string;
  parts: Part[];
  /** 1: contains the query; 2: contains every term; 3: a partial match from Pagefind. */
  tier: 1 | 2 | 3;
  /** True when the match is in the errata-corrected text only. */
  viaCorrection: boolean;
}

/** Exact results under the filters, and how many each filter value would give (`counts`). */
export interface ExactOutcome {
  results: Result[];
  /** The query as searched (after reading a place or domain out of it). */
  query: Query;
  /** The place or domain read out of the query, if any; its filters are in `filters`. */
  reading: Reading | null;
  /** The reading the query would have had, when told to search everywhere instead. */
  declined: Reading | null;
  /** The filters in force: those chosen, and those the reading added. */
  filters: Filters;
  /** Matches before filtering. */
  total: number;
  counts: FilterCounts;
  /** Page furniture taken out of the query before it found anything (search/furniture.ts). */
  dropped?: string[];
  /** When nothing holds the query: the wordings one character away that the results hold (search/near.ts). */
  near?: string[];
}

/** The corpus, normalised once, with what reading a query needs. */
export interface Loaded {
  corpus: Corpus;
  prepared: Prepared[];
  variants: Variants;
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** The page's state that changes how a query is read. */
export interface SearchOptions {
  /** Read the query as typed: no place or domain taken out of it. */
  everywhere?: boolean;
}

/** Gives the page its turn: the browser paints and handles input before the work goes on. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The corpus normalised a slice at a time, yielding between slices: in one piece it is a task of a
 * quarter of a second on a slow phone, during which the page can neither paint nor take a
 * keystroke. A slice is half a frame (8 ms, timed on the device itself), so a keystroke or a
 * scroll during the work waits no longer than that.
 */
async function prepareInSlices(entries: readonly CorpusEntry[], sliceMs = 8): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  while (prepared.length < entries.length) {
    await yieldToPage();
    const start = performance.now();
    do prepared.push(prepareEntry(entries[prepared.length], prepared.length));
    while (prepared.length < entries.length && performance.now() - start < sliceMs);
  }
  return prepared;
}

/** Loads the corpus and Pagefind on demand, and searches both. */
class SearchEngine {
  private loaded?: Promise<Loaded>;
  private pagefind?: Promise<Pagefind | null>;
  private readonly base: string;

  constructor(base: string) {
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  /** Starts loading what search needs, so the first query does not wait. */
  warm(): void {
    void this.load();
    void this.loadPagefind();
  }

  /** The corpus, fetched and normalised once. */
  load(): Promise<Loaded> {
    this.loaded ??= fetch(urlFor({ kind: 'asset', path: 'search-corpus.json' }, this.base)).then(async (r) => {
      if (!r.ok) throw new Error(`search corpus: HTTP ${r.status}`);
      const corpus = (await r.json()) as Corpus;
      return { corpus, prepared: await prepareInSlices(corpus.entries), variants: readVariants(corpus.variants) };
    });
    return this.loaded;
  }

  private loadPagefind(): Promise<Pagefind | null> {
    this.pagefind ??= import(/* @vite-ignore */ urlFor({ kind: 'asset', path: 'pagefind/pagefind.js' }, this.base))
      .then(async (pf: Pagefind) => {
        await pf.options({ baseUrl: this.base, excerptLength: 36 });
        return pf;
      })
      .catch(() => null);
    return this.pagefind;
  }

  private toResult(corpus: Corpus, entry: CorpusEntry, parts: Part[], tier: Result['tier'], viaCorrection: boolean): Result {
    return {
      id: entry.id,
      kind: entry.kind,
      url: entry.url,
      region: entry.region,
      regionName: corpus.regions.find((r) => r.slug === entry.region)?.name ?? '',
      domain: entry.domain,
      domainLabel: corpus.domains.find((d) => d.slug === entry.domain)?.label ?? '',
      label: entry.label,
      title: entry.title,
      parts,
      tier,
      viaCorrection,
    };
  }

  /** Reads the query as a clause reference (附件3（十二）, 杭甬温 第十二条 …), if it is one. */
  async jump(q: string): Promise<Jump> {
    const { corpus } = await this.load();
    const ref = parseClauseRef(dropInvisible(q), corpus.regions);
    if (!ref) return null;
    if (!ref.ok) return { error: ref.message };
    const region = corpus.regions.find((r) => r.slug === ref.region)!;
    if (ref.clause === null) {
      const scope = corpus.entries.find((e) => e.id === `${ref.region}-scope`);
      const annex = { url: this.annexUrl(corpus, ref.region), label: annexLabel(region.annex), title: `${region.name}实施方案全文`, clause: false };
      if (namesAnnex(q)) return annex;
      const as = nameUsed(dropInvisible(q).trim(), region);
      return { ...annex, place: { sentence: placeSentence(as, region, scope?.text ?? ''), links: [{ url: annex.url, text: `阅读 ${annex.label} ${annex.title}` }] } };
    }
    const entry = corpus.entries.find((e) => e.id === `${ref.region}-${ref.clause}`)!;
    return { url: entry.url, label: entry.label, title: entry.title, clause: true };
  }

  /** The topics a searched query names (topics.ts), best first, with the pilots that have them. */
  async topics(query: Query): Promise<TopicBox[]> {
    const { corpus } = await this.load();
    const forms = [...new Set(query.phrase.map((a) => a.plain))];
    return topicsNamed(forms, corpus.topics).map((t) => ({
      url: urlFor({ kind: 'topic', topic: t.slug }, this.base),
      ...topicLines(t.label, topicCoverage(t.slug, corpus.entries, corpus.regions)),
    }));
  }

  /** Where a pilot's plan is read: its scope entry's page (the annex), or the annex's address. */
  private annexUrl(corpus: Corpus, region: string): string {
    return corpus.entries.find((e) => e.id === `${region}-scope`)?.url ?? urlFor({ kind: 'annex', region }, this.base);
  }

  /** A query that is a group name alone (成渝): the pilots it stands for, with their plans. */
  async group(q: string): Promise<Place | null> {
    const { corpus } = await this.load();
    const g = corpus.groups?.find((x) => x.name === dropInvisible(q).trim());
    if (!g) return null;
    const pilots = corpus.regions.filter((r) => g.slugs.includes(r.slug));
    return {
      sentence: groupSentence(g.name, pilots.map((p) => p.name)),
      links: pilots.map((p) => ({ url: this.annexUrl(corpus, p.slug), text: `阅读 ${annexLabel(p.annex)} ${p.name}实施方案全文` })),
    };
  }

  /** The query as it will be searched: a place or domain read out of it (reading.ts), unless told otherwise. */
  read(loaded: Loaded, q: string, filters: Filters, options: SearchOptions): { query: Query; reading: Reading | null; declined: Reading | null; filters: Filters } {
    const literal = parseQuery(q, loaded.variants);
    const pilots = filters.region ? [] : loaded.corpus.regions;
    const domains = filters.domain ? [] : loaded.corpus.domains;
    const found = () => loaded.prepared.some((p) => occursIn(p.text, literal.phrase) || (p.corrected !== null && occursIn(p.corrected, literal.phrase)));
    const reading = readQuery(literal.words, pilots, domains, found, filters.region ? [] : (loaded.corpus.groups ?? []));
    if (!reading || options.everywhere) return { query: literal, reading: null, declined: reading, filters };
    return {
      query: parseQuery(reading.rest, loaded.variants),
      reading,
      declined: null,
      filters: { ...filters, region: filters.region ?? reading.region?.slug, domain: filters.domain ?? reading.domain?.slug },
    };
  }

  /** Every entry containing the query (or all its terms), filtered, with counts per filter value. */
  async exact(q: string, chosen: Filters = {}, options: SearchOptions = {}): Promise<ExactOutcome> {
    const loaded = await this.load();
    const { corpus } = loaded;
    const { query, reading, declined, filters } = this.read(loaded, q, chosen, options);
    // A group name (成渝) narrows to its pilots: no single filter says that, so it is applied here.
    const group = reading?.group?.pilots.map((p) => p.slug);
    const matches = searchExact(loaded.prepared, query).filter((m) => !group || group.includes(m.entry.region));
    // Each filter's counts: what choosing that value would give, the other filters as they are.
    const counts = countFilters(matches.map((m) => m.entry), filters);
    const results = matches
      .filter((m) => passes(m.entry, filters))
      .map((m: ExactMatch) =>
        this.toResult(corpus, m.entry, excerpt(m.field === 'corrected' ? m.entry.corrected! : m.entry.text, m.hits), m.tier, m.field === 'corrected'),
      );
    return { results, query, reading, declined, filters, total: matches.length, counts };
  }

  /**
   * The exact pass, and when no entry holds the whole query, what a reader most likely meant: the
   * passage without the page numbers and running heads pasted with it, or else (nothing found at
   * all) the wordings one character away.
   */
  async search(q: string, chosen: Filters = {}, options: SearchOptions = {}): Promise<ExactOutcome> {
    const first = await this.exact(q, chosen, options);
    if (first.results.some((r) => r.tier === 1)) return first;
    const loaded = await this.load();
    for (const c of withoutFurniture(q, loaded.corpus.heads ?? [])) {
      const again = await this.exact(c.q, chosen, options);
      if (again.results.some((r) => r.tier === 1)) return { ...again, dropped: c.dropped };
    }
    // Found outside the filters, or apart: the page offers that; a near wording would be a guess.
    if (first.total > 0 || first.query.literal) return first;
    const needles = [...new Set(first.query.phrase.map((a) => a.plain))];
    const wordings = needles.flatMap((n) => nearWordings(loaded.prepared, n)).slice(0, 5);
    const results = wordings.flatMap((w) =>
      w.matches.filter((m) => passes(m.p.entry, first.filters)).map((m) => this.toResult(loaded.corpus, m.p.entry, excerpt(m.p.entry.text, m.hits), 1, false)),
    );
    const unique = results.filter((r, i) => results.findIndex((x) => x.id === r.id) === i);
    if (!unique.length) return first;
    const shown = wordings.filter((w) => w.matches.some((m) => passes(m.p.entry, first.filters))).map((w) => w.word);
    return { ...first, results: unique, near: shown };
  }

  /**
   * Pagefind's matches that the exact pass did not find, up to `limit`, and only those that share a
   * meaningful part of the query (partial.ts). Pagefind gets the simplified query.
   */
  async partial(query: Query, filters: Filters, exclude: ReadonlySet<string>, limit = 10): Promise<Result[]> {
    const [{ corpus, prepared }, pagefind] = await Promise.all([this.load(), this.loadPagefind()]);
    if (!pagefind || !query.simplified.trim()) return [];
    const pfFilters: Record<string, string> = {};
    if (filters.region) pfFilters.region = filters.region;
    if (filters.domain) pfFilters.domain = filters.domain;
    if (filters.topic) pfFilters.topic = filters.topic;
    const found = await pagefind.search(query.simplified.slice(0, 100), { filters: pfFilters });
    // Pagefind ranks the pages the exact pass already found first; look far enough past them.
    const candidates = await Promise.all((found?.results ?? []).slice(0, exclude.size + limit * 2).map((r) => r.data()));
    const parts = queryParts(query);
    const out: Result[] = [];
    for (const data of candidates) {
      const p = prepared.find((x) => x.entry.id === data.meta.id);
      if (!p || exclude.has(p.entry.id) || out.length >= limit || !sharesPart(p, parts)) continue;
      out.push(this.toResult(corpus, p.entry, partsFromMarkedHtml(data.excerpt), 3, false));
    }
    return out;
  }
}

const engines = new Map<string, SearchEngine>();

/** The page's one engine for a deployment base, shared by every search form on it. */
export function searchEngine(base: string): SearchEngine {
  const key = base.endsWith('/') ? base : `${base}/`;
  let engine = engines.get(key);
  if (!engine) engines.set(key, (engine = new SearchEngine(key)));
  return engine;
}
