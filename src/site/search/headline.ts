// What the search page says above its results, as one sentence that is true after normalisation:
// “no clause contains …” only when none does, the whole query apart from its terms found apart,
// and the simplified form named when the query was converted.

import { ellipsis } from '../../model/text.ts';

/** What the sentence is about. */
export interface Tally {
  /** The query as searched: simplified, terms joined by spaces. */
  shown: string;
  /** The terms, when there are two or more. */
  terms: readonly string[];
  /** True when the query was converted to simplified characters. */
  converted: boolean;
  /** Results holding the whole query, and results holding every term apart. */
  whole: number;
  apart: number;
  /** True when filters (chosen or read from the query) narrow the results. */
  filtered: boolean;
  /** True when the query is a clause reference (附件三第十二条): the page leads with its link. */
  reference?: boolean;
  /** Wordings one character away from the query, shown when nothing holds it (search/near.ts). */
  near?: readonly string[];
}

const quoted = (s: string) => `“${ellipsis(s, 40)}”`;

/** The headline of a search. */
export function headline(t: Tally): string {
  const phrase = quoted(t.terms.length > 1 ? t.terms.join('') : t.shown);
  const each = t.terms.slice(0, 6).map(quoted).join('');
  const where = t.filtered ? '（已筛选）' : '';
  const simplified = t.converted ? `（按简体字${quoted(t.shown)}检索）` : '';
  if (t.whole > 0 && t.apart > 0) return `共 ${t.whole + t.apart} 条结果${where}：${t.whole} 条包含${phrase}，${t.apart} 条分别包含${each}。${simplified}`;
  if (t.whole > 0) return `共 ${t.whole} 条包含${phrase}的结果${where}。${simplified}`;
  if (t.apart > 0) return `没有条款包含完整的${phrase}；共 ${t.apart} 条分别包含${each}${where}。${simplified}`;
  // A reference is not a wording: that no clause prints it is no failure, the link above is the answer.
  if (t.reference) return `${phrase}是一处条款引用，请用上方的链接前往；条文中没有这串文字。`;
  const none = `没有包含${phrase}的条款${t.filtered ? '（在当前筛选范围内）' : ''}`;
  if (t.near?.length) return `${none}；以下条款有只差一个字的${t.near.map(quoted).join('')}。${simplified}`;
  return `${none}。${simplified}`;
}
