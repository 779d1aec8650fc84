// Where a Chinese title may break across lines: between words, never inside one. Headings are
// set with `word-break: keep-all` and a <wbr> between the words given here, so a line can only
// end where a word does (要素市场化 / 配置, not 要素市场 / 化配置). Used wherever a title is written
// (the converter's MDX, the site's components) and by the tests that check the line boxes.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Characters the segmenter's dictionary cuts off as one-character words though they never stand
 * alone in these titles: suffixes stay with the word before them (市场化, 劳动力, 社会性, 服务业,
 * 都市圈, 产业链, 郑州市, 大湾区), prefixes with the word after them (多层次, 跨区域, 副中心,
 * 新领域, 高水平, 低效). Judged on the document's 290 titles; not a dictionary of words.
 */
const SUFFIXES = new Set('化性力业圈链市区');
const PREFIXES = new Set('多跨副新高低');
/** Punctuation that closes (stays with what precedes it) or opens (stays with what follows). */
const CLOSING = /^[、，。：；！？）》」』”’〕】]$/u;
const OPENING = /^[（《「『“‘〔【]$/u;
const HAN = /^\p{Script=Han}$/u;
const NUMERAL = /^[\d〇零一二三四五六七八九十百千两]+$/u;

const isHanChar = (s: string) => s.length === 1 && HAN.test(s);
const endsHan = (s: string) => HAN.test(s.at(-1) ?? '');
const startsHan = (s: string) => HAN.test(s[0] ?? '');

/** Whether a line may break between two adjacent segments of the segmenter (`earlier` precedes `before`). */
function mayBreak(earlier: string, before: string, after: string): boolean {
  if (CLOSING.test(after) || OPENING.test(before)) return false;
  // A number is one word, however the dictionary reads it: 二十|一 in （二十一）.
  if (NUMERAL.test(before) && NUMERAL.test(after)) return false;
  // Figures stay with the word before them and a measure word after them: 附件4, 42条.
  if (/^\d/.test(after) || (/\d$/.test(before) && isHanChar(after))) return false;
  // A one-character word that opens the title or a phrase belongs to what follows: 粤港澳.
  if (isHanChar(before) && !endsHan(earlier) && startsHan(after)) return false;
  // Runs of one-character words are compounds the dictionary lacks: 试点, 批复, 优化, 杭甬温.
  if (isHanChar(before) && isHanChar(after)) return false;
  if (isHanChar(after) && SUFFIXES.has(after) && endsHan(before)) return false;
  if (isHanChar(before) && PREFIXES.has(before) && startsHan(after)) return false;
  return true;
}

/** Titles already read: the same heading is set on the clause, annex, domain, topic and print pages. */
const known = new Map<string, readonly string[]>();

/** The words of a title, in order, to set with a break opportunity between each (their concatenation is the title). */
export function words(title: string): string[] {
  const cached = known.get(title);
  if (cached) return [...cached];
  const out = segment(title);
  if (known.size < 10_000) known.set(title, out);
  return [...out];
}

function segment(title: string): string[] {
  const out: string[] = [];
  let earlier = '';
  let previous = '';
  for (const { segment } of segmenter.segment(title)) {
    if (out.length > 0 && !mayBreak(earlier, previous, segment)) out[out.length - 1] += segment;
    else out.push(segment);
    [earlier, previous] = [previous, segment];
  }
  return out;
}

/** The offsets (UTF-16, as the DOM counts) where a line of the title may start, besides 0. */
export function breakOffsets(title: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const w of words(title).slice(0, -1)) offsets.push((at += w.length));
  return offsets;
}

/**
 * The words of a title grouped into phrases of at least `min` characters: for lists in small type,
 * where a break every few characters is enough and each <wbr> costs bytes on every page that
 * repeats the list. Every phrase boundary is a word boundary.
 */
export function phrases(title: string, min: number): string[] {
  const out: string[] = [];
  for (const w of words(title)) {
    const last = out.at(-1);
    if (last !== undefined && last.length < min) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

/** The first words of a text, as many as fit in `max` characters (at least one): a label that never ends inside a word. */
export function firstWords(text: string, max: number): string {
  let out = '';
  for (const w of words(text)) {
    if (out && out.length + w.length > max) break;
    out += w;
  }
  return out;
}

const FULL_WIDTH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…]/u;

/**
 * How wide a text would run on one line, in ems: a Chinese character or full-width mark is an em,
 * anything else (Latin letters, figures, spaces) 0.57 of one (the serif faces' average with the
 * space a ragged line leaves, measured on the English clauses). An estimate for reserving the
 * height of text not yet laid out (lines ≈ ems ÷ ems per line), not a measurement.
 */
export function emWidth(text: string): number {
  let ems = 0;
  for (const ch of text) ems += FULL_WIDTH.test(ch) ? 1 : 0.57;
  return Math.ceil(ems);
}
