// The English reading layer: an unofficial translation of the letter and every annex, aligned one to
// one with the Chinese sentences (seeds/translations/en/, reviewed: seeds/translations/review.md),
// and the reviewed glossary of the terms it renders (seeds/glossary.yaml). The converter checks and
// places them; the English pages, the data export and the PDFs read them from here.

/** The English of one annex: its title, scope sentence, section headings and clauses, sentence by sentence. */
export interface AnnexEnglish {
  title: string;
  scope: string;
  /** By section number. */
  sections: Record<number, string>;
  /** By clause id: one English sentence per Chinese sentence, in order (sentence 1 is the title). */
  clauses: Record<string, string[]>;
}

/** The English of the approval letter. */
export interface LetterEnglish {
  title: string;
  docNumber: string;
  addressees: string;
  opening: string;
  /** By paragraph number: one English sentence per Chinese sentence. */
  paragraphs: Record<number, string[]>;
  annexListLead: string;
  signature: string;
  date: string;
  note: string;
}

/** The whole translation. */
export interface English {
  letter: LetterEnglish;
  /** By region slug. */
  annexes: Record<string, AnnexEnglish>;
}

/** What a glossary entry names. */
export type GlossaryKind = 'slogan' | 'term' | 'topic' | 'region' | 'domain';

/** One reviewed term: its Chinese, the one English rendering the translation uses, and what it means. */
export interface GlossaryEntry {
  zh: string;
  en: string;
  /** Other exact forms the English may take (plural, hyphenated). */
  also: string[];
  pinyin: string | null;
  kind: GlossaryKind;
  /** The topic, region or domain slug the entry names (kinds topic, region, domain). */
  slug: string | null;
  explanation: { en: string; zh: string };
}

/** The English of a clause's sentence k (1-based), or null where the translation lacks it. */
export function sentenceEn(english: English | null, region: string, clause: string, k: number): string | null {
  return english?.annexes[region]?.clauses[clause]?.[k - 1] ?? null;
}

/** The English a glossary gives a topic, region or domain (by its slug), or null. */
export function englishName(glossary: readonly GlossaryEntry[], kind: 'topic' | 'region' | 'domain', slug: string): string | null {
  return glossary.find((g) => g.kind === kind && g.slug === slug)?.en ?? null;
}

/** A name as a heading or a title begins: its first letter capitalised (glossary renderings are lower case unless proper nouns). */
export function asHeading(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A clause's English label: (12). */
export function clauseLabelEn(n: number): string {
  return `(${n})`;
}

/** A clause's English title: its title sentence without the closing full stop. */
export function clauseTitleEn(english: English, region: string, clause: string): string {
  return (english.annexes[region]?.clauses[clause]?.[0] ?? '').replace(/\.$/, '');
}
