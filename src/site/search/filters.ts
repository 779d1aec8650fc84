// The filters of a search (pilot, domain, topic): which entries pass them, how many entries each
// value would give, and which values an address may ask for. Pure, for the search page and its
// tests. Counts are Maps: the keys are slugs from the data, and a slug such as `constructor` is a
// key like any other, never a property that every object inherits.

import type { CorpusEntry } from './corpus.ts';

export interface Filters {
  region?: string;
  domain?: string;
  topic?: string;
}

/** The filters, one by one. */
export const FILTER_KEYS = ['region', 'domain', 'topic'] as const;

/** What filtering needs of an entry. */
export type Filterable = Pick<CorpusEntry, 'region' | 'domain' | 'topics'>;

/** True when the entry is within every filter that is set. */
export function passes(e: Filterable, f: Filters): boolean {
  return (!f.region || e.region === f.region) && (!f.domain || e.domain === f.domain) && (!f.topic || (e.topics ?? []).includes(f.topic));
}

/** For each filter, how many entries each of its values would give, and “all” would give, the other filters as they are. */
export interface FilterCounts {
  region: Map<string, number>;
  domain: Map<string, number>;
  topic: Map<string, number>;
  anyRegion: number;
  anyDomain: number;
  anyTopic: number;
}

/** Counts the entries per filter value under `filters`. */
export function countFilters(entries: Iterable<Filterable>, filters: Filters): FilterCounts {
  const out: FilterCounts = { region: new Map(), domain: new Map(), topic: new Map(), anyRegion: 0, anyDomain: 0, anyTopic: 0 };
  const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const entry of entries) {
    if (passes(entry, { ...filters, region: undefined })) {
      out.anyRegion++;
      if (entry.region) bump(out.region, entry.region);
    }
    if (passes(entry, { ...filters, domain: undefined })) {
      out.anyDomain++;
      if (entry.domain) bump(out.domain, entry.domain);
    }
    if (passes(entry, { ...filters, topic: undefined })) {
      out.anyTopic++;
      for (const t of entry.topics ?? []) bump(out.topic, t);
    }
  }
  return out;
}

/**
 * The filters an address asks for, as far as they are known: a value that names no pilot, domain
 * or topic of the page is dropped, so that the page searches as if it were absent and never
 * states a filter it does not apply.
 */
export function knownFilters(params: URLSearchParams, known: { readonly [K in keyof Filters]-?: readonly string[] }): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value && known[key].includes(value)) out[key] = value;
  }
  return out;
}
