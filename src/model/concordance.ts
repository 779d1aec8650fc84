// The concordance of the ten plans and the similar-clause lists: what the converter computes from
// the model (src/converter/concordance.ts, similar.ts) and the compare pages, clause pages and the
// data export show: the types, and what follows from a row alone.

/** One stretch of a wording, compared with its row's reference wording. */
export interface DiffRun {
  /** Text of the cell's own sentence ('same', 'added') or of the reference ('removed'). */
  text: string;
  /** 'same': also in the reference; 'added': only in this wording; 'removed': in the reference, missing here. */
  op: 'same' | 'added' | 'removed';
}

/** One sentence of one pilot in a concordance row. */
export interface ConcordanceCell {
  /** Region slug of the pilot (beijing …). */
  region: string;
  /** Id of the clause the sentence is in (beijing-12). */
  clause: string;
  /** 1-based number of the sentence in its clause: the page anchor #s{sentence}. */
  sentence: number;
  /** The sentence as published. */
  text: string;
  /** The sentence against the row's reference: its non-'removed' runs concatenate to `text` exactly. */
  diff: DiffRun[];
  /** Share of compared characters this wording has in common with the reference (2·common / both lengths), 0–1. */
  similarity: number;
}

/** One measure: sentences of several pilots that say the same thing in (nearly) the same words. */
export interface ConcordanceRow {
  /** `{domain}-` and 6 hex characters (more only on a collision) of a hash of `normalised`: stable while the reference wording is. */
  id: string;
  /** The sentences, in document order (annex, clause, sentence). */
  cells: ConcordanceCell[];
  /** Mean `similarity` of the cells to the reference: 1 when every pilot uses the reference wording, places aside. */
  agreement: number;
  /** The reference wording as published: the earliest sentence with the row's most common wording. */
  reference: string;
  /** The reference wording as compared: punctuation removed, place names as 〇. */
  normalised: string;
}

/** The pilots of a row, each once, in annex order (the cells are in document order). */
export function rowPilots(row: ConcordanceRow): string[] {
  return [...new Set(row.cells.map((c) => c.region))];
}

/** The concordance of one domain across the ten plans. */
export interface Concordance {
  /** Domain slug (technology …). */
  domain: string;
  /** Measures shared by two or more pilots: most pilots first, then by their first sentence in document order. */
  rows: ConcordanceRow[];
  /** Per region slug (every region, in annex order), its sentences that no other pilot shares, in document order. */
  distinctive: Record<string, ConcordanceCell[]>;
}

/** A stretch of a clause's text shared with another clause. */
export interface SharedPassage {
  /** The passage as it reads in the clause (punctuation and place names as published). */
  text: string;
  /** Offset of the passage in the clause's `text` (code units). */
  start: number;
  /** Offset just after the passage (code units). */
  end: number;
}

/** Another pilot's clause that shares meaningful passages with this one. */
export interface SimilarClause {
  /** Id of the similar clause (always another region). */
  clause: string;
  /** Share of both clauses' compared characters that lie in shared passages, 0–1 (the same seen from either clause). */
  score: number;
  /** The shared passages as they read in this clause (the one whose list this is), offsets into its text. */
  passages: SharedPassage[];
  /** The shared passages as they read in the similar clause, offsets into that clause's text. */
  theirPassages: SharedPassage[];
}
