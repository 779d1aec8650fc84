// What the search can find, as one compact list: every clause, every paragraph of the letter and
// every annex's scope sentence, with the text as published and, where the errata correct it, the
// corrected text. Built at build time (pages/search-corpus.json.ts); searched in the browser.

/** What a search result can be. */
export type EntryKind = 'clause' | 'paragraph' | 'scope';

/** One searchable text. */
export interface CorpusEntry {
  id: string;
  kind: EntryKind;
  url: string;
  /** Region slug, or '' for the letter. */
  region: string;
  /** Domain slug, or '' where none applies. */
  domain: string;
  /** 附件1（十二）, 批复 一、, 附件1 试点范围. */
  label: string;
  title: string;
  text: string;
  /** The text with the errata applied, when it differs. */
  corrected?: string;
  /** Topic slugs (clauses only). */
  topics?: string[];
}

/** The corpus file: regions (with what clause references and place names need) and domains once, entries after. */
export interface Corpus {
  /** `names`: every name that stands for the pilot, its own first (model/places.ts). */
  regions: { slug: string; name: string; annex: number; clauses: number; names: readonly string[] }[];
  /** The running heads of the PDFs (the letter's and the annexes' titles), taken out of a pasted passage (search/furniture.ts). */
  heads: string[];
  /** Names that stand for several pilots at once (成渝: chongqing, chengdu; model/places.ts). */
  groups: { name: string; slugs: string[] }[];
  domains: { slug: string; label: string }[];
  /** The topics with their phrases (seeds/topics.yaml), so that a query naming one can show it (search/topics.ts). */
  topics: { slug: string; label: string; phrases: string[] }[];
  entries: CorpusEntry[];
  /** Traditional → simplified characters, restricted to this corpus (search/variants.ts). */
  variants: string;
}
