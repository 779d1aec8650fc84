// Stage 3, build: blocks to the typed model. The build is tolerant: it places every block somewhere
// (a field, a clause, or a list of strays) and records what it could not find, so that the
// validation rules can report every problem at once instead of stopping at the first.

import { clauseId } from '../model/ids.ts';
import { clauseLabel, parseChineseNumeral } from '../model/numerals.ts';
import { splitSentences } from '../model/sentences.ts';
import { DOMAINS, matchDomains, regionByAnnex } from '../model/tables.ts';
import type {
  Annex,
  AnnexListEntry,
  Clause,
  DocumentModel,
  FooterField,
  Letter,
  LetterParagraph,
  Metadata,
  Position,
  Section,
  SourceText,
} from '../model/types.ts';
import { advance, after, head, type Block } from './parse.ts';
import type { SourceFile } from './read.ts';

/** A part of the letter the build looked for and did not find. */
export interface MissingPart {
  part: string;
  at: Position;
}

/** The model and the facts about it that only the build can know. */
export interface Built {
  model: DocumentModel;
  missing: MissingPart[];
}

/** Removes the spaces that line wrapping left inside a title. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/** Walks the blocks once, in order. */
class Cursor {
  private i = 0;
  private readonly blocks: readonly Block[];
  constructor(blocks: readonly Block[]) {
    this.blocks = blocks;
  }
  peek(): Block | undefined {
    return this.blocks[this.i];
  }
  next(): Block | undefined {
    return this.blocks[this.i++];
  }
  takeIf(test: (b: Block) => boolean): Block | undefined {
    const b = this.peek();
    return b && test(b) ? this.next() : undefined;
  }
  /** Where the next block starts, or the line after the last one. */
  here(): Position {
    const b = this.peek() ?? this.blocks[this.blocks.length - 1];
    return b ? (this.peek() ? b.at : { line: b.at.line + 1, column: 1 }) : { line: 1, column: 1 };
  }
}

/** Builds the document model from the seed's blocks. */
export function buildModel(source: SourceFile, blocks: readonly Block[]): Built {
  const cursor = new Cursor(blocks);
  const missing: MissingPart[] = [];
  const strays: SourceText[] = [];
  const letter = buildLetter(cursor, missing);
  const annexes = buildAnnexes(cursor, letter, strays);
  const footer = buildFooter(cursor, strays);
  return {
    model: {
      source: { file: source.file, lineCount: source.lines.length, sha256: source.sha256 },
      meta: buildMetadata(letter, footer),
      letter,
      annexes,
      strays,
    },
    missing,
  };
}

function sourceOf(b: Block): SourceText {
  return { text: b.text, at: b.at };
}

function buildLetter(c: Cursor, missing: MissingPart[]): Letter {
  const need = (part: string, found: Block | undefined): SourceText => {
    if (found) return sourceOf(found);
    const at = c.here();
    missing.push({ part, at });
    return { text: '', at };
  };
  const title = need('title (标题)', c.takeIf((b) => b.shape.kind === 'text'));
  const docNumber = need('document number (文号, e.g. 国函〔2025〕86号)', c.takeIf((b) => /〔\d{4}〕\d+号$/u.test(b.text)));
  const endsWithColon = (b: Block) => b.shape.kind === 'text' && /[：:]$/u.test(b.text);
  const addressees = need('addressees (主送机关, ending in ：)', c.takeIf(endsWithColon));
  const opening = need('opening sentence (…现批复如下：)', c.takeIf(endsWithColon));

  const paragraphs: LetterParagraph[] = [];
  for (let b = c.peek(); b; b = c.peek()) {
    const shape = b.shape;
    if (shape.kind === 'numbered') {
      paragraphs.push({
        number: parseChineseNumeral(shape.numeral) ?? NaN,
        label: head(b, shape.label),
        segments: [after(b, shape.label)],
        text: '',
        sentences: [],
        corrections: [],
      });
    } else if (shape.kind === 'text' && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1].segments.push(sourceOf(b));
    } else {
      break;
    }
    c.next();
  }
  if (paragraphs.length === 0) missing.push({ part: 'numbered paragraphs (一、…)', at: c.here() });
  for (const p of paragraphs) {
    p.text = p.segments.map((s) => s.text).join('');
    p.sentences = splitSentences(p.text);
  }

  let annexListLead: SourceText = { text: '', at: c.here() };
  const annexList: AnnexListEntry[] = [];
  const lead = c.takeIf((b) => b.shape.kind === 'annex-list-lead');
  if (lead && lead.shape.kind === 'annex-list-lead') {
    annexListLead = head(lead, lead.shape.lead);
    const item = after(lead, lead.shape.lead);
    annexList.push(listEntry(item, lead.shape.number, lead.shape.label));
    for (let b = c.takeIf((x) => x.shape.kind === 'list-item'); b; b = c.takeIf((x) => x.shape.kind === 'list-item')) {
      if (b.shape.kind === 'list-item') annexList.push(listEntry(sourceOf(b), b.shape.number, b.shape.label));
    }
  } else {
    missing.push({ part: 'annex list (附件：1. …)', at: annexListLead.at });
  }

  const signature = need('signature (发文机关署名, e.g. 国务院)', c.takeIf((b) => b.shape.kind === 'text' && !/[。，；：]/u.test(b.text)));
  const dateBlock = c.takeIf((b) => b.shape.kind === 'date');
  const date = need('date (成文日期, e.g. 2025年9月8日)', dateBlock);
  const noteBlock = c.takeIf((b) => b.shape.kind === 'text' && /^[（(].*[）)]$/u.test(b.text));
  return {
    title,
    titleText: collapseSpaces(title.text),
    docNumber,
    addressees,
    opening,
    paragraphs,
    annexListLead,
    annexList,
    signature,
    date,
    dateIso: dateBlock?.shape.kind === 'date' ? dateBlock.shape.iso : null,
    note: noteBlock ? sourceOf(noteBlock) : null,
  };
}

function listEntry(item: SourceText, number: number, label: string): AnnexListEntry {
  const title = after(item, label);
  return { number, label: head(item, label), title, titleText: collapseSpaces(title.text) };
}

/** The number of the list entry whose title this text is, ignoring extraction spaces. */
function matchListEntry(letter: Letter, text: string): number | null {
  const wanted = collapseSpaces(text);
  return letter.annexList.find((e) => e.titleText === wanted)?.number ?? null;
}

function buildAnnexes(c: Cursor, letter: Letter, strays: SourceText[]): Annex[] {
  const annexes: Annex[] = [];
  let annex: Annex | null = null;
  let section: Section | null = null;
  let clause: Clause | null = null;

  const open = (marker: Block | null, title: Block, number: number) => {
    const region = regionByAnnex(number);
    annex = {
      number,
      region: region?.slug ?? '',
      regionName: region?.name ?? '',
      marker: marker ? sourceOf(marker) : null,
      title: sourceOf(title),
      titleText: collapseSpaces(title.text),
      listEntry: matchListEntry(letter, title.text),
      scope: null,
      sections: [],
      strays: [],
    };
    annexes.push(annex);
    section = null;
    clause = null;
  };

  for (let b = c.peek(); b && b.shape.kind !== 'footer'; b = c.peek()) {
    c.next();
    const shape = b.shape;
    if (shape.kind === 'annex-marker') {
      const title = c.takeIf((x) => x.shape.kind !== 'footer' && x.shape.kind !== 'annex-marker');
      if (title) open(b, title, shape.number);
      else strays.push(sourceOf(b));
      continue;
    }
    const entry = shape.kind === 'text' ? matchListEntry(letter, b.text) : null;
    const current = annex as Annex | null;
    if (entry !== null && (current === null || current.sections.length > 0)) {
      // A title where a new annex should begin, without its 附件N line: the extraction lost it.
      open(null, b, entry);
      continue;
    }
    if (current === null) {
      strays.push(sourceOf(b));
      continue;
    }
    if (shape.kind === 'scope' && current.scope === null && current.sections.length === 0) {
      current.scope = sourceOf(b);
    } else if (shape.kind === 'numbered') {
      section = {
        annex: current.number,
        region: current.region,
        number: parseChineseNumeral(shape.numeral) ?? NaN,
        label: head(b, shape.label),
        heading: after(b, shape.label),
        domain: null,
        clauses: [],
      };
      section.domain = pickDomain(section.heading.text, section.number);
      current.sections.push(section);
      clause = null;
    } else if (shape.kind === 'clause' && section) {
      clause = startClause(current, section, b, shape.label, shape.numeral);
      (section as Section).clauses.push(clause);
    } else if (clause && shape.kind !== 'clause') {
      // A paragraph that is no part of the structure continues the clause: a page break split it.
      (clause as Clause).segments.push(sourceOf(b));
    } else {
      current.strays.push(sourceOf(b));
    }
  }
  for (const a of annexes) for (const s of a.sections) for (const cl of s.clauses) finishClause(cl);
  return annexes;
}

/** The domain a heading names: the one its position calls for if the heading allows it. */
function pickDomain(heading: string, position: number): string | null {
  const matches = matchDomains(heading);
  const expected = DOMAINS[position - 1];
  if (expected && matches.includes(expected)) return expected.slug;
  return matches.length === 1 ? matches[0].slug : null;
}

function startClause(annex: Annex, section: Section, b: Block, label: string, numeral: string): Clause {
  const number = parseChineseNumeral(numeral) ?? NaN;
  return {
    id: clauseId(annex.region, number),
    annex: annex.number,
    region: annex.region,
    regionName: annex.regionName,
    section: section.number,
    domain: section.domain ?? '',
    number,
    label: head(b, label),
    labelText: Number.isNaN(number) ? label : clauseLabel(number),
    segments: [after(b, label)],
    text: '',
    title: '',
    sentences: [],
    sourceLines: [b.at.line, b.at.line],
    corrections: [],
    topics: [],
    topicHits: [],
    measures: [],
    similar: [],
  };
}

function finishClause(clause: Clause): void {
  clause.text = clause.segments.map((s) => s.text).join('');
  clause.sentences = splitSentences(clause.text);
  const first = clause.sentences[0]?.text ?? '';
  clause.title = /[。！？]$/u.test(first) ? first.replace(/[。！？]+$/u, '') : '';
  clause.sourceLines = [clause.label.at.line, clause.segments[clause.segments.length - 1].at.line];
}

function buildFooter(c: Cursor, strays: SourceText[]): FooterField[] {
  const fields: FooterField[] = [];
  for (let b = c.next(); b; b = c.next()) {
    let offset = 0;
    for (const part of b.text.split('\t')) {
      const start = offset;
      offset += part.length + 1;
      const m = /^([^：:]+?[：:])([\s\u3000]*)(.*?)[\s\u3000]*$/u.exec(part.trimStart());
      const lead = part.length - part.trimStart().length;
      if (part.trim() === '') continue;
      const at = advance(b.at, b.text.slice(0, start + lead));
      if (!m || b.shape.kind !== 'footer') {
        strays.push({ text: part.trim(), at });
        continue;
      }
      fields.push({
        key: collapseSpaces(m[1].replace(/[：:]$/u, '')),
        label: { text: m[1], at },
        value: { text: m[3], at: advance(at, m[1] + m[2]) },
      });
    }
  }
  return fields;
}

function isoDate(text: string | undefined): string | null {
  const m = text ? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(text) : null;
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

function buildMetadata(letter: Letter, footer: FooterField[]): Metadata {
  const field = (key: string) => footer.find((f) => f.key === key)?.value.text;
  return {
    title: field('标题') ?? letter.titleText,
    docNumber: field('发文字号') ?? letter.docNumber.text,
    issuer: field('发文机关') ?? letter.signature.text,
    dateWritten: isoDate(field('成文日期')) ?? letter.dateIso,
    datePublished: isoDate(field('发布日期')),
    indexNumber: field('索引号') ?? null,
    subjects: (field('主题分类') ?? '').split('\\').filter(Boolean),
    footer,
  };
}
