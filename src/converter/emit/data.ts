// Stage 7b, emit data: the machine-readable export of DESIGN.md (/data/document.json,
// /data/clauses.json, /data/clauses.csv, /data/concordance.json). Fields are a public contract:
// later work adds fields, never renames or removes one.

import { DOMAINS } from '../../model/tables.ts';
import type { Concordance, ConcordanceCell, SimilarClause } from '../../model/concordance.ts';
import type { Clause, Correction, DocumentModel, Topic } from '../../model/types.ts';
import { absoluteUrlFor } from '../../model/urls.ts';

/** Where the site is deployed, for the absolute URLs in the export. */
export interface Deployment {
  origin: string;
  base: string;
}

/** One correction as exported: where it is, what was printed, what it should be, and why. */
export interface ExportedCorrection {
  id: string;
  sentence: number;
  offset: number;
  original: string;
  correction: string;
  note: string;
  sourcePosition: { line: number; column: number };
}

/** One entry of /data/clauses.json. */
export interface ExportedClause {
  id: string;
  url: string;
  annex: number;
  region: string;
  regionName: string;
  section: number;
  sectionHeading: string;
  domain: string;
  domainLabel: string;
  clause: number;
  label: string;
  title: string;
  text: string;
  sentences: string[];
  sourceLines: [number, number];
  /** Corrections from the errata file; `text` stays as published. */
  errata: ExportedCorrection[];
  /** `text` with the errata applied. */
  correctedText: string;
  /** Slugs of the policy topics the clause addresses (vocabulary in document.json). */
  topics: string[];
  /** Per sentence (same order as `sentences`): whether another pilot's plan has it too, and which. */
  sentenceSharing: { sentence: number; shared: boolean; regions: string[] }[];
  /** Clauses of the other plans sharing passages with this one, best first (passages with offsets into `text`); empty: no counterpart. */
  similar: SimilarClause[];
}

function exportCorrection(c: Correction): ExportedCorrection {
  return { id: c.id, sentence: c.sentence, offset: c.offset, original: c.original, correction: c.correction, note: c.note, sourcePosition: c.at };
}

/** Applies corrections to a text (they never overlap: each stands at its own place). */
export function correctedText(source: { text: string; corrections: Correction[] }): string {
  let out = source.text;
  for (const c of [...source.corrections].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, c.offset) + c.correction + out.slice(c.offset + c.original.length);
  }
  return out;
}

/** The clause entries of the export. */
export function exportClauses(model: DocumentModel, site: Deployment): ExportedClause[] {
  return model.annexes.flatMap((a) =>
    a.sections.flatMap((s) =>
      s.clauses.map((c: Clause) => ({
        id: c.id,
        url: absoluteUrlFor({ kind: 'clause', region: c.region, clause: c.number }, site.origin, site.base),
        annex: c.annex,
        region: c.region,
        regionName: c.regionName,
        section: s.number,
        sectionHeading: s.heading.text,
        domain: c.domain,
        domainLabel: DOMAINS.find((d) => d.slug === c.domain)?.label ?? '',
        clause: c.number,
        label: c.labelText,
        title: c.title,
        text: c.text,
        sentences: c.sentences,
        sourceLines: c.sourceLines,
        errata: c.corrections.map(exportCorrection),
        correctedText: correctedText(c),
        topics: c.topics,
        sentenceSharing: c.sharing.map((regions, i) => ({ sentence: i + 1, shared: regions.length > 0, regions })),
        similar: c.similar,
      })),
    ),
  );
}

/** /data/document.json: the whole document, structured, with clauses by id. */
export function exportDocument(model: DocumentModel, site: Deployment, topics: readonly Topic[] = []) {
  const { letter, meta } = model;
  return {
    id: 'guohan-2025-86',
    url: absoluteUrlFor({ kind: 'home' }, site.origin, site.base),
    title: meta.title,
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    dateWritten: meta.dateWritten,
    datePublished: meta.datePublished,
    indexNumber: meta.indexNumber,
    subjects: meta.subjects,
    source: { file: model.source.file.split('/').pop(), sha256: model.source.sha256, lines: model.source.lineCount },
    letter: {
      url: absoluteUrlFor({ kind: 'letter' }, site.origin, site.base),
      title: letter.titleText,
      docNumber: letter.docNumber.text,
      addressees: letter.addressees.text,
      opening: letter.opening.text,
      paragraphs: letter.paragraphs.map((p) => ({
        number: p.number,
        label: p.label.text,
        url: absoluteUrlFor({ kind: 'letter', paragraph: p.number }, site.origin, site.base),
        text: p.text,
        sentences: p.sentences,
        errata: p.corrections.map(exportCorrection),
        correctedText: correctedText(p),
      })),
      annexes: letter.annexList.map((e) => ({ number: e.number, title: e.titleText })),
      signature: letter.signature.text,
      date: letter.date.text,
      dateIso: letter.dateIso,
      note: letter.note?.text ?? null,
    },
    domains: DOMAINS.map((d) => ({ slug: d.slug, label: d.label })),
    topics: topics.map((t) => ({ slug: t.slug, label: t.label, domain: t.domain, phrases: t.phrases, explanation: t.explanation, url: absoluteUrlFor({ kind: 'topic', topic: t.slug }, site.origin, site.base) })),
    annexes: model.annexes.map((a) => ({
      annex: a.number,
      region: a.region,
      regionName: a.regionName,
      url: absoluteUrlFor({ kind: 'annex', region: a.region }, site.origin, site.base),
      title: a.titleText,
      scope: a.scope?.text ?? null,
      sections: a.sections.map((s) => ({
        section: s.number,
        label: s.label.text,
        heading: s.heading.text,
        domain: s.domain,
        clauses: s.clauses.map((c) => c.id),
      })),
    })),
  };
}

/** One sentence of /data/concordance.json: where it is, its text and link, and how it differs from its row's reference. */
export interface ExportedConcordanceCell extends ConcordanceCell {
  url: string;
}

/**
 * /data/concordance.json: per domain (in the domain table's order), its rows in order (most pilots
 * first), each with its stable id, agreement, reference wording and sentences (each with its
 * difference from the reference); then each pilot's distinctive sentences.
 */
export function exportConcordance(model: DocumentModel, concordance: readonly Concordance[], site: Deployment) {
  const numbers = new Map(model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.number] as const))));
  const cell = (c: ConcordanceCell): ExportedConcordanceCell => ({
    ...c,
    url: absoluteUrlFor({ kind: 'clause', region: c.region, clause: numbers.get(c.clause) ?? 0, sentence: c.sentence }, site.origin, site.base),
  });
  return {
    id: 'guohan-2025-86',
    domains: concordance.map((d) => ({
      domain: d.domain,
      domainLabel: DOMAINS.find((x) => x.slug === d.domain)?.label ?? '',
      rows: d.rows.map((r) => ({
        id: r.id,
        agreement: r.agreement,
        pilots: new Set(r.cells.map((c) => c.region)).size,
        reference: r.reference,
        cells: r.cells.map(cell),
      })),
      // A distinctive sentence is compared with nothing: where it is and what it says.
      distinctive: Object.fromEntries(
        Object.entries(d.distinctive).map(([region, cells]) => [region, cells.map((c) => ({ region: c.region, clause: c.clause, sentence: c.sentence, text: c.text, url: cell(c).url }))]),
      ),
    })),
  };
}

const CSV_COLUMNS = [
  'id', 'url', 'annex', 'region', 'regionName', 'section', 'sectionHeading', 'domain', 'domainLabel',
  'clause', 'label', 'title', 'text', 'sentenceCount', 'sourceFirstLine', 'sourceLastLine', 'errata', 'correctedText',
  'topics', 'sharedSentences',
] as const;

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** /data/clauses.csv: one row per clause, RFC 4180, with a BOM so spreadsheet programs read UTF-8. */
export function clausesCsv(clauses: ExportedClause[]): string {
  const rows = clauses.map((c) => {
    const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      ...c,
      sentenceCount: c.sentences.length,
      sourceFirstLine: c.sourceLines[0],
      sourceLastLine: c.sourceLines[1],
      errata: c.errata.map((e) => `${e.original.trim()}→${e.correction}：${e.note}`).join('；'),
      topics: c.topics.join(' '),
      sharedSentences: c.sentenceSharing.filter((s) => s.shared).map((s) => s.sentence).join(' '),
    };
    return CSV_COLUMNS.map((k) => csvCell(row[k])).join(',');
  });
  return '\uFEFF' + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
