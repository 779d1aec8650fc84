// The site's own words that several components share, in both languages of its pages (a component's
// words of its own sit beside it, in both languages); never from the converter or the data.
// Chinese is the site's language; English is the unofficial reading layer under /en/.

import { toChineseNumeral } from '../model/numerals.ts';
import { DOMAINS } from '../model/tables.ts';
import type { Lang } from '../model/urls.ts';

export type { Lang };

const zh = {
  noteMark: '〔注〕',
  editorNote: '编者注',
  /** The label of an editorial note: 编者注：附件8（二）. */
  editorNoteFor: (where: string) => `编者注：${where}`,
  colon: '：',
  topicPhrases: '识别用语：',
  home: '首页',
  domains: `${toChineseNumeral(DOMAINS.length)}类要素`,
  topics: '政策主题',
  letter: '国务院批复',
  fullText: '全文',
  compare: '试点对照',
  contents: '目录',
  topicsIntro: (n: number) => `以下${n}个政策主题在多个试点方案中反复出现。主题词表经人工审核，条款中出现识别用语即标注该主题；每个主题页列出所有相关条款并标出用语。`,
  topicCount: (pilots: number, clauses: number) => `${pilots}个试点 · ${clauses}条`,
  domainsIntro: (pilots: string, domains: string) => `${pilots}个实施方案的${domains}个部分依次对应以下${domains}类要素。各部分的标题因试点而异，按要素汇总便于比较各试点的举措。`,
  clauseCount: (n: number) => `${n}条`,
};

type Ui = typeof zh;

const en: Ui = {
  noteMark: '[note]',
  editorNote: 'Editor’s note',
  editorNoteFor: (where: string) => `Editor’s note: ${where}`,
  colon: ': ',
  topicPhrases: 'Identified in the Chinese text by: ',
  home: 'Home',
  domains: 'The seven factors',
  topics: 'Policy topics',
  letter: 'State Council reply',
  fullText: 'Full text',
  compare: 'Compare the pilots',
  contents: 'Contents',
  topicsIntro: (n: number) => `These ${n} policy topics recur across the pilots’ plans. The vocabulary is reviewed by hand: a clause carries a topic when one of its identifying phrases occurs in the Chinese text; each topic’s page lists every clause that addresses it.`,
  topicCount: (pilots: number, clauses: number) => `${pilots} ${pilots === 1 ? 'pilot' : 'pilots'} · ${clauses} ${clauses === 1 ? 'clause' : 'clauses'}`,
  domainsIntro: (pilots: string, domains: string) => `The ${domains} sections of each of the ${pilots} implementation plans follow, in order, the ${domains} factors below. Each plan words its section headings in its own way; grouping the clauses by factor makes the pilots’ measures easy to compare.`,
  clauseCount: (n: number) => `${n} ${n === 1 ? 'clause' : 'clauses'}`,
};

/** The words of the site in one language. */
export function uiOf(lang: Lang): Ui {
  return lang === 'en' ? en : zh;
}
