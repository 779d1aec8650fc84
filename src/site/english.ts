// The English reading layer as pages read it (src/model/english.ts): each text's English, and the
// English names the glossary gives the pilots, the domains and the topics. The English is an
// unofficial translation; the Chinese it translates is authoritative, and every English page says so.

import { asHeading, clauseLabelEn, englishName, type AnnexEnglish, type GlossaryEntry } from '../model/english.ts';
import type { Clause } from '../model/types.ts';
import { clauseById, site } from './model.ts';

export const english = site.english;
export const glossary: readonly GlossaryEntry[] = site.glossary;

/** The English of an annex (every annex has one when the build has a translation). */
export function annexEn(region: string): AnnexEnglish {
  const found = english?.annexes[region];
  if (!found) throw new Error(`no English for ${region}: is seeds/translations/en/${region}.yaml there? Run npm run ingest.`);
  return found;
}

/** A clause's English sentences, aligned with its Chinese ones. */
export function clauseEn(clause: Clause): string[] {
  return annexEn(clause.region).clauses[clause.id] ?? [];
}

/** The English of the sentence a quote stands in (sentence k, 1-based: the translation is aligned sentence by sentence). */
export function sentenceEnOf(q: { clause: string; sentence: number }): string {
  return clauseEn(clauseById(q.clause).clause)[q.sentence - 1] ?? '';
}

/** A clause's English heading: (12) Increase the supply of effective financial services. */
export function clauseHeadingEn(clause: Clause): string {
  return `${clauseLabelEn(clause.number)} ${(clauseEn(clause)[0] ?? '').replace(/\.$/, '')}`;
}

/** The English name of a pilot, a domain or a topic, as a heading begins (Beijing Municipal Administrative Center; Technology factor). */
export function nameEn(kind: 'region' | 'domain' | 'topic', slug: string): string {
  const name = englishName(glossary, kind, slug);
  if (!name) throw new Error(`the glossary has no English for the ${kind} ${slug}`);
  return asHeading(name);
}

/** The glossary entry of a topic, region or domain. */
export function glossaryOf(kind: 'region' | 'domain' | 'topic', slug: string): GlossaryEntry | undefined {
  return glossary.find((g) => g.kind === kind && g.slug === slug);
}
