// Excerpts as parts (text, or marked text), so the page builds them with text nodes and never puts
// document text into innerHTML.

import type { Hit } from './exact.ts';

/** A run of excerpt text; `mark` runs are the matches. */
export interface Part {
  text: string;
  mark: boolean;
}

/** About `width` characters around the first hit, with every hit inside marked. */
export function excerpt(text: string, hits: readonly Hit[], width = 72): Part[] {
  if (text.length <= width || hits.length === 0) return markRange(text, 0, text.length, hits);
  const first = hits[0];
  let start = Math.max(0, first.start - Math.floor(width / 3));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  const parts = markRange(text, start, end, hits);
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

function markRange(text: string, start: number, end: number, hits: readonly Hit[]): Part[] {
  const parts: Part[] = [];
  let cursor = start;
  for (const h of hits) {
    const s = Math.max(h.start, cursor);
    const e = Math.min(h.end, end);
    if (e <= s) continue;
    if (s > cursor) parts.push({ text: text.slice(cursor, s), mark: false });
    parts.push({ text: text.slice(s, e), mark: true });
    cursor = e;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false });
  return parts;
}

// Pagefind joins the words it segmented with spaces; Chinese text has none between its characters.
const CJK = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”]';
const SPACE_BY_CJK = new RegExp(`\\s+(?=(?:</?mark>)?${CJK})|(?<=${CJK}(?:</?mark>)?)\\s+`, 'gu');

/** Pagefind's excerpt (escaped text with <mark>) as parts, without the spaces it put between Chinese words. */
export function partsFromMarkedHtml(html: string): Part[] {
  const unescape = (s: string) =>
    s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e] ?? '');
  return html
    .replace(SPACE_BY_CJK, '')
    .split(/(<mark>.*?<\/mark>)/s)
    .filter(Boolean)
    .map((chunk) => {
      const m = /^<mark>(.*)<\/mark>$/s.exec(chunk);
      return { text: unescape((m ? m[1] : chunk).replace(/<[^>]+>/g, '')), mark: Boolean(m) };
    });
}
