// The policy slogans of the glossary (seeds/glossary.yaml, kind `slogan`: 标准地+承诺制, 揭榜挂帅 …)
// where a clause's text says them: the first place each occurs opens its explanation (a native
// popover, src/components/document/GlossaryNotes.astro). Chinese text is searched for the term;
// English for its rendering or one of its listed forms, as a whole word, case aside. Longer terms
// first, so a term inside a longer one is not marked within it. Pure: the rules are tested apart.

import type { GlossaryEntry } from '../../model/english.ts';
import type { Lang } from '../../model/urls.ts';
import type { Inline } from './pieces.ts';

/** The anchor of a term's explanation on a page. */
export function glossaryNoteId(entry: GlossaryEntry, glossary: readonly GlossaryEntry[]): string {
  return `gloss-${glossary.indexOf(entry)}`;
}

/** Where a form occurs in an English text as a whole word (case aside), or -1. */
function findWord(text: string, form: string): number {
  const lower = text.toLowerCase();
  const needle = form.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return at;
  }
  return -1;
}

/** The runs to mark in `text` and the entries they explain, in the order they first occur. */
export function glossaryRuns(text: string, glossary: readonly GlossaryEntry[], lang: Lang): { inline: Inline[]; used: GlossaryEntry[] } {
  const slogans = glossary.filter((g) => g.kind === 'slogan');
  const candidates = slogans
    .map((g) => {
      const forms = lang === 'en' ? [g.en, ...g.also] : [g.zh];
      const found = forms.map((f) => ({ at: lang === 'en' ? findWord(text, f) : text.indexOf(f), length: f.length })).filter((f) => f.at >= 0);
      const first = found.sort((a, b) => a.at - b.at || b.length - a.length)[0];
      return first ? { entry: g, start: first.at, end: first.at + first.length } : null;
    })
    .filter((c): c is { entry: GlossaryEntry; start: number; end: number } => c !== null)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: typeof candidates = [];
  for (const c of candidates) if (!chosen.some((x) => c.start < x.end && x.start < c.end)) chosen.push(c);
  chosen.sort((a, b) => a.start - b.start);
  return {
    inline: chosen.map((c) => ({ start: c.start, end: c.end, tag: 'button', className: 'gloss', popover: glossaryNoteId(c.entry, glossary) })),
    used: chosen.map((c) => c.entry),
  };
}
