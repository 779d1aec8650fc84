// MDX markup from strings, safe for any input text: the seed's text goes through `text()`, which
// writes every ASCII punctuation mark as a character reference, so no input can open a JSX tag,
// an expression or Markdown syntax, and the rendered page shows exactly the input. Titles go
// through `title()`, which also marks where a line may break (between words, src/model/words.ts).

import { breakOffsets } from '../../model/words.ts';

/** Escapes text for MDX phrasing content. */
export function text(s: string): string {
  return s.replace(/[!-/:-@[-`{-~]|^ | $/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Escapes text and puts a <wbr /> at each offset (relative to `base`): the places a line may break. */
export function textBreaking(s: string, offsets: Iterable<number>, base = 0): string {
  const cuts = [...offsets].map((o) => o - base).filter((o) => o > 0 && o < s.length);
  let out = '';
  let from = 0;
  for (const cut of cuts) {
    out += `${text(s.slice(from, cut))}<wbr />`;
    from = cut;
  }
  return out + text(s.slice(from));
}

/** A title as MDX: escaped, with a break opportunity between its words and nowhere else. */
export function title(s: string): string {
  return textBreaking(s, breakOffsets(s));
}

export type AttrValue = string | number | boolean | undefined | null;

/** Writes JSX attributes; plain values as strings, anything with JSX-significant characters as a JSON expression. */
export function attrs(values: Record<string, AttrValue>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => {
      if (v === true) return ` ${k}`;
      const s = String(v);
      return /^[^"{}<>&\\\n]*$/.test(s) ? ` ${k}="${s}"` : ` ${k}={${JSON.stringify(s)}}`;
    })
    .join('');
}

/** One element on one line: its children are phrasing content (already escaped). */
export function el(tag: string, attributes: Record<string, AttrValue>, ...children: string[]): string {
  return `<${tag}${attrs(attributes)}>${children.join('')}</${tag}>`;
}

/** One element whose children are blocks on their own lines. */
export function block(tag: string, attributes: Record<string, AttrValue>, ...children: string[]): string {
  return [`<${tag}${attrs(attributes)}>`, ...children, `</${tag}>`].join('\n');
}
