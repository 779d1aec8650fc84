// The document's text as MDX markup, shared by every page that shows it (clause, annex, domain,
// topic, print): sentences as spans (anchored #s1 … on a clause's own page, marked `sh` when shared
// with other pilots), corrections beside the originals, and inline links or marks for topics.

import { clauseRef, correctionNote } from '../../model/labels.ts';
import { splitSentences } from '../../model/sentences.ts';
import type { Clause, Correction, TopicHit } from '../../model/types.ts';
import { urlFor } from '../../model/urls.ts';
import { breakOffsets } from '../../model/words.ts';
import { block, el, text, textBreaking, type AttrValue } from './markup.ts';

/** A run of text to wrap in an element: a topic link or a highlight. */
export interface Inline {
  start: number;
  end: number;
  tag: 'a' | 'mark';
  attrs: Record<string, AttrValue>;
}

export interface TextOptions {
  /** Anchor sentences #s1 … (only on the clause's own page: ids must be unique). */
  anchors?: boolean;
  /** Start at this sentence (0-based) when the first ones are shown elsewhere. */
  from?: number;
  /** Stop before this sentence (0-based). */
  to?: number;
  /** Per sentence, the other regions that share it; shared sentences get the class `sh`. */
  sharing?: string[][];
  /** Runs to wrap; any that would cross a sentence or a correction are left out. */
  inline?: Inline[];
  /** Offsets into the text where a line may break (a title's words): a <wbr /> goes there. */
  breaks?: number[];
}

function erratum(c: Correction): string {
  return el(
    'span',
    { class: 'erratum' },
    el('del', {}, text(c.original)),
    el('ins', {}, text(c.correction)),
    el('a', { class: 'erratum-ref', href: `#note-${c.id}` }, '〔注〕'),
  );
}

/** A text as MDX: sentences with corrections marked and inline runs wrapped. */
export function textMarkup(source: { text: string; corrections: Correction[] }, options: TextOptions = {}): string {
  const sentences = splitSentences(source.text);
  const to = options.to ?? sentences.length;
  const plain = (from: number, end: number) => textBreaking(source.text.slice(from, end), options.breaks ?? [], from);
  return sentences
    .map((s, i) => {
      if (i < (options.from ?? 0) || i >= to) return '';
      const end = s.start + s.text.length;
      type Item = { start: number; end: number; markup: (inner: string) => string; inner: string };
      const items: Item[] = [
        ...source.corrections.filter((c) => c.offset >= s.start && c.offset < end).map((c) => ({ start: c.offset, end: c.offset + c.original.length, markup: () => erratum(c), inner: '' })),
        ...(options.inline ?? [])
          .filter((r) => r.start >= s.start && r.end <= end)
          .map((r) => ({ start: r.start, end: r.end, markup: (inner: string) => el(r.tag, r.attrs, inner), inner: plain(r.start, r.end) })),
      ].sort((a, b) => a.start - b.start);
      let out = '';
      let cursor = s.start;
      for (const item of items) {
        if (item.start < cursor) continue; // overlaps an earlier run: leave it out
        out += plain(cursor, item.start) + item.markup(item.inner);
        cursor = item.end;
      }
      out += plain(cursor, end);
      const cls = ['s', i === 0 ? 's-first' : '', options.sharing?.[i]?.length ? 'sh' : ''].filter(Boolean).join(' ');
      return el('span', { class: cls, id: options.anchors ? `s${i + 1}` : undefined }, out);
    })
    .join('');
}

/** The editorial notes that explain a text's corrections; `where` names the text (附件4（二十）). Note ids are the corrections' own, unique in the document. */
export function notesMarkup(corrections: Correction[], where: string): string[] {
  return corrections.map((c) =>
    block(
      'aside',
      { class: 'editorial-note', id: `note-${c.id}`, 'aria-label': `编者注：${where}`, 'data-pagefind-ignore': true },
      el('p', {}, el('strong', {}, '编者注'), text(`：${correctionNote(c)}`)),
    ),
  );
}

/** Links the first place each of the clause's topics occurs to the topic's page. */
export function topicLinks(clause: Clause): Inline[] {
  const firsts = new Map<string, TopicHit>();
  for (const h of clause.topicHits) if (!firsts.has(h.topic)) firsts.set(h.topic, h);
  return [...firsts.values()].map((h) => ({ start: h.start, end: h.end, tag: 'a', attrs: { class: 'topic-link', href: urlFor({ kind: 'topic', topic: h.topic }) } }));
}

/** Marks every place a topic occurs (on the topic's own page). */
export function topicMarks(clause: Clause, topic: string): Inline[] {
  return clause.topicHits.filter((h) => h.topic === topic).map((h) => ({ start: h.start, end: h.end, tag: 'mark', attrs: { class: 'topic-hit' } }));
}

/**
 * A heading kept with the first clause under it, so that print never leaves it alone at a page's
 * foot. (A wrapper that does not break inside: break-after: avoid would do it too, but Chromium
 * then repeats the heading's text in the PDF outline.)
 */
export function keepWithFirst(heading: string, clauses: string[]): string[] {
  const [first, ...rest] = clauses;
  return first ? [block('div', { class: 'keep' }, heading, first), ...rest] : [heading];
}

/** How a clause is placed inside a longer page. */
export interface ArticleOptions {
  /** Runs to wrap (topic marks). */
  inline?: Inline[];
  /** The heading level: 3 under a section (h2), 4 on the whole-document page. */
  level?: 3 | 4;
}

/**
 * A clause inside a longer page (annex, domain, topic, print view), set as the document sets it:
 * the label and the title sentence as the heading, linking the clause's own page, and the rest of
 * the text after it. Together they are the clause's text, each sentence once.
 */
export function clauseArticle(c: Clause, id: string, options: ArticleOptions = {}): string {
  const { inline = [], level = 3 } = options;
  const h = `h${level}`;
  const [first, ...rest] = splitSentences(c.text);
  const firstEnd = first?.text.length ?? 0;
  const link = urlFor({ kind: 'clause', region: c.region, clause: c.number });
  // Where the heading (label and title sentence) may break, as offsets into the clause's text.
  const breaks = breakOffsets(c.labelText + (first?.text ?? '')).map((o) => o - c.labelText.length);
  // Corrections or marks in the title sentence need their own elements: then only the label links.
  const busyTitle = c.corrections.some((x) => x.offset < firstEnd) || inline.some((r) => r.start < firstEnd);
  const heading = busyTitle
    ? [el('a', { href: link }, text(c.labelText)), textMarkup(c, { to: 1, sharing: c.sharing, inline, breaks })]
    : [el('a', { href: link }, text(c.labelText), el('span', { class: c.sharing[0]?.length ? 's s-first sh' : 's s-first' }, textBreaking(first?.text ?? '', breaks)))];
  return block(
    'article',
    { class: 'clause', id, 'aria-labelledby': `${id}-h` },
    el(h, { id: `${id}-h` }, ...heading),
    ...(rest.length ? [el('p', { class: 'clause-text clause-rest', 'data-clause': c.id }, textMarkup(c, { from: 1, sharing: c.sharing, inline }))] : []),
    ...notesMarkup(c.corrections, clauseRef(c)),
  );
}
