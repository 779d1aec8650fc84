// Chinese numerals read as numbers where a number is meant: a numeral run after 第 or before a
// measure word or unit (科创三十条 is 科创30条, 三条控制线 is 3条控制线, 延长一次 is 延长1次). Elsewhere
// a numeral is part of a word and stays (一体化, 统一, 一带一路, 十四五). Applied alike to the corpus
// and to the query, on the normalised text, as a second view: matching tries both views.

import { readChineseNumeral } from '../../model/numerals.ts';
import type { View } from './normalize.ts';

/** Measure words and units after which a numeral is a number (longest first where they share a start). */
const UNITS = ['小时', '公里', '千米', '平方', '条', '项', '年', '次', '个', '家', '亿', '万', '%', '倍', '批', '类', '件', '种', '月', '日', '天', '名', '所', '座', '轮', '届', '期', '宗', '亩', '户', '元', '套', '份', '张', '周', '岁', '吨'];

const RUN = /[〇零一二两三四五六七八九十百千]+/gu;

/** Reads a Chinese numeral (三十, 一千零五, 两, 二〇二五) as Arabic digits; undefined if it is no number. */
export function readNumeral(run: string): string | undefined {
  const n = readChineseNumeral(run);
  return n === undefined ? undefined : String(n);
}

/**
 * True where the numeral run at [start, end) of the text means a number. With `atEdges` (a query),
 * a run at the start or end also does: the query's edge is not the text's, and the 第 before or the
 * unit after it may be in the text (三十 is the 30 of 科创30条).
 */
function meansNumber(text: string, start: number, end: number, atEdges: boolean): boolean {
  if (/\d/.test(text[start - 1] ?? '') || /\d/.test(text[end] ?? '')) return false;
  if (atEdges && (start === 0 || end === text.length)) return true;
  return text[start - 1] === '第' || UNITS.some((u) => text.startsWith(u, end));
}

/**
 * The view with numerals that mean numbers written in Arabic digits; the same view when there are
 * none. `atEdges`: the view is a query's, whose first and last numerals may mean numbers too.
 */
export function numeralView(view: View, atEdges = false): View {
  const found: [start: number, end: number, digits: string][] = [];
  for (const m of view.text.matchAll(RUN)) {
    const s = m.index;
    const e = s + m[0].length;
    const digits = meansNumber(view.text, s, e, atEdges) ? readNumeral(m[0]) : undefined;
    if (digits !== undefined) found.push([s, e, digits]);
  }
  if (!found.length) return view;
  // The new view's length is known before it is written: its two maps are one typed buffer.
  let size = view.text.length;
  for (const [s, e, digits] of found) size += digits.length - (e - s);
  const spans = new Uint32Array(2 * size);
  const start = spans.subarray(0, size);
  const end = spans.subarray(size);
  let text = '';
  let n = 0;
  let cursor = 0;
  const copy = (to: number) => {
    text += view.text.slice(cursor, to);
    for (let i = cursor; i < to; i++) {
      start[n] = view.start[i];
      end[n++] = view.end[i];
    }
  };
  for (const [s, e, digits] of found) {
    copy(s);
    text += digits;
    for (let k = 0; k < digits.length; k++) {
      start[n] = view.start[s];
      end[n++] = view.end[e - 1];
    }
    cursor = e;
  }
  copy(view.text.length);
  return { text, start, end };
}
