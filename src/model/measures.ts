// The comparison of the ten plans: measures, the policy actions two or more plans commit to,
// whatever their words, as a reader reviewed them (seeds/measures/), and each plan's parts that
// are in no measure. The converter makes it (src/converter/measures/); the compare pages, clause
// pages, annex lists, the data export and the PDFs all read it from here, so they say one thing.

/** One stretch of a wording, compared with its measure's reference wording. */
export interface DiffRun {
  /** Text of the cell's own quote ('same', 'added') or of the reference ('removed'). */
  text: string;
  /** 'same': also in the reference; 'added': only in this wording; 'removed': in the reference, missing here. */
  op: 'same' | 'added' | 'removed';
}

/** Where a quote stands: one sentence of one clause, and its span in that sentence. */
export interface Quote {
  /** Region slug of the pilot (beijing …). */
  region: string;
  /** Id of the clause (beijing-12). */
  clause: string;
  /** Domain of the clause's section (it may differ from its measure's). */
  domain: string;
  /** 1-based number of the sentence in its clause: the page anchor #s{sentence}. */
  sentence: number;
  /** Offsets of the quote in the sentence (code units). */
  start: number;
  end: number;
  /** The quote as published. */
  text: string;
}

/** One pilot's words for a measure. */
export interface MeasureCell extends Quote {
  /** Share of compared characters this wording has in common with the reference (2·common / both lengths), 0–1. */
  similarity: number;
  /** The quote against the reference: its non-'removed' runs concatenate to `text` exactly. */
  diff: DiffRun[];
}

/** What the reader did with the algorithm's proposal. */
export type Verdict = 'accepted' | 'amended' | 'merged' | 'split' | 'added';

/** One measure. */
export interface Measure {
  /** `{domain}-…`, reviewed: stable, the anchor on the compare pages and the key of the data. */
  id: string;
  /** A short Chinese name of the measure. */
  name: string;
  /** Its reviewed English name, for the English pages (null where the record has none). */
  nameEn: string | null;
  /** The domain it is reviewed under (its file). */
  domain: string;
  verdict: Verdict;
  /** Why, when the reader changed the proposal. */
  note: string | null;
  /** The pilots' words, in document order. */
  cells: MeasureCell[];
  /** Index in `cells` of the reference wording: the most central one, closest on average to all the others. */
  reference: number;
  /** Mean `similarity` of the cells to the reference. */
  agreement: number;
  /** The pilots that state it, each once, in annex order. */
  pilots: string[];
  /** Topics whose phrases occur in its quotes (seeds/topics.yaml). */
  topics: string[];
}

/** A candidate the converter found for a part that is in no measure: another pilot's part and how much they share. */
export interface Nearest extends Quote {
  /** Weighted containment, 0–1 (src/converter/measures/similarity.ts). */
  score: number;
  /** The measure the candidate belongs to, if any. */
  measure: string | null;
}

/** A part of a plan in no measure: the reviewer found no other plan saying it, and the site says 「未找到相近表述」. */
export interface OwnPart extends Quote {
  /** The closest parts of other pilots, best first (at most three), for the reader to judge. */
  nearest: Nearest[];
}

/** The whole comparison. */
export interface Comparison {
  /** Most pilots first, then in document order of their first cell. */
  measures: Measure[];
  /** In document order. */
  own: OwnPart[];
  /**
   * The row ids of the former, sentence-based comparison (anchors such as /compare/land/#land-9ecf3a
   * were published), each with the measure that holds most of its sentences now, or null where they
   * were clause titles (headings, in no measure): the compare pages keep every one as an anchor.
   */
  former: { id: string; measure: string | null }[];
}

/** A stretch of a clause's text that it shares with another clause. */
export interface SharedPassage {
  /** The passage as it reads in the clause. */
  text: string;
  /** Offset of the passage in the clause's `text` (code units). */
  start: number;
  /** Offset just after the passage (code units). */
  end: number;
}

/** Another pilot's clause that states measures this one states too. */
export interface SimilarClause {
  /** Id of the similar clause (always another region). */
  clause: string;
  /** Share of both clauses' compared characters in the quotes of their shared measures, 0–1 (the same from either clause). */
  score: number;
  /** The shared measures' quotes as they read in this clause, offsets into its text (the similar clause's own entry for this one has them as they read there: the relation holds both ways). */
  passages: SharedPassage[];
  /** The measures both state. */
  measures: string[];
}

/** The measures of a domain: those reviewed under it, and those with a quote in its sections (reviewed under another domain), in comparison order. */
export function measuresIn(comparison: Comparison, domain: string): Measure[] {
  return comparison.measures.filter((m) => m.domain === domain || m.cells.some((c) => c.domain === domain));
}

/** A region's parts in no measure, within one domain's sections or all. */
export function ownParts(comparison: Comparison, region: string, domain?: string): OwnPart[] {
  return comparison.own.filter((p) => p.region === region && (domain === undefined || p.domain === domain));
}

/** Measures by id, for lookups in a loop. */
export function indexMeasures(comparison: Comparison): Map<string, Measure> {
  return new Map(comparison.measures.map((m) => [m.id, m]));
}

/** The other pilots (annex order) that state the measures a sentence's parts belong to. */
export function sharedWith(measureIds: readonly string[], region: string, byId: ReadonlyMap<string, Measure>, order: readonly string[]): string[] {
  const regions = new Set(measureIds.flatMap((id) => byId.get(id)?.pilots ?? []));
  regions.delete(region);
  return order.filter((r) => regions.has(r));
}
