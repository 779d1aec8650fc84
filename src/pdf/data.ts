// The document model turned into what the Typst template reads (as JSON, through Typst’s json()):
// every string the seed or the errata file supplies travels as data, never as markup, so no text
// can be read as Typst code. Every address is made by urlFor/absoluteUrlFor.

import { asHeading, clauseLabelEn, englishName, type English, type GlossaryEntry } from '../model/english.ts';
import { annexLabel, annexName, chineseDate, correctionNote, englishDate, sectionHeading } from '../model/labels.ts';
import type { Annex, DocumentModel, Letter } from '../model/types.ts';
import { localeBase, publicUrlFor, type Deployment, type UrlTarget } from '../model/urls.ts';
import { cutRuns, splitTitle, type Run } from './runs.ts';

/** Which PDF to make: its metadata title and the annex it holds (null: the letter and every annex). */
export interface PdfContent {
  title: string;
  region: string | null;
}

/** An address as printed (host and path, or the site path without an origin) and what it links to. */
export interface PdfAddress {
  text: string;
  /** The absolute URL a link annotation opens; null without an origin, so nothing links to a made-up host. */
  href: string | null;
}

/** A clause as set: its label and title sentence make the heading, the rest follows, then notes and address. */
export interface PdfClause {
  label: string;
  title: Run[];
  rest: Run[];
  notes: string[];
  address: PdfAddress;
}

/** A section: its heading as printed (一、…) and its clauses. */
export interface PdfSection {
  heading: string;
  clauses: PdfClause[];
}

/** An annex: its title block (附件N, title, scope, address) and its sections. */
export interface PdfAnnex {
  kind: 'annex';
  /** The running header of its pages. */
  header: string;
  /** Where the letter's annex list points (a Typst label name). */
  anchor: string;
  eyebrow: string;
  title: string;
  scope: string | null;
  address: PdfAddress;
  sections: PdfSection[];
}

/** The approval letter, in the order it is printed. */
export interface PdfLetter {
  kind: 'letter';
  header: string;
  title: string;
  docNumber: string;
  addressees: string;
  opening: string;
  paragraphs: { label: string; runs: Run[]; notes: string[] }[];
  annexListLead: string;
  annexList: { label: string; title: string; anchor: string | null }[];
  signature: string;
  date: string;
  note: string | null;
  address: PdfAddress;
}

/** Everything one PDF holds, in the shape document.typ reads. */
export interface PdfData {
  /** The language it is set in: the Chinese text, or its unofficial English translation. */
  lang: 'zh' | 'en';
  title: string;
  parts: (PdfLetter | PdfAnnex)[];
  colophon: { lines: string[]; site: PdfAddress | null };
}

/** The data of one PDF: the annex `content.region`, or the letter and all annexes. */
export function buildPdfData(model: DocumentModel, content: PdfContent, site: Deployment): PdfData {
  const address = addressOn(site);
  const annexes = annexesOf(model, content);
  const parts = [...(content.region === null ? [letterPart(model, address)] : []), ...annexes.map((a) => annexPart(model, a, address))];
  return { lang: 'zh', title: content.title, parts, colophon: colophon(model, parts, site, address) };
}

/** The reviewed translation and glossary an English PDF is set from. */
export interface PdfEnglish {
  english: English;
  glossary: readonly GlossaryEntry[];
}

/** An English PDF's title: the letter's, or the annex's with its number. */
export function pdfTitleEn(model: DocumentModel, { english }: PdfEnglish, region: string | null): string {
  const annex = model.annexes.find((a) => a.region === region);
  return annex ? `${english.letter.docNumber}, Annex ${annex.number}: ${english.annexes[annex.region].title}` : `${english.letter.title} (${english.letter.docNumber})`;
}

/**
 * The same PDF in the unofficial English translation: every sentence as the English pages have it,
 * addresses on the English pages, and a colophon that says the Chinese text is authoritative.
 * Corrections are the Chinese text's: the translation renders the corrected text, so it has none.
 */
export function buildPdfDataEn(model: DocumentModel, content: PdfContent, site: Deployment, en: PdfEnglish): PdfData {
  const address = addressOn({ ...site, base: localeBase(site.base, 'en') });
  const annexes = annexesOf(model, content);
  const { english } = en;
  const l = english.letter;
  const doc = l.docNumber;
  const text = (t: string): Run[] => [{ text: t }];
  const letter: PdfLetter = {
    kind: 'letter',
    header: `${doc} · Reply of the State Council`,
    title: l.title,
    docNumber: doc,
    addressees: l.addressees,
    opening: l.opening,
    paragraphs: model.letter.paragraphs.map((p) => ({ label: `${p.number}. `, runs: text((l.paragraphs[p.number] ?? []).join(' ')), notes: [] })),
    annexListLead: l.annexListLead,
    annexList: model.letter.annexList.map((e) => {
      const annex = model.annexes.find((a) => a.number === e.number);
      return { label: `Annex ${e.number}`, title: annex ? english.annexes[annex.region].title : e.titleText, anchor: annex ? anchorOf(e.number) : null };
    }),
    signature: l.signature,
    date: l.date,
    note: model.letter.note && l.note ? l.note : null,
    address: address({ kind: 'letter' }),
  };
  const annexPartEn = (a: Annex): PdfAnnex => {
    const t = english.annexes[a.region];
    const name = asHeading(englishName(en.glossary, 'region', a.region) ?? a.region);
    return {
      kind: 'annex',
      header: `${doc} · Annex ${a.number} ${name}`,
      anchor: anchorOf(a.number),
      eyebrow: `${doc}, Annex ${a.number}`,
      title: t.title,
      scope: a.scope ? t.scope : null,
      address: address({ kind: 'annex', region: a.region }),
      sections: a.sections.map((s) => ({
        heading: `${s.number}. ${t.sections[s.number]}`,
        clauses: s.clauses.map((c) => {
          const [title = '', ...rest] = t.clauses[c.id] ?? [];
          return { label: `${clauseLabelEn(c.number)} `, title: text(title), rest: rest.length ? text(rest.join(' ')) : [], notes: [], address: address({ kind: 'clause', region: c.region, clause: c.number }) };
        }),
      })),
    };
  };
  const parts = [...(content.region === null ? [letter] : []), ...annexes.map(annexPartEn)];
  const { meta } = model;
  const lines = [
    `Text: ${l.title} (${doc}) and its annexes, signed by the State Council on ${englishDate(model.letter.dateIso)}${meta.datePublished ? ` and published on ${englishDate(meta.datePublished)}` : ''}.`,
    `This English is an unofficial translation by the reference site, reviewed by hand, for reading only: the Chinese text (${meta.docNumber}) is authoritative, and the site gives it at the same addresses without /en/.`,
    ...(site.origin ? [] : [`The site's address is not configured: each clause is followed by its path on the site (such as ${example(parts)}), without a host and without a link.`]),
  ];
  return { lang: 'en', title: content.title, parts, colophon: { lines, site: site.origin ? address({ kind: 'home' }) : null } };
}

/** The annexes a PDF holds: the one its content names, or all of them. */
function annexesOf(model: DocumentModel, content: PdfContent): Annex[] {
  const annexes = content.region === null ? model.annexes : model.annexes.filter((a) => a.region === content.region);
  if (annexes.length === 0) throw new Error(`no annex for region ${content.region}`);
  return annexes;
}

/** Addresses as printed: the public URL without its scheme, linked only when the site has an origin. */
function addressOn(site: Deployment): (target: UrlTarget) => PdfAddress {
  return (target) => {
    const url = publicUrlFor(target, site);
    return { text: url.replace(/^[a-z]+:\/\//, ''), href: site.origin ? url : null };
  };
}

function letterPart(model: DocumentModel, address: (t: UrlTarget) => PdfAddress): PdfLetter {
  const l: Letter = model.letter;
  const present = new Set(model.annexes.map((a) => a.number));
  return {
    kind: 'letter',
    header: `${model.meta.docNumber} · 批复`,
    title: l.titleText,
    docNumber: l.docNumber.text,
    addressees: l.addressees.text,
    opening: l.opening.text,
    paragraphs: l.paragraphs.map((p) => ({ label: p.label.text, runs: cutRuns(p), notes: p.corrections.map(correctionNote) })),
    annexListLead: l.annexListLead.text.trim(),
    annexList: l.annexList.map((e) => ({ label: e.label.text.trim(), title: e.titleText, anchor: present.has(e.number) ? anchorOf(e.number) : null })),
    signature: l.signature.text,
    date: l.date.text,
    note: l.note?.text ?? null,
    address: address({ kind: 'letter' }),
  };
}

function annexPart(model: DocumentModel, a: Annex, address: (t: UrlTarget) => PdfAddress): PdfAnnex {
  return {
    kind: 'annex',
    header: `${model.meta.docNumber} · ${annexName(a)}`,
    anchor: anchorOf(a.number),
    eyebrow: `${model.meta.docNumber} ${annexLabel(a.number)}`,
    title: a.titleText,
    scope: a.scope?.text ?? null,
    address: address({ kind: 'annex', region: a.region }),
    sections: a.sections.map((s) => ({
      heading: sectionHeading(s),
      clauses: s.clauses.map((c) => ({
        label: c.labelText,
        ...splitTitle(c),
        notes: c.corrections.map(correctionNote),
        address: address({ kind: 'clause', region: c.region, clause: c.number }),
      })),
    })),
  };
}

/** The printed address of the PDF's first clause, to show what an address looks like. */
const example = (parts: (PdfLetter | PdfAnnex)[]) => parts.flatMap((p) => (p.kind === 'annex' ? p.sections.flatMap((s) => s.clauses) : []))[0]?.address.text ?? '/';

const anchorOf = (annex: number) => `annex-${annex}`;

function colophon(model: DocumentModel, parts: (PdfLetter | PdfAnnex)[], site: Deployment, address: (t: UrlTarget) => PdfAddress): PdfData['colophon'] {
  const { meta } = model;
  const corrected = parts.some((p) => (p.kind === 'letter' ? p.paragraphs.some((x) => x.notes.length) : p.sections.some((s) => s.clauses.some((c) => c.notes.length))));
  const lines = [
    `文本：${meta.title}（${meta.docNumber}）及其附件，${meta.issuer}${model.letter.date.text}成文${meta.datePublished ? `，${chineseDate(meta.datePublished)}发布` : ''}。`,
    '本文件为参考站点的非官方整理版本，仅供阅读参考；内容以官方发布的文本为准。',
    ...(corrected ? ['编者订正：加删除线的是原文，其后为订正，并附编者注说明。'] : []),
    ...(site.origin ? [] : [`本站网址未配置：各条之下印的是它在本站的路径（如 ${example(parts)}），不含域名，也不带链接。`]),
  ];
  return { lines, site: site.origin ? address({ kind: 'home' }) : null };
}
