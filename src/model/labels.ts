// How the site, the export, the PDFs and the messages name the document's parts: 附件3,
// 附件3 杭甬温, 附件3（十二）, （十二）增加有效金融服务供给. Written once, here; the link registry
// stores these labels for every id.

import { clauseLabel } from './numerals.ts';

/** 附件3. */
export function annexLabel(annex: number): string {
  return `附件${annex}`;
}

/** 附件3 杭甬温: an annex by number and pilot. */
export function annexName(a: { number: number; regionName: string }): string {
  return `${annexLabel(a.number)} ${a.regionName}`;
}

/** 附件3（十二）: a clause as references and citations name it. */
export function clauseRef(c: { annex: number; number: number }): string {
  return `${annexLabel(c.annex)}${clauseLabel(c.number)}`;
}

/** （十二）增加有效金融服务供给: a clause as its heading reads. */
export function clauseHeading(c: { number: number; title: string }): string {
  return `${clauseLabel(c.number)}${c.title}`;
}

/** 一、促进技术要素向现实生产力转化: a section as its heading reads, label as printed. */
export function sectionHeading(s: { label: { text: string }; heading: { text: string } }): string {
  return `${s.label.text}${s.heading.text}`;
}

/** 批复 一、: a paragraph of the approval letter. */
export function paragraphName(p: { label: { text: string } }): string {
  return `批复 ${p.label.text}`;
}

/** 2025年9月11日 from 2025-09-11 (empty when unknown). */
export function chineseDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 11 September 2025 from 2025-09-11 (empty when unknown). */
export function englishDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : '';
}

/** A count in English words, singular or plural: 1 measure, 12 measures. */
export function englishCount(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Names as an English sentence lists them: Beijing; Beijing and Chengdu; Beijing, Hefei and Chengdu. */
export function englishList(names: readonly string[]): string {
  return names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** 原文“…”，应为“…”。 and the editor's note: how the site, the PDFs and llms-full.txt word a correction. */
export function correctionNote(c: { original: string; correction: string; note: string }): string {
  return `原文“${c.original.trim()}”，应为“${c.correction}”。${c.note}`;
}
