// What the converter hands the site besides the MDX pages: the model, one registry of everything
// addressable with its label and URL, the cross-links resolved through it, the converter's report
// and the topic vocabulary. The converter writes it as src/content/model.json; the site, the PDFs
// and the tests read it. This type is the contract between them.

import type { English, GlossaryEntry } from './english.ts';
import type { Comparison } from './measures.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { DocumentModel, Position, Topic } from './types.ts';
import type { UrlTarget } from './urls.ts';

export type EntryKind = 'letter' | 'paragraph' | 'annex' | 'section' | 'clause' | 'domain' | 'topic';

/** One addressable thing. */
export interface RegistryEntry {
  id: string;
  kind: EntryKind;
  /** How the site names it: 附件1 北京城市副中心, （十二）增加有效金融服务供给 (see labels.ts). */
  label: string;
  /** How a list of references points to it, short and unambiguous: 附件1, 附件1（十二）, 批复 一、. */
  ref: string;
  target: UrlTarget;
  /** Where it is defined: the seed, or the topics file. */
  file?: string;
  at?: Position;
}

/** The cross-links of one clause, as registry ids. Each relation is stored once: what follows from the model (the clauses of a domain, of a topic) is walked there (walk.ts), not copied here. */
export interface ClauseLinks {
  prev: string | null;
  next: string | null;
}

/** The registry and the links resolved through it. */
export interface Linked {
  registry: Record<string, RegistryEntry>;
  clauses: Record<string, ClauseLinks>;
  /** Annex id for each entry of the letter's annex list. */
  annexList: Record<number, string>;
}

/** src/content/model.json. */
export interface SiteModel {
  model: DocumentModel;
  linked: Linked;
  /** Every repair and anomaly, as the converter reported it (accounted for by the errata or not). */
  warnings: Diagnostic[];
  topics: Topic[];
  /** The measures the plans share and each plan's own parts (the compare pages, clause pages, annex lists). */
  comparison: Comparison;
  /** The reviewed English translation (the /en/ pages), or null when the seed has none. */
  english: English | null;
  /** The reviewed glossary (terms in the text open their explanation; /data/glossary.json). */
  glossary: GlossaryEntry[];
}
