// Everything the compare pages' scripts write, in the two languages of the pages: one table per
// language, one behaviour for both (concordance-view, choice, matrix-view, pair-chooser). The words
// claim no more than the comparison found: a measure a pilot is not in was not found in its plan,
// never "it has no such measure". Pilot names come from the page, as its chooser shows them.

import { englishCount, englishList } from '../../model/labels.ts';
import type { Lang } from '../../model/urls.ts';

/** The two sides of a pair, and the measures none of them states. */
export interface PairCount {
  both: number;
  onlyFirst: number;
  onlySecond: number;
  neither: number;
}

/** What one side of a pair of pilots has in the measures table (found in both plans, in one only, in neither). */
export interface MatrixPair {
  a: string;
  b: string;
  both: number;
  first: number;
  second: number;
  neither: number;
}

/** The words of the compare scripts in one language. */
export interface CompareWords {
  /** Concordance status lines and the note standing for the collapsed measures (choice.ts). */
  all: (pilots: number) => string;
  one: (name: string, every: number, none: number) => string;
  oneCollapsed: (name: string, none: number) => string;
  many: (names: string[], every: number, some: number, none: number) => string;
  manyCollapsed: (none: number) => string;
  pair: (first: string, second: string, count: PairCount) => string;
  pairCollapsed: (neither: number) => string;
  /** The headings of a pair's three groups: both, only the first, only the second. */
  pairHeadings: (first: string, second: string, count: PairCount) => [string, string, string];
  /** A column's cell for a pilot a measure was not found in. */
  notFound: string;
  /** Above the lists of what was not found elsewhere, when only the chosen pilots' are shown. */
  ownNote: (names: string[]) => string;
  /** The button that opens and closes the collapsed measures. */
  showOff: string;
  hideOff: string;
  /** Whether a pair's second wording is diffed against the first: the marks compare Chinese wordings. */
  diffsPair: boolean;
  /** The measures table's status line, from its parts. */
  matrixShown: (n: number) => string;
  matrixTopic: (label: string, pilots: number) => string;
  matrixPair: (p: MatrixPair) => string;
  sentences: (parts: string[]) => string;
  /** /compare/'s pair, in words. */
  pairNames: (a: string, b: string) => string;
}

const zh: CompareWords = {
  all: (pilots) => `显示全部${pilots}个试点。勾选一个试点看它的举措，两个试点逐项比较，最多四个并列。`,
  one: (name, every, none) => `只看${name}：它采用其中${every}项共同举措；另${none}项在它的方案中未找到相近表述，已折叠。`,
  oneCollapsed: (name, none) => `另有${none}项共同举措在${name}的方案中未找到相近表述。`,
  many: (names, every, some, none) => `${names.join('、')}：${every}项共同举措所选试点都采用，${some}项只在部分试点的方案中找到${none > 0 ? `；另${none}项所选试点都未找到，已折叠` : ''}。`,
  manyCollapsed: (none) => `另有${none}项共同举措在所选试点的方案中都未找到相近表述。`,
  pair: (first, second, c) =>
    `${first}与${second}：${c.both}项举措两者都有；${c.onlyFirst}项只在${first}的方案中找到，${c.onlySecond}项只在${second}的方案中找到${c.neither > 0 ? `；另${c.neither}项其他试点采用、两者都未找到，已折叠` : ''}。两者都有的举措，${second}的措辞对照${first}标出差异。`,
  pairCollapsed: (neither) => `另有${neither}项共同举措在两者的方案中都未找到相近表述。`,
  pairHeadings: (a, b, c) => [`两者都有（${c.both}项）`, `只在${a}的方案中找到（${c.onlyFirst}项）`, `只在${b}的方案中找到（${c.onlySecond}项）`],
  notFound: '未找到相近表述',
  ownNote: (names) => `只显示${names.join('、')}未找到相近表述的内容；其余试点的见“显示全部试点”。`,
  showOff: '展开',
  hideOff: '收起',
  diffsPair: true,
  matrixShown: (n) => `显示${n}项举措`,
  matrixTopic: (label, pilots) => `主题“${label}”：${pilots}个试点的条款提及它，下列举措的原文含有其识别用语`,
  matrixPair: ({ a, b, both, first, second, neither }) =>
    `${a}与${b}：${both}项两者都有，${first}项只在${a}的方案中找到，${second}项只在${b}的方案中找到；另${neither}项其他试点采用、两者都未找到，未列出。点击举措名称看两者的完整原文和措辞差异`,
  sentences: (parts) => `${parts.join('。')}。`,
  pairNames: (a, b) => `${a}与${b}`,
};

const measures = (n: number, one = 'measure') => englishCount(n, one);
const were = (n: number) => (n === 1 ? 'was' : 'were');

const en: CompareWords = {
  all: (pilots) => `Showing all ${pilots} pilots. Tick one pilot to see its measures, two to compare them measure by measure, or up to four to set side by side.`,
  one: (name, every, none) => `${name} only: it states ${every} of the shared measures${none > 0 ? `; ${measures(none, 'other')} ${were(none)} not found in its plan and ${none === 1 ? 'is' : 'are'} collapsed` : ''}.`,
  oneCollapsed: (name, none) => `${measures(none, 'more shared measure')} ${were(none)} not found in ${name}’s plan.`,
  many: (names, every, some, none) =>
    `${englishList(names)}: ${measures(every, 'shared measure')} stated by all of them, ${some} found in only some of their plans${none > 0 ? `; ${none} found in none of them, collapsed` : ''}.`,
  manyCollapsed: (none) => `${measures(none, 'more shared measure')} ${were(none)} not found in any of the chosen pilots’ plans.`,
  pair: (first, second, c) =>
    `${first} and ${second}: ${measures(c.both)} in both; ${c.onlyFirst} found only in ${first}’s plan, ${c.onlySecond} only in ${second}’s${c.neither > 0 ? `; ${c.neither} more, stated by other pilots and found in neither plan, collapsed` : ''}.`,
  pairCollapsed: (neither) => `${measures(neither, 'more shared measure')} ${were(neither)} not found in either plan.`,
  pairHeadings: (a, b, c) => [`In both (${measures(c.both)})`, `Found only in ${a}’s plan (${measures(c.onlyFirst)})`, `Found only in ${b}’s plan (${measures(c.onlySecond)})`],
  notFound: 'Not found in this plan',
  ownNote: (names) => `Showing only what was not found elsewhere for ${englishList(names)}; “Show all pilots” shows every pilot’s.`,
  showOff: 'Show them',
  hideOff: 'Hide them',
  diffsPair: false,
  matrixShown: (n) => `Showing ${measures(n)}`,
  matrixTopic: (label, pilots) => `Topic “${label}”: the clauses of ${englishCount(pilots, 'pilot')} mention it, and the quotations of the measures below hold its identifying phrases`,
  matrixPair: ({ a, b, both, first, second, neither }) =>
    `${a} and ${b}: ${both} in both, ${first} found only in ${a}’s plan, ${second} only in ${b}’s; ${neither} more, stated by other pilots and found in neither plan, not listed. Open a measure’s name to read both pilots’ sentences`,
  sentences: (parts) => `${parts.join('. ')}.`,
  pairNames: (a, b) => `${a} and ${b}`,
};

/** The compare scripts' words in a language. */
export function compareWords(lang: Lang): CompareWords {
  return lang === 'en' ? en : zh;
}

/** The language of the page a script runs on (its <html lang>: en under /en/, zh-CN elsewhere). */
export function pageLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'zh';
}
