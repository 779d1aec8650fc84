// Chinese numerals: written as the document prints them (一 … 十, 十一 … 九十九, 一百零五), and read by
// one reader, for the document's labels, citations and the search alike.

const DIGITS = '〇一二三四五六七八九';

/** Writes 1–999 as the document does (十二, not 一十二). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no Chinese numeral for ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds) out += DIGITS[hundreds] + '百';
  if (tens) out += (tens === 1 && !hundreds ? '' : DIGITS[tens]) + '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

const VALUES: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** A numeral of places as people write one: 三十, 一百零五, 两千零二十, 十二. */
const PLACED = /^(?:[一二两三四五六七八九]千)?(?:零?[一二两三四五六七八九]百)?(?:零?[一二两三四五六七八九]?十)?(?:零?[一二两三四五六七八九])?$/u;

/**
 * The one reader of Chinese numerals: a numeral of places (三十, 一千零五, 两百) or a run of digit
 * characters with a zero (二〇二五, as years are written); undefined if the text is no number. The
 * search reads numerals with it, and parseChineseNumeral the labels of the document.
 */
export function readChineseNumeral(text: string): number | undefined {
  if (/^[〇零一二三四五六七八九]{2,}$/u.test(text) && /[〇零]/u.test(text)) return Number([...text].map((c) => VALUES[c]).join(''));
  if (!text || !PLACED.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in PLACES) {
      total += (digit || 1) * PLACES[ch];
      digit = 0;
    } else digit = VALUES[ch];
  }
  total += digit;
  return total > 0 ? total : undefined;
}

/** Reads a label's number as the document prints it (十二, 二十四, 一百零五: the forms toChineseNumeral writes) or up to six ASCII digits; undefined if it is neither. */
export function parseChineseNumeral(text: string): number | undefined {
  if (/^\d{1,6}$/.test(text)) return Number(text);
  if (text.length > 12) return undefined;
  const n = readChineseNumeral(text);
  return n !== undefined && n <= 999 && toChineseNumeral(n) === text.replace('两', '二') ? n : undefined;
}

/** The printed label of clause n: （十二）. */
export function clauseLabel(n: number): string {
  return `（${toChineseNumeral(n)}）`;
}

/** The printed label of section or letter paragraph n: 一、. */
export function sectionLabel(n: number): string {
  return `${toChineseNumeral(n)}、`;
}
