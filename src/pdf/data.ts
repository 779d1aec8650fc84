// The document model turned into what the Typst template reads (as JSON, through Typst’s json()):
// every string the seed or the errata file supplies travels as data, never as markup, so no text
// can be read as Typst code. Every address is made by urlFor/absoluteUrlFor.

import { annexLabel, annexName, chineseDate, correctionNote, sectionHeading } from '../model/labels.ts';
import type { Annex, DocumentModel, Letter } from '../model/types.ts';
import { publicUrlFor, type Deployment, type UrlTarget } from '../model/urls.ts';
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
  title: string;
  parts: (PdfLetter | PdfAnnex)[];
  colophon: { lines: string[]; site: PdfAddress | null };
}

/** The data of one PDF: the annex `content.region`, or the letter and all annexes. */
export function buildPdfData(model: DocumentModel, content: PdfContent, site: Deployment): PdfData {
  const address = addressOn(site);
  const annexes = content.region === null ? model.annexes : model.annexes.filter((a) => a.region === content.region);
  if (annexes.length === 0) throw new Error(`no annex for region ${content.region}`);
  const parts = [...(content.region === null ? [letterPart(model, address)] : []), ...annexes.map((a) => annexPart(model, a, address))];
  return { title: content.title, parts, colophon: colophon(model, parts, site, address) };
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
