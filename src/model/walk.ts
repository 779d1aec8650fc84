// Walks over the model that the converter, the site and the scripts all need: every clause, the
// clauses of an annex, of a domain or of a topic, and a clause by id. Written once, here, so that
// "all clauses of an annex" means the same thing everywhere.

import type { Annex, Clause, DocumentModel, Section } from './types.ts';

/** Every clause of the document, in document order. */
export function allClauses(model: DocumentModel): Clause[] {
  return model.annexes.flatMap(clausesOf);
}

/** The clauses of one annex, in order. */
export function clausesOf(annex: Annex): Clause[] {
  return annex.sections.flatMap((s) => s.clauses);
}

/** How many clauses an annex has (its last clause number when the numbering is valid). */
export function clauseCount(annex: Annex): number {
  return annex.sections.reduce((n, s) => n + s.clauses.length, 0);
}

/** The annex of a region slug, if the document has it. */
export function annexByRegion(model: DocumentModel, region: string): Annex | undefined {
  return model.annexes.find((a) => a.region === region);
}

/** The sections of an annex that belong to a domain (one per annex in a valid document). */
export function sectionsIn(annex: Annex, domain: string): Section[] {
  return annex.sections.filter((s) => s.domain === domain);
}

/** The clauses of a domain: in one annex, or across the document. */
export function clausesIn(where: Annex | DocumentModel, domain: string): Clause[] {
  const annexes = 'annexes' in where ? where.annexes : [where];
  return annexes.flatMap((a) => sectionsIn(a, domain).flatMap((s) => s.clauses));
}

/** The clauses addressing a topic: in one annex, or across the document. */
export function clausesWithTopic(where: Annex | DocumentModel, topic: string): Clause[] {
  const annexes = 'annexes' in where ? where.annexes : [where];
  return annexes.flatMap(clausesOf).filter((c) => c.topics.includes(topic));
}

/** A clause with the annex and section it stands in. */
export interface ClauseInContext {
  annex: Annex;
  section: Section;
  clause: Clause;
}

/** Every clause by id (beijing-12), with its annex and section, for lookups in a loop. */
export function indexClauses(model: DocumentModel): Map<string, ClauseInContext> {
  const index = new Map<string, ClauseInContext>();
  for (const annex of model.annexes) for (const section of annex.sections) for (const clause of section.clauses) index.set(clause.id, { annex, section, clause });
  return index;
}
