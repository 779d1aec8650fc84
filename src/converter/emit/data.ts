// Stage 8b, emit data: the machine-readable export (/data/document.json, /data/clauses.json,
// /data/clauses.csv, /data/concordance.json; fields in docs/architecture.md). Fields are a public contract: later work
// adds fields, never renames or removes one. URLs are absolute on the configured origin, or
// site-relative when the build has none (it never invents a host).

import { DOMAINS, domainBySlug } from '../../model/tables.ts';
import { correctedText } from '../../model/text.ts';
import { rowPilots, type Concordance, type ConcordanceCell, type SimilarClause } from '../../model/concordance.ts';
import type { Clause, Correction, DocumentModel, Topic } from '../../model/types.ts';
import { publicUrlFor, type Deployment } from '../../model/urls.ts';
import { indexClauses } from '../../model/walk.ts';

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
  /**
   * Clauses of the other plans sharing passages with this one, best first: their id, a score (the
   * share of both texts in shared passages) and the passages as they read here (offsets into `text`;
   * the other clause's entry has them as they read there). Empty: no counterpart.
   */
  similar: Omit<SimilarClause, 'theirPassages'>[];
}

function exportCorrection(c: Correction): ExportedCorrection {
  return { id: c.id, sentence: c.sentence, offset: c.offset, original: c.original, correction: c.correction, note: c.note, sourcePosition: c.at };
}

/** The clause entries of the export. */
export function exportClauses(model: DocumentModel, site: Deployment): ExportedClause[] {
  return model.annexes.flatMap((a) =>
    a.sections.flatMap((s) =>
      s.clauses.map((c: Clause) => ({
        id: c.id,
        url: publicUrlFor({ kind: 'clause', region: c.region, clause: c.number }, site),
        annex: c.annex,
        region: c.region,
        regionName: c.regionName,
        section: s.number,
        sectionHeading: s.heading.text,
        domain: c.domain,
        domainLabel: domainBySlug(c.domain)?.label ?? '',
        clause: c.number,
        label: c.labelText,
        title: c.title,
        text: c.text,
        sentences: c.sentences.map((s) => s.text),
        sourceLines: c.sourceLines,
        errata: c.corrections.map(exportCorrection),
        correctedText: correctedText(c),
        topics: c.topics,
        sentenceSharing: c.sharing.map((regions, i) => ({ sentence: i + 1, shared: regions.length > 0, regions })),
        similar: c.similar.map(({ clause, score, passages }) => ({ clause, score, passages })),
      })),
    ),
  );
}

/** /data/document.json: the whole document, structured, with clauses by id. */
export function exportDocument(model: DocumentModel, site: Deployment, topics: readonly Topic[] = []) {
  const { letter, meta } = model;
  return {
    id: 'guohan-2025-86',
    url: publicUrlFor({ kind: 'home' }, site),
    title: meta.title,
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    dateWritten: meta.dateWritten,
    datePublished: meta.datePublished,
    indexNumber: meta.indexNumber,
    subjects: meta.subjects,
    source: { file: model.source.file.split('/').pop(), sha256: model.source.sha256, lines: model.source.lineCount },
    letter: {
      url: publicUrlFor({ kind: 'letter' }, site),
      title: letter.titleText,
      docNumber: letter.docNumber.text,
      addressees: letter.addressees.text,
      opening: letter.opening.text,
      paragraphs: letter.paragraphs.map((p) => ({
        number: p.number,
        label: p.label.text,
        url: publicUrlFor({ kind: 'letter', paragraph: p.number }, site),
        text: p.text,
        sentences: p.sentences.map((s) => s.text),
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
    topics: topics.map((t) => ({ slug: t.slug, label: t.label, domain: t.domain, phrases: t.phrases, explanation: t.explanation, url: publicUrlFor({ kind: 'topic', topic: t.slug }, site) })),
    annexes: model.annexes.map((a) => ({
      annex: a.number,
      region: a.region,
      regionName: a.regionName,
      url: publicUrlFor({ kind: 'annex', region: a.region }, site),
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
  const clauses = indexClauses(model);
  const cell = (c: ConcordanceCell): ExportedConcordanceCell => ({
    ...c,
    url: publicUrlFor({ kind: 'clause', region: c.region, clause: clauses.get(c.clause)?.clause.number ?? 0, sentence: c.sentence }, site),
  });
  return {
    id: 'guohan-2025-86',
    domains: concordance.map((d) => ({
      domain: d.domain,
      domainLabel: domainBySlug(d.domain)?.label ?? '',
      rows: d.rows.map((r) => ({
        id: r.id,
        agreement: r.agreement,
        pilots: rowPilots(r).length,
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

/**
 * One CSV cell. A text that starts with = + - @ (or a tab or carriage return) would be read by a
 * spreadsheet as a formula; it gets a leading apostrophe, the usual guard (OWASP, "CSV injection"),
 * which spreadsheets show as text. The JSON export carries every text unchanged.
 */
export function csvCell(value: string | number): string {
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
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
