// The search as the browser runs it: the exact pass over the corpus (complete, ranked first) and
// Pagefind (segmented, for partial matches) merged into one list. Both load lazily, on the first
// keystroke or focus, so pages that are only read never pay for search.

import type { Corpus, CorpusEntry } from './corpus.ts';
import { searchExact, type ExactMatch } from './exact.ts';
import { excerpt, partsFromMarkedHtml, type Part } from './excerpt.ts';
import { parseQuery } from './normalize.ts';
import { parseClauseRef } from '../cite/clause-ref.ts';
import { annexLabel } from '../../model/labels.ts';
import { urlFor } from '../../model/urls.ts';

/** Where a typed clause reference leads: a page to open, or why there is none. */
export type Jump = { url: string; label: string; title: string; clause: boolean } | { error: string } | null;

export interface Filters {
  region?: string;
  domain?: string;
  topic?: string;
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

/** Exact results under the filters, and how many each filter value would give. */
export interface ExactOutcome {
  results: Result[];
  /** Matches before filtering. */
  total: number;
  regionCounts: Record<string, number>;
  domainCounts: Record<string, number>;
  topicCounts: Record<string, number>;
  /** What “all regions”, “all domains” and “all topics” would give under the other filters. */
  anyRegion: number;
  anyDomain: number;
  anyTopic: number;
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const passes = (e: CorpusEntry, f: Filters) =>
  (!f.region || e.region === f.region) && (!f.domain || e.domain === f.domain) && (!f.topic || (e.topics ?? []).includes(f.topic));

/** Loads the corpus and Pagefind on demand, and searches both. */
export class SearchEngine {
  private corpus?: Promise<Corpus>;
  private pagefind?: Promise<Pagefind | null>;
  private readonly base: string;

  constructor(base: string) {
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  /** Starts loading what search needs, so the first query does not wait. */
  warm(): void {
    void this.loadCorpus();
    void this.loadPagefind();
  }

  loadCorpus(): Promise<Corpus> {
    this.corpus ??= fetch(urlFor({ kind: 'asset', path: 'search-corpus.json' }, this.base)).then((r) => {
      if (!r.ok) throw new Error(`search corpus: HTTP ${r.status}`);
      return r.json() as Promise<Corpus>;
    });
    return this.corpus;
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
    const corpus = await this.loadCorpus();
    const ref = parseClauseRef(q, corpus.regions);
    if (!ref) return null;
    if (!ref.ok) return { error: ref.message };
    const region = corpus.regions.find((r) => r.slug === ref.region)!;
    if (ref.clause === null) {
      const scope = corpus.entries.find((e) => e.id === `${ref.region}-scope`);
      return { url: scope?.url ?? urlFor({ kind: 'annex', region: ref.region }, this.base), label: annexLabel(region.annex), title: `${region.name}实施方案全文`, clause: false };
    }
    const entry = corpus.entries.find((e) => e.id === `${ref.region}-${ref.clause}`)!;
    return { url: entry.url, label: entry.label, title: entry.title, clause: true };
  }

  /** Every entry containing the query (or all its terms), filtered, with counts per filter value. */
  async exact(q: string, filters: Filters = {}): Promise<ExactOutcome> {
    const corpus = await this.loadCorpus();
    const matches = searchExact(corpus.entries, parseQuery(q));
    const regionCounts: Record<string, number> = {};
    const domainCounts: Record<string, number> = {};
    const topicCounts: Record<string, number> = {};
    let anyRegion = 0;
    let anyDomain = 0;
    let anyTopic = 0;
    const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
    for (const { entry } of matches) {
      // Each filter's counts: what choosing that value would give, the other filters as they are.
      if (passes(entry, { ...filters, region: undefined })) {
        anyRegion++;
        if (entry.region) bump(regionCounts, entry.region);
      }
      if (passes(entry, { ...filters, domain: undefined })) {
        anyDomain++;
        if (entry.domain) bump(domainCounts, entry.domain);
      }
      if (passes(entry, { ...filters, topic: undefined })) {
        anyTopic++;
        for (const t of entry.topics ?? []) bump(topicCounts, t);
      }
    }
    const results = matches
      .filter((m) => passes(m.entry, filters))
      .map((m: ExactMatch) =>
        this.toResult(corpus, m.entry, excerpt(m.field === 'corrected' ? m.entry.corrected! : m.entry.text, m.hits), m.tier, m.field === 'corrected'),
      );
    return { results, total: matches.length, regionCounts, domainCounts, topicCounts, anyRegion, anyDomain, anyTopic };
  }

  /** Pagefind's matches that the exact pass did not find, up to `limit`. */
  async partial(q: string, filters: Filters, exclude: ReadonlySet<string>, limit = 10): Promise<Result[]> {
    const [corpus, pagefind] = await Promise.all([this.loadCorpus(), this.loadPagefind()]);
    if (!pagefind || !q.trim()) return [];
    const pfFilters: Record<string, string> = {};
    if (filters.region) pfFilters.region = filters.region;
    if (filters.domain) pfFilters.domain = filters.domain;
    if (filters.topic) pfFilters.topic = filters.topic;
    const found = await pagefind.search(q, { filters: pfFilters });
    // Pagefind ranks the pages the exact pass already found first; look far enough past them.
    const candidates = await Promise.all((found?.results ?? []).slice(0, exclude.size + limit).map((r) => r.data()));
    const out: Result[] = [];
    for (const data of candidates) {
      const entry = corpus.entries.find((e) => e.id === data.meta.id);
      if (!entry || exclude.has(entry.id) || out.length >= limit) continue;
      out.push(this.toResult(corpus, entry, partsFromMarkedHtml(data.excerpt), 3, false));
    }
    return out;
  }
}
