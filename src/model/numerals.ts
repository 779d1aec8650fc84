// Chinese numerals as the document prints them: 一 … 十, 十一 … 十九, 二十 … 九十九.
// Clause labels （十二）, section labels 一、 and citations all go through these two functions.

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

/** Reads a Chinese numeral (十二, 二十四, 一百零五) or up to six ASCII digits; undefined if it is neither. */
export function parseChineseNumeral(text: string): number | undefined {
  if (/^\d{1,6}$/.test(text)) return Number(text);
  if (text.length > 12) return undefined;
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = ch === '两' ? 2 : Math.max(0, DIGITS.indexOf(ch === '零' ? '〇' : ch));
    }
  }
  total += digit;
  return total > 0 && toChineseNumeral(total) === text.replace('两', '二') ? total : undefined;
}

/** The printed label of clause n: （十二）. */
export function clauseLabel(n: number): string {
  return `（${toChineseNumeral(n)}）`;
}

/** The printed label of section or letter paragraph n: 一、. */
export function sectionLabel(n: number): string {
  return `${toChineseNumeral(n)}、`;
}
