// Stage 7, link: collect first, link second. Every addressable thing (letter, paragraph, annex,
// section, clause, domain, topic) goes into one registry with its id, label and URL; then every
// cross-link (the letter's annex list, each topic's domain, clause neighbours, the same domain in
// other annexes) is resolved through it, and a link without a target is a diagnostic, not a crash.

import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { clauseId, domainId, paragraphId, sectionId, topicId } from '../model/ids.ts';
import { annexLabel, annexName, clauseHeading, clauseRef, paragraphName, sectionHeading } from '../model/labels.ts';
import type { Linked, RegistryEntry } from '../model/site-model.ts';
import { DOMAINS } from '../model/tables.ts';
import type { DocumentModel, Position, Topic } from '../model/types.ts';
import { clausesOf } from '../model/walk.ts';

/** Collects every addressable thing; a second thing with the same id is an error at the second. */
export function collectRegistry(model: DocumentModel, topics: readonly Topic[] = [], topicsFile = ''): { registry: Record<string, RegistryEntry>; diagnostics: Diagnostic[] } {
  const registry: Record<string, RegistryEntry> = {};
  const diagnostics: Diagnostic[] = [];
  const seed = model.source.file;
  const add = (entry: RegistryEntry) => {
    const first = registry[entry.id];
    if (first) {
      const where = first.at ? ` (first at ${first.file ?? seed}:${first.at.line}:${first.at.column})` : '';
      diagnostics.push(diagnostic('duplicate-id', entry.file ?? seed, entry.at ?? { line: 1, column: 1 }, `two things would have the id “${entry.id}” (and the same URL)${where}.`, 'Rename one of them.'));
      return;
    }
    registry[entry.id] = entry;
  };
  add({ id: 'letter', kind: 'letter', label: '批复', ref: '批复', target: { kind: 'letter' }, file: seed, at: model.letter.title.at });
  for (const p of model.letter.paragraphs) {
    add({ id: paragraphId(p.number), kind: 'paragraph', label: paragraphName(p), ref: paragraphName(p), target: { kind: 'letter', paragraph: p.number }, file: seed, at: p.label.at });
  }
  for (const d of DOMAINS) add({ id: domainId(d.slug), kind: 'domain', label: d.label, ref: d.label, target: { kind: 'domain', domain: d.slug } });
  for (const t of topics) add({ id: topicId(t.slug), kind: 'topic', label: t.label, ref: t.label, target: { kind: 'topic', topic: t.slug }, file: topicsFile, at: t.at });
  for (const a of model.annexes) {
    add({ id: a.region, kind: 'annex', label: annexName(a), ref: annexLabel(a.number), target: { kind: 'annex', region: a.region }, file: seed, at: a.title.at });
    for (const s of a.sections) {
      add({ id: sectionId(a.region, s.number), kind: 'section', label: sectionHeading(s), ref: `${annexLabel(a.number)} ${s.label.text}`, target: { kind: 'annex', region: a.region, section: s.number }, file: seed, at: s.label.at });
      for (const c of s.clauses) {
        add({ id: clauseId(c.region, c.number), kind: 'clause', label: clauseHeading(c), ref: clauseRef(c), target: { kind: 'clause', region: c.region, clause: c.number }, file: seed, at: c.label.at });
      }
    }
  }
  return { registry, diagnostics };
}

/** Resolves the document's cross-links through the registry. */
export function linkModel(model: DocumentModel, registry: Record<string, RegistryEntry>, topics: readonly Topic[] = [], topicsFile = ''): { linked: Linked; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const resolve = (id: string, kind: RegistryEntry['kind'], file: string, at: Position, what: string): string | null => {
    if (registry[id]?.kind === kind) return id;
    const known = Object.values(registry).filter((e) => e.kind === kind).map((e) => e.id);
    diagnostics.push(diagnostic('xref-not-found', file, at, `${what} points to “${id}”, which does not exist.`, `Known ids of that kind: ${known.join(', ') || '(none)'}.`));
    return null;
  };
  const seed = model.source.file;
  const annexList: Record<number, string> = {};
  for (const entry of model.letter.annexList) {
    const annex = model.annexes.find((a) => a.number === entry.number);
    const id = resolve(annex?.region || `annex-${entry.number}`, 'annex', seed, entry.label.at, `annex list entry ${entry.number}`);
    if (id) annexList[entry.number] = id;
  }
  for (const t of topics) resolve(domainId(t.domain), 'domain', topicsFile, t.at, `the domain of topic ${t.slug}`);
  const clauses: Linked['clauses'] = {};
  for (const a of model.annexes) {
    const own = clausesOf(a);
    own.forEach((c, i) => {
      clauses[c.id] = {
        prev: i > 0 ? own[i - 1].id : null,
        next: i < own.length - 1 ? own[i + 1].id : null,
      };
    });
  }
  return { linked: { registry, clauses, annexList }, diagnostics };
}
