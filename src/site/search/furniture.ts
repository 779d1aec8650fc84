// Page furniture in a passage pasted from the PDF: the page number (— 12 —, - 3 -, or a number on a
// line of its own, which arrives as a lone number between two characters of text) and the running
// head (the annex's title, printed at the top of every page) land in the middle of the sentence, so
// the passage as pasted occurs nowhere. Stripped only when the query as typed finds nothing, and
// the page says what it dropped.

import { foldWidth } from '../../model/text.ts';

/** A query with page furniture taken out, and what was taken (width folded: －１２－ is -12-). */
export interface Stripped {
  q: string;
  dropped: string[];
}

/** A page number between dashes (any dash, hyphen or minus; full-width digits folded first). */
const DASHED = /[-‐‑‒–—―－−]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[-‐‑‒–—―－−]{1,2}/gu;
/** A number of up to four digits between two Han characters, spaces or line breaks around it. */
const LONE = /(?<=\p{Script=Han})\s*\d{1,4}\s*(?=\p{Script=Han})/gu;
/** The same, only where a space or line break sets it apart: likelier a page number than 30家. */
const LONE_APART = /(?<=\p{Script=Han})(?:\s+\d{1,4}\s*|\s*\d{1,4}\s+)(?=\p{Script=Han})/gu;

/** A running head as a pattern: its characters in order, with any spaces or line breaks between them. */
function headPattern(head: string): RegExp {
  const chars = [...head.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(chars.join('\\s*'), 'gu');
}

/** Takes every match of the patterns out of the text; what was taken, trimmed, in order. */
function drop(text: string, patterns: readonly RegExp[]): Stripped {
  const dropped: string[] = [];
  let q = text;
  for (const p of patterns) {
    q = q.replace(p, (m) => {
      dropped.push(m.trim());
      return '';
    });
  }
  return { q, dropped };
}

/**
 * The query with its page furniture taken out, as candidates to try in order, the most careful
 * first: dashed page numbers and running heads (`heads`: the annexes' and the letter's titles);
 * then also lone numbers set apart by spaces; then every lone number between Han characters. A
 * running head is taken out only inside the passage, where text surrounds it (a query that is a
 * title is a title). Only candidates that take something out and leave two characters or more.
 */
export function withoutFurniture(query: string, heads: readonly string[]): Stripped[] {
  const text = foldWidth(query);
  const inside = heads.filter((h) => h.length >= 6).map((h) => new RegExp(`(?<=\\S[\\s\\S]*)${headPattern(h).source}(?=[\\s\\S]*\\S)`, 'gu'));
  const steps = [[DASHED, ...inside], [LONE_APART], [LONE]];
  const out: Stripped[] = [];
  let current: Stripped = { q: text, dropped: [] };
  for (const step of steps) {
    const next = drop(current.q, step);
    if (!next.dropped.length) continue;
    current = { q: next.q, dropped: [...current.dropped, ...next.dropped] };
    if ([...current.q.replace(/\s+/g, '')].length >= 2) out.push(current);
  }
  return out;
}

/** What the page says it dropped: 已略去疑似页码或页眉：“— 12 —”“北京城市副中心…”。 */
export function droppedLine(dropped: readonly string[]): string {
  const shown = dropped.slice(0, 4).map((d) => `“${d.replace(/\s+/g, ' ')}”`).join('');
  return `已略去疑似页码或页眉：${shown}${dropped.length > 4 ? `等${dropped.length}处` : ''}。`;
}
