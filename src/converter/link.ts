// Stage 6, link: collect first, link second. Every addressable thing (letter, paragraph, annex,
// section, clause, domain) goes into one registry with its id and URL; then every cross-link is
// resolved through it, and a link without a target is a diagnostic, not a crash.

import { DOMAINS } from '../model/tables.ts';
import type { DocumentModel, Position, Topic } from '../model/types.ts';
import type { UrlTarget } from '../model/urls.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';

export type EntryKind = 'letter' | 'paragraph' | 'annex' | 'section' | 'clause' | 'domain' | 'topic';

/** One addressable thing. */
export interface RegistryEntry {
  id: string;
  kind: EntryKind;
  /** How the site names it: 附件1 北京城市副中心, （十二）增加有效金融服务供给. */
  label: string;
  target: UrlTarget;
  at?: Position;
}

/** The cross-links of one clause, all as registry ids. */
export interface ClauseLinks {
  prev: string | null;
  next: string | null;
  /** The clauses of the same domain in the other annexes, in annex order. */
  sameDomain: string[];
}

/** The registry and the links resolved through it. */
export interface Linked {
  registry: Record<string, RegistryEntry>;
  clauses: Record<string, ClauseLinks>;
  /** Annex id for each entry of the letter's annex list. */
  annexList: Record<number, string>;
}

/** Collects every addressable thing; a second thing with the same id is an error. */
export function collectRegistry(model: DocumentModel, topics: readonly Topic[] = []): { registry: Record<string, RegistryEntry>; diagnostics: Diagnostic[] } {
  const registry: Record<string, RegistryEntry> = {};
  const diagnostics: Diagnostic[] = [];
  const add = (entry: RegistryEntry) => {
    if (registry[entry.id]) {
      diagnostics.push(diagnostic('duplicate-id', 'error', model.source.file, entry.at ?? { line: 1, column: 1 }, `two things would have the id “${entry.id}” (and the same URL).`));
      return;
    }
    registry[entry.id] = entry;
  };
  add({ id: 'letter', kind: 'letter', label: '批复', target: { kind: 'letter' }, at: model.letter.title.at });
  for (const p of model.letter.paragraphs) {
    add({ id: `letter-p${p.number}`, kind: 'paragraph', label: `批复 ${p.label.text}`, target: { kind: 'letter', paragraph: p.number }, at: p.label.at });
  }
  for (const d of DOMAINS) add({ id: `domain-${d.slug}`, kind: 'domain', label: d.label, target: { kind: 'domain', domain: d.slug } });
  for (const t of topics) add({ id: `topic-${t.slug}`, kind: 'topic', label: t.label, target: { kind: 'topic', topic: t.slug }, at: t.at });
  for (const a of model.annexes) {
    add({ id: a.region, kind: 'annex', label: `附件${a.number} ${a.regionName}`, target: { kind: 'annex', region: a.region }, at: a.title.at });
    for (const s of a.sections) {
      add({ id: `${a.region}-s${s.number}`, kind: 'section', label: `${s.label.text}${s.heading.text}`, target: { kind: 'annex', region: a.region, section: s.number }, at: s.label.at });
      for (const c of s.clauses) {
        add({ id: c.id, kind: 'clause', label: `${c.labelText}${c.title}`, target: { kind: 'clause', region: c.region, clause: c.number }, at: c.label.at });
      }
    }
  }
  return { registry, diagnostics };
}

/** Resolves the document's cross-links through the registry. */
export function linkModel(model: DocumentModel, registry: Record<string, RegistryEntry>): { linked: Linked; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const resolve = (id: string, at: Position, what: string): string | null => {
    if (registry[id]) return id;
    diagnostics.push(diagnostic('xref-not-found', 'error', model.source.file, at, `${what} points to “${id}”, which does not exist.`, `Known ids of that kind: ${Object.keys(registry).filter((k) => registry[k].kind === 'annex').join(', ')}.`));
    return null;
  };
  const annexList: Record<number, string> = {};
  for (const entry of model.letter.annexList) {
    const annex = model.annexes.find((a) => a.number === entry.number);
    const id = resolve(annex?.region || `annex-${entry.number}`, entry.label.at, `annex list entry ${entry.number}`);
    if (id) annexList[entry.number] = id;
  }
  for (const a of model.annexes) {
    for (const s of a.sections) for (const c of s.clauses) for (const t of c.topics) resolve(`topic-${t}`, c.label.at, `${c.id} (topic)`);
  }
  const clauses: Record<string, ClauseLinks> = {};
  for (const a of model.annexes) {
    const own = a.sections.flatMap((s) => s.clauses);
    own.forEach((c, i) => {
      clauses[c.id] = {
        prev: i > 0 ? own[i - 1].id : null,
        next: i < own.length - 1 ? own[i + 1].id : null,
        sameDomain: model.annexes
          .filter((other) => other !== a)
          .flatMap((other) => other.sections.filter((s) => s.domain === c.domain).flatMap((s) => s.clauses.map((x) => x.id)))
          .filter((id) => resolve(id, c.label.at, `${c.id} (same domain)`)),
      };
    });
  }
  return { linked: { registry, clauses, annexList }, diagnostics };
}
