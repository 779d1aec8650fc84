// The typed model of 国函〔2025〕86号: what the converter builds from the seed and everything else
// (MDX, data export, site, PDFs) is made from. Every piece of source text keeps the position it
// was read from, so diagnostics, sourceLines and the lossless test can point back into the seed.

import type { SimilarClause } from './measures.ts';

/** A place in the seed: 1-based line, 1-based column counted in characters (code points). */
export interface Position {
  line: number;
  column: number;
}

/** A piece of the seed exactly as printed, and where it starts. */
export interface SourceText {
  text: string;
  at: Position;
}

/** One sentence of a text: split after 。！？ (src/model/sentences.ts), with its offset in the text (code units). Sentence k is anchored #s{k} on its page. */
export interface Sentence {
  text: string;
  start: number;
}

/** One numbered paragraph of the approval letter (一、…四、). */
export interface LetterParagraph {
  number: number;
  label: SourceText;
  /** The paragraph as printed, in pieces when a page break split it. */
  segments: SourceText[];
  text: string;
  sentences: Sentence[];
  corrections: Correction[];
}

/** One entry of the letter's annex list (附件：1. …). */
export interface AnnexListEntry {
  number: number;
  label: SourceText;
  title: SourceText;
  /** The title with extraction spaces removed. */
  titleText: string;
}

/** The approval letter itself. */
export interface Letter {
  title: SourceText;
  titleText: string;
  docNumber: SourceText;
  addressees: SourceText;
  opening: SourceText;
  paragraphs: LetterParagraph[];
  annexListLead: SourceText;
  annexList: AnnexListEntry[];
  signature: SourceText;
  date: SourceText;
  /** The signing date as YYYY-MM-DD, when the printed date could be read. */
  dateIso: string | null;
  note: SourceText | null;
}

/** An editorial correction from the errata file, placed in the text it corrects. */
export interface Correction {
  id: string;
  /** Offset of the original in the clause or paragraph text (code units). */
  offset: number;
  original: string;
  correction: string;
  note: string;
  /** 1-based sentence the correction falls in. */
  sentence: number;
  at: Position;
}

/** A policy topic of the reviewed vocabulary (seeds/topics.yaml). */
export interface Topic {
  slug: string;
  label: string;
  domain: string;
  /** Literal phrases that identify the topic in clause text. */
  phrases: string[];
  /** Phrases inside which an occurrence does not count. */
  exclude: string[];
  explanation: string;
  /** Where the entry stands in the topics file. */
  at: Position;
}

/** Where a topic's phrase occurs in a clause's published text (code-unit offsets). */
export interface TopicHit {
  topic: string;
  start: number;
  end: number;
}

/** One numbered clause （n） of an annex. */
export interface Clause {
  id: string;
  annex: number;
  region: string;
  regionName: string;
  section: number;
  domain: string;
  number: number;
  /** The label as printed; `labelText` is the canonical （十二） form. */
  label: SourceText;
  labelText: string;
  segments: SourceText[];
  text: string;
  title: string;
  sentences: Sentence[];
  sourceLines: [number, number];
  corrections: Correction[];
  /** Topic slugs the clause addresses, in vocabulary order (annotation). */
  topics: string[];
  topicHits: TopicHit[];
  /** For each sentence, the measures its parts state (ids; src/model/measures.ts); empty: none found in another plan (annotation). */
  measures: string[][];
  /** The other plans' clauses that state measures this one states, most shared first; empty: none (annotation). */
  similar: SimilarClause[];
}

/** One of the seven sections of an annex. */
export interface Section {
  annex: number;
  region: string;
  number: number;
  label: SourceText;
  heading: SourceText;
  /** The domain slug, or null when the heading names none (a validation error). */
  domain: string | null;
  clauses: Clause[];
}

/** One annex: a pilot's implementation plan. */
export interface Annex {
  number: number;
  region: string;
  regionName: string;
  /** The 附件N line, or null when the extraction lost it (a repair). */
  marker: SourceText | null;
  title: SourceText;
  titleText: string;
  /** The number of the letter's list entry whose title this annex carries, if any. */
  listEntry: number | null;
  scope: SourceText | null;
  sections: Section[];
  /** Text found where no section or clause can hold it (a validation error). */
  strays: SourceText[];
}

/** One field of the metadata footer (索引号： …). */
export interface FooterField {
  /** The key normalised: 标题, not 标 题. */
  key: string;
  /** The key and its colon as printed. */
  label: SourceText;
  value: SourceText;
}

/** The document's metadata, from the footer with the letter as fallback. */
export interface Metadata {
  title: string;
  docNumber: string;
  issuer: string;
  dateWritten: string | null;
  datePublished: string | null;
  indexNumber: string | null;
  subjects: string[];
  footer: FooterField[];
}

/** The whole document. */
export interface DocumentModel {
  source: { file: string; lineCount: number; sha256: string };
  meta: Metadata;
  letter: Letter;
  annexes: Annex[];
  /** Text before the letter or between its parts that no field can hold (a validation error). */
  strays: SourceText[];
}
