// Stage 8b, emit data: the machine-readable export (/data/document.json, /data/clauses.json,
// /data/clauses.csv, /data/concordance.json; fields in docs/architecture.md). Fields are a public contract: later work
// adds fields, never renames or removes one. URLs are absolute on the configured origin, or
// site-relative when the build has none (it never invents a host).

import { DOMAINS, domainBySlug } from '../../model/tables.ts';
import { correctedText } from '../../model/text.ts';
import { indexMeasures, measuresIn, ownParts, sharedWith, type Comparison, type MeasureCell, type Quote, type SimilarClause } from '../../model/measures.ts';
import type { English, GlossaryEntry } from '../../model/english.ts';
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
  /** The reviewed English of each sentence, aligned one to one with `sentences` (an unofficial translation); empty when the build has none. */
  sentencesEn: string[];
  sourceLines: [number, number];
  /** Corrections from the errata file; `text` stays as published. */
  errata: ExportedCorrection[];
  /** `text` with the errata applied. */
  correctedText: string;
  /** Slugs of the policy topics the clause addresses (vocabulary in document.json). */
  topics: string[];
  /** Per sentence (same order as `sentences`): the measures it states (data/concordance.json) and the other pilots that state them. */
  sentenceSharing: { sentence: number; shared: boolean; regions: string[]; measures: string[] }[];
  /**
   * Clauses of the other plans that state measures this one states, most shared first: their id, a
   * score (the share of both texts in the quotes of their shared measures), the measures, and the
   * passages as they read here (offsets into `text`; the other clause's entry has them as they read
   * there). Every such clause is listed, so the relation holds both ways. Empty: none.
   */
  similar: SimilarClause[];
}

function exportCorrection(c: Correction): ExportedCorrection {
  return { id: c.id, sentence: c.sentence, offset: c.offset, original: c.original, correction: c.correction, note: c.note, sourcePosition: c.at };
}

/** The clause entries of the export. */
export function exportClauses(model: DocumentModel, comparison: Comparison, english: English | null, site: Deployment): ExportedClause[] {
  const byId = indexMeasures(comparison);
  const order = model.annexes.map((a) => a.region);
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
        sentencesEn: english?.annexes[c.region]?.clauses[c.id] ?? [],
        sourceLines: c.sourceLines,
        errata: c.corrections.map(exportCorrection),
        correctedText: correctedText(c),
        topics: c.topics,
        sentenceSharing: c.measures.map((ids, i) => {
          const regions = sharedWith(ids, c.region, byId, order);
          return { sentence: i + 1, shared: regions.length > 0, regions, measures: ids };
        }),
        similar: c.similar.map(({ clause, score, passages, measures }) => ({ clause, score, passages, measures })),
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

/**
 * /data/concordance.json: per domain (in the domain table's order), the measures with a quote in its
 * sections, most pilots first (a measure reviewed under another domain included, with its `domain`),
 * each with its id, name, agreement, reference wording and cells (each a quote of one sentence, with
 * its difference from the reference); then each pilot's parts in no measure (`distinctive`), with
 * the nearest candidates the converter found. A sentence may sit in several rows.
 */
export function exportConcordance(model: DocumentModel, comparison: Comparison, site: Deployment) {
  const clauses = indexClauses(model);
  const url = (q: Quote) => publicUrlFor({ kind: 'clause', region: q.region, clause: clauses.get(q.clause)!.clause.number, sentence: q.sentence }, site);
  const quote = (q: Quote) => ({ region: q.region, clause: q.clause, sentence: q.sentence, text: q.text, start: q.start, end: q.end, domain: q.domain, url: url(q) });
  const cell = (c: MeasureCell) => ({ ...quote(c), similarity: c.similarity, diff: c.diff });
  return {
    id: 'guohan-2025-86',
    domains: DOMAINS.map((d) => ({
      domain: d.slug,
      domainLabel: d.label,
      rows: measuresIn(comparison, d.slug).map((m) => ({
        id: m.id,
        name: m.name,
        nameEn: m.nameEn,
        domain: m.domain,
        agreement: m.agreement,
        pilots: m.pilots.length,
        pilotList: m.pilots,
        reference: m.cells[m.reference].text,
        referenceCell: m.reference,
        topics: m.topics,
        verdict: m.verdict,
        note: m.note,
        cells: m.cells.map(cell),
      })),
      distinctive: Object.fromEntries(
        model.annexes.map((a) => [a.region, ownParts(comparison, a.region, d.slug).map((p) => ({ ...quote(p), nearest: p.nearest.map((n) => ({ ...quote(n), score: n.score, measure: n.measure })) }))]),
      ),
    })),
  };
}

/** /data/glossary.json: the reviewed glossary, each term with its English, explanation in both languages, and pinyin where it helps. */
export function exportGlossary(glossary: readonly GlossaryEntry[]) {
  return {
    id: 'guohan-2025-86-glossary',
    terms: glossary.map((g) => ({ zh: g.zh, en: g.en, also: g.also, pinyin: g.pinyin, kind: g.kind, slug: g.slug, explanation: g.explanation.en, explanationZh: g.explanation.zh })),
  };
}

const CSV_COLUMNS = [
  'id', 'url', 'annex', 'region', 'regionName', 'section', 'sectionHeading', 'domain', 'domainLabel',
  'clause', 'label', 'title', 'text', 'sentenceCount', 'sourceFirstLine', 'sourceLastLine', 'errata', 'correctedText',
  'topics', 'sharedSentences', 'textEn',
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

/** A CSV file from a header and rows: RFC 4180, every cell guarded (csvCell), with a BOM so spreadsheet programs read UTF-8. */
function csv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + [columns.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

/** /data/measures.csv: one row per quote of every measure (a measure has a row for each of its pilots' quotes). */
export function measuresCsv(model: DocumentModel, comparison: Comparison, site: Deployment): string {
  const clauses = indexClauses(model);
  const url = (q: Quote) => publicUrlFor({ kind: 'clause', region: q.region, clause: clauses.get(q.clause)!.clause.number, sentence: q.sentence }, site);
  const columns = ['measure', 'name', 'domain', 'pilots', 'region', 'regionName', 'clause', 'sentence', 'quote', 'url', 'reference', 'similarity', 'nameEn'];
  const rows = comparison.measures.flatMap((m) =>
    m.cells.map((c, i) => [m.id, m.name, m.domain, m.pilots.length, c.region, clauses.get(c.clause)!.clause.regionName, c.clause, c.sentence, c.text, url(c), i === m.reference ? 1 : 0, c.similarity, m.nameEn ?? '']),
  );
  return csv(columns, rows);
}

/** /data/matrix.csv: the measures against the pilots, one row per measure, one column per pilot holding its quotes (several joined by ／), empty where none was found. */
export function matrixCsv(model: DocumentModel, comparison: Comparison): string {
  const regions = model.annexes.map((a) => a.region);
  const columns = ['measure', 'name', 'nameEn', 'domain', 'pilots', 'topics', ...regions];
  const rows = comparison.measures.map((m) => [m.id, m.name, m.nameEn ?? '', m.domain, m.pilots.length, m.topics.join(' '), ...regions.map((r) => m.cells.filter((c) => c.region === r).map((c) => c.text).join('／'))]);
  return csv(columns, rows);
}

/** /data/clauses.csv: one row per clause, RFC 4180, with a BOM so spreadsheet programs read UTF-8. */
export function clausesCsv(clauses: ExportedClause[]): string {
  return csv(
    CSV_COLUMNS,
    clauses.map((c) => {
      const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
        ...c,
        sentenceCount: c.sentences.length,
        sourceFirstLine: c.sourceLines[0],
        sourceLastLine: c.sourceLines[1],
        errata: c.errata.map((e) => `${e.original.trim()}→${e.correction}：${e.note}`).join('；'),
        topics: c.topics.join(' '),
        sharedSentences: c.sentenceSharing.filter((s) => s.shared).map((s) => s.sentence).join(' '),
        textEn: c.sentencesEn.join(' '),
      };
      return CSV_COLUMNS.map((k) => row[k]);
    }),
  );
}
