// Measure parts: a sentence of a plan often states several measures (…探索A，支持B；推动C。), and
// comparing whole sentences misses a measure that another plan states alone. A part is a stretch
// of one sentence that states one measure: sentences are cut at every ；, and at a ， after which a
// new predicate begins (支持…, 探索…, 推动…), unless what came before is only a setting for what
// follows (依托…，按照…，在…基础上，). Clause titles are headings, not measures: they have no parts.

import { allClauses } from '../../model/walk.ts';
import type { DocumentModel } from '../../model/types.ts';

/** The verbs and adverbs with which a new measure opens in these plans (the commonest openers of a ，-piece, read from the text). */
const PREDICATES = [
  '探索', '支持', '推动', '完善', '鼓励', '推进', '建立', '深化', '加强', '健全', '加快', '开展', '促进', '优化', '强化', '积极',
  '研究', '全面', '有序', '构建', '引导', '建设', '实施', '持续', '统筹', '扩大', '提高', '深入', '推行', '发挥', '允许', '培育',
  '规范', '推广', '制定', '打造', '提升', '严格', '形成', '逐步', '落实', '拓宽', '加大', '保障', '出台', '运用', '试行', '拓展',
  '指导', '稳步', '优先', '用好', '增加', '畅通', '引进', '细化', '采取', '实行', '提供', '做好', '稳妥', '联合', '打通', '稳慎',
  '布局', '编制', '做大', '率先', '适时', '放宽', '大力', '组建', '加速', '组织', '坚决', '整治', '协调', '总结', '延长', '设立',
  '开发', '赋予', '吸引', '取消', '简化', '降低', '搭建', '设置', '创新', '依托', '按照', '依法', '通过', '聚焦', '围绕', '结合',
  '针对', '立足', '根据',
];

/** Openers that set the scene for the predicate after them: the piece they open joins the next one. */
const SETTINGS = ['依托', '按照', '依法', '通过', '聚焦', '围绕', '结合', '针对', '立足', '根据'];

/** A piece that sets conditions (在符合国土空间规划的前提下，) opens a measure and joins the next piece too. */
const CONDITION = /^在.*(?:前提下|基础上|条件下|情况下|过程中|范围内)[，；]?$/u;

/** A part shorter than this (in characters, punctuation aside) joins the part after it. */
const MIN_LENGTH = 6;

const SEPARATOR = /[，；]/u;
const TRAILING = /[，；。！？\s]+$/u;
const PUNCTUATION = /[\s，。、；：！？“”‘’（）《》〔〕【】—…·]/gu;

/** One measure part: its span in its sentence (code units), without the punctuation that closes it. */
export interface Span {
  start: number;
  end: number;
}

/** Where a sentence's measures begin and end. */
export function splitParts(sentence: string): Span[] {
  const pieces: Span[] = [];
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (SEPARATOR.test(sentence[i])) {
      pieces.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  if (from < sentence.length) pieces.push({ start: from, end: sentence.length });

  const spans: Span[] = [];
  let current: Span | null = null;
  let setting = false;
  for (const piece of pieces) {
    const text = sentence.slice(piece.start, piece.end);
    const afterSemicolon = current !== null && sentence[current.end - 1] === '；';
    const condition = CONDITION.test(text);
    const opens = condition || PREDICATES.some((p) => text.startsWith(p));
    const long = current !== null && sentence.slice(current.start, current.end).replace(PUNCTUATION, '').length >= MIN_LENGTH;
    if (current && (afterSemicolon || (opens && !setting && long))) {
      spans.push(current);
      current = null;
    }
    current = current ? { start: current.start, end: piece.end } : { ...piece };
    setting = condition || SETTINGS.some((s) => text.startsWith(s));
  }
  if (current) spans.push(current);
  return spans.map((s) => ({ start: s.start, end: s.start + sentence.slice(s.start, s.end).replace(TRAILING, '').length })).filter((s) => s.end > s.start);
}

/** A measure part of the document: where it stands and what it says. */
export interface Part {
  /** `{clause}#s{sentence}@{start}`: unique, and stable while the sentence is. */
  key: string;
  region: string;
  clause: string;
  domain: string;
  /** 1-based sentence number in the clause (the page anchor #s{k}). */
  sentence: number;
  /** Offsets in the sentence (code units). */
  start: number;
  end: number;
  text: string;
}

/** Every measure part of every clause, in document order; clause titles (sentence 1) have none. */
export function partsOf(model: DocumentModel): Part[] {
  return allClauses(model).flatMap((c) =>
    c.sentences.slice(1).flatMap(({ text: sentence }, i) =>
      splitParts(sentence).map(({ start, end }) => ({
        key: `${c.id}#s${i + 2}@${start}`,
        region: c.region,
        clause: c.id,
        domain: c.domain,
        sentence: i + 2,
        start,
        end,
        text: sentence.slice(start, end),
      })),
    ),
  );
}
