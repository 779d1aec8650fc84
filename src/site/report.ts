// The converter's report in the reader's language: every repair it made, where, and what it did,
// for the about page. Built from the warnings it printed (rule id and position) and the model.

import type { Diagnostic } from '../converter/diagnostics.ts';
import type { Clause } from '../model/types.ts';
import { allClauses, href, model } from './model.ts';

/** One repair as the about page lists it. */
export interface RepairLine {
  rule: string;
  line: number;
  column: number;
  what: string;
  link?: { label: string; href: string };
}

export const RULE_NAMES: Record<string, string> = {
  'page-break-join': '分页断开的段落已合并',
  'title-space': '标题中的换行空格已删除',
  'annex-marker-missing': '缺失的“附件N”行已按标题恢复',
  'latin-word': '中文句中混入的英文单词（原文保留，见勘误）',
  'footer-key-space': '信息表键名中的空格已规范',
  'clause-label-halfwidth': '半角括号的条款编号已规范',
};

const clauseLink = (c: Clause) => ({ label: `附件${c.annex}${c.labelText}`, href: href({ kind: 'clause', region: c.region, clause: c.number }) });

function describe(d: Diagnostic): RepairLine {
  const base = { rule: d.ruleId, line: d.line, column: d.column };
  if (d.ruleId === 'page-break-join') {
    const clause = allClauses().find((c) => c.segments.some((s, i) => i > 0 && s.at.line === d.line));
    if (clause) {
      const i = clause.segments.findIndex((s) => s.at.line === d.line);
      const before = clause.segments[i - 1];
      const atEnd = /[。！？]$/.test(before.text);
      return {
        ...base,
        what: `第${before.at.line}行与第${d.line}行同属一条，${atEnd ? '分页恰在句末' : `分页断在句中（“…${[...before.text].slice(-4).join('')}｜${[...clause.segments[i].text].slice(0, 4).join('')}…”）`}，已合并。`,
        link: clauseLink(clause),
      };
    }
  }
  if (d.ruleId === 'title-space') {
    const annex = model.annexes.find((a) => a.title.at.line === d.line);
    return { ...base, what: annex ? `附件${annex.number}标题“${annex.title.text}”中的空格已删除。` : `批复标题“${model.letter.title.text}”中的空格已删除。` };
  }
  if (d.ruleId === 'annex-marker-missing') {
    const annex = model.annexes.find((a) => a.title.at.line === d.line);
    return { ...base, what: `第${d.line}行前缺少“附件${annex?.number}”一行；其标题与批复附件列表第${annex?.number}项一致，已按附件${annex?.number}恢复。`, link: annex ? { label: `附件${annex.number}`, href: href({ kind: 'annex', region: annex.region }) } : undefined };
  }
  if (d.ruleId === 'latin-word') {
    const clause = allClauses().find((c) => c.corrections.some((x) => x.at.line === d.line && x.at.column === d.column));
    return { ...base, what: `中文句中出现英文单词“${/“(\w+)”/.exec(d.message)?.[1] ?? ''}”；原文照录，更正见勘误。`, link: clause ? clauseLink(clause) : undefined };
  }
  if (d.ruleId === 'footer-key-space') {
    return { ...base, what: '文件信息表中的键名“标 题”规范为“标题”。' };
  }
  return { ...base, what: d.message };
}

/** Every repair the converter reported, in seed order. */
export function repairLines(warnings: readonly Diagnostic[]): RepairLine[] {
  return warnings.map(describe);
}
