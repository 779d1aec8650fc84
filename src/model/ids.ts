// The registry ids of the document's parts (clause ids, region-{n}, are in the data export too and
// are a public contract: beijing-12). One function per kind, so no file spells an id by hand.

/** A paragraph of the approval letter: letter-p2. */
export function paragraphId(n: number): string {
  return `letter-p${n}`;
}

/** A section of an annex: beijing-s5. */
export function sectionId(region: string, n: number): string {
  return `${region}-s${n}`;
}

/** A clause: beijing-12. */
export function clauseId(region: string, n: number): string {
  return `${region}-${n}`;
}

/** A domain: domain-land. */
export function domainId(slug: string): string {
  return `domain-${slug}`;
}

/** A topic: topic-standard-land. */
export function topicId(slug: string): string {
  return `topic-${slug}`;
}
