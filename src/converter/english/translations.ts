// Stage 6, annotate (English): the reviewed translation (seeds/translations/en/, one file for the
// letter and one per annex) placed beside the Chinese, item by item. Every `zh` must be the seed's
// text at that place (a changed seed shows which English went stale); every sentence needs its
// English, and no file may hold more; the English keeps every figure and Latin token of the Chinese
// and uses the glossary's rendering of every term the Chinese contains; the same Chinese reads the
// same in English wherever it stands. Each finding is a diagnostic at its line and column.

import { diagnostic, type Diagnostic } from '../../model/diagnostics.ts';
import type { English, GlossaryEntry } from '../../model/english.ts';
import type { DocumentModel, Position } from '../../model/types.ts';
import type { NamedText } from '../pipeline.ts';
import { loadData, Locator, mapping } from '../reviewed-data.ts';
import { correctedSentence } from '../../model/text.ts';

const HINT = 'See seeds/translations/README.md for the format.';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One place of the translation: what the seed says there, what the file says, and where the file says it. */
interface Item {
  what: string;
  seed: string;
  /** The seed's text with its errata corrections in place: what the English translates. */
  meant: string;
  file: string;
  at: Position;
  zh: string | null;
  en: string | null;
}

/** Reads one file's pairs against the places the seed has, in the file's order, with positions. */
function readFile(named: NamedText, places: { what: string; path: string[]; seed: string; meant: string }[], diagnostics: Diagnostic[]): Item[] {
  const { data, diagnostics: problems } = loadData(named.file, named.text, 'translation-format', HINT);
  diagnostics.push(...problems);
  if (!data) return [];
  const locator = new Locator(named.text);
  const items: Item[] = [];
  const keyAt = new Map<string, number>();
  for (const place of places) {
    let node: unknown = data;
    for (const key of place.path) node = Array.isArray(node) ? node[Number(key)] : mapping(node)?.[key];
    const pair = mapping(node);
    // Where the pair stands: after its keys (the clause id, paragraph, section), its index-th `zh:`.
    const parent = place.path.slice(0, -1).join('/');
    let from = keyAt.get(parent) ?? -1;
    if (from < 0) {
      from = 0;
      for (const key of place.path) if (!/^\d+$/.test(key) || place.path[0] === 'sections') from = locator.find(/^\d+$/.test(key) ? `"${key}":` : `${key}:`, from);
      keyAt.set(parent, from);
    }
    const zhAt = locator.find('zh:', from);
    keyAt.set(parent, zhAt + 1);
    items.push({ what: place.what, seed: place.seed, meant: place.meant, file: named.file, at: locator.position(zhAt), zh: typeof pair?.zh === 'string' ? pair.zh : null, en: typeof pair?.en === 'string' && pair.en.trim() ? pair.en : null });
  }
  // Items the file has beyond the seed's.
  for (const [key, list] of Object.entries(mapping(mapping(data)?.clauses) ?? {})) {
    const expected = places.filter((p) => p.path[0] === 'clauses' && p.path[1] === key).length;
    if (Array.isArray(list) && list.length > expected) diagnostics.push(diagnostic('translation-missing', named.file, locator.position(locator.find(`${key}:`)), `${key} has ${list.length} English items for ${expected} Chinese sentences.`, 'Each item is one sentence of the seed, in order: remove the extra ones.'));
  }
  return items;
}

/** The places of the letter, in the order its file lists them. */
function letterPlaces(model: DocumentModel) {
  const l = model.letter;
  const one = (what: string, key: string, text: string) => ({ what, path: [key], seed: text, meant: text });
  return [
    one('the letter’s title', 'title', l.titleText),
    one('the letter’s 文号', 'docNumber', l.docNumber.text),
    one('the addressees', 'addressees', l.addressees.text),
    one('the opening', 'opening', l.opening.text),
    ...l.paragraphs.flatMap((p) => p.sentences.map((s, i) => ({ what: `letter paragraph ${p.number}, sentence ${i + 1}`, path: ['paragraphs', `p${p.number}`, String(i)], seed: s.text, meant: correctedSentence(s, p.corrections) }))),
    one('the annex list’s lead', 'annexListLead', l.annexListLead.text.trim()),
    one('the signature', 'signature', l.signature.text),
    one('the date', 'date', l.date.text),
    ...(l.note ? [one('the note', 'note', l.note.text)] : []),
  ];
}

/** The places of one annex, in the order its file lists them. */
function annexPlaces(model: DocumentModel, region: string) {
  const a = model.annexes.find((x) => x.region === region)!;
  return [
    { what: `${region}: the title`, path: ['title'], seed: a.titleText, meant: a.titleText },
    ...(a.scope ? [{ what: `${region}: the scope`, path: ['scope'], seed: a.scope.text, meant: a.scope.text }] : []),
    ...a.sections.map((s) => ({ what: `${region}: section ${s.number}`, path: ['sections', String(s.number)], seed: s.heading.text, meant: s.heading.text })),
    ...a.sections.flatMap((s) => s.clauses.flatMap((c) => c.sentences.map((sentence, i) => ({ what: `${c.id}#s${i + 1}`, path: ['clauses', c.id, String(i)], seed: sentence.text, meant: correctedSentence(sentence, c.corrections) })))),
  ];
}

/** What a sentence's English must keep of its Chinese: figures (a month may be its name) and Latin tokens. */
function lostTokens(meant: string, en: string): string[] {
  const lost: string[] = [];
  for (const m of meant.matchAll(/\d+(?:\.\d+)?/g)) {
    const month = meant[m.index + m[0].length] === '月' && en.includes(MONTHS[Number(m[0]) - 1] ?? '\u0000');
    if (!month && !en.includes(m[0])) lost.push(m[0]);
  }
  for (const m of meant.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) if (!en.includes(m[0])) lost.push(m[0]);
  return lost;
}

/** Places the translation beside the Chinese; null when there is none to place. */
export function placeEnglish(model: DocumentModel, files: readonly NamedText[], glossary: readonly GlossaryEntry[]): { english: English | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (files.length === 0) return { english: null, diagnostics };
  const byName = new Map(files.map((f) => [f.file.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, ''), f]));
  const wanted = ['letter', ...model.annexes.map((a) => a.region)];
  for (const name of byName.keys()) if (!wanted.includes(name)) diagnostics.push(diagnostic('translation-format', byName.get(name)!.file, { line: 1, column: 1 }, `no part of the document is called ${name}.`, `The files are ${wanted.map((w) => `${w}.yaml`).join(', ')}.`));

  const items: Item[] = [];
  for (const name of wanted) {
    const file = byName.get(name);
    if (!file) {
      diagnostics.push(diagnostic('translation-missing', files[0].file.replace(/[^\\/]*$/, `${name}.yaml`), { line: 1, column: 1 }, `there is no English for ${name === 'letter' ? 'the letter' : `the annex ${name}`}.`, 'Every part of the document needs its English file; until each has one, no English page is built.'));
      continue;
    }
    items.push(...readFile(file, name === 'letter' ? letterPlaces(model) : annexPlaces(model, name), diagnostics));
  }

  const enOf = new Map<string, Item>();
  for (const item of items) {
    const at = (rule: string, message: string, hint?: string) => diagnostics.push(diagnostic(rule, item.file, item.at, message, hint));
    if (item.zh === null) {
      at('translation-missing', `${item.what}: no item here; the seed has “${item.seed}”.`, 'Add the pair (zh and en) in its place; until then no English page is built.');
      continue;
    }
    if (item.zh !== item.seed) {
      at('translation-source', `${item.what}: the file translates “${item.zh}”, but the seed now reads “${item.seed}”.`, 'The seed changed: translate the new text and copy it into `zh`; until then no English page is built.');
      continue;
    }
    if (item.en === null) {
      at('translation-missing', `${item.what} has no English.`, 'Translate it (seeds/translations/README.md); until then no English page is built.');
      continue;
    }
    const lost = lostTokens(item.meant, item.en);
    if (lost.length) at('translation-figure', `${item.what}: the English lacks ${lost.map((t) => `“${t}”`).join(', ')} of the Chinese.`, 'Keep every figure and Latin token of the Chinese.');
    const english = item.en.toLowerCase();
    for (const g of glossary) {
      if (item.meant.includes(g.zh) && ![g.en, ...g.also].some((form) => english.includes(form.toLowerCase()))) {
        at('translation-glossary', `${item.what}: the Chinese has ${g.zh}, the English lacks its glossary rendering “${g.en}”.`, 'Use the glossary’s English (seeds/glossary.yaml), or change the glossary with a reviewed reason.');
      }
    }
    const earlier = enOf.get(item.seed);
    if (earlier && earlier.en !== item.en) at('translation-variant', `${item.what}: the same Chinese reads “${earlier.en}” in ${earlier.what}.`, 'The same Chinese reads the same in English: use one wording.');
    else enOf.set(item.seed, item);
  }

  // The English is published whole or not at all: a page with a gap, or with English for Chinese
  // the seed no longer has, would pass off what nobody translated.
  if (diagnostics.some((d) => ['translation-missing', 'translation-source', 'translation-format'].includes(d.ruleId))) return { english: null, diagnostics };

  const byWhat = new Map(items.map((i) => [i.what, i.en ?? '']));
  const value = (what: string) => byWhat.get(what) ?? '';
  const english: English = {
    letter: {
      title: value('the letter’s title'),
      docNumber: value('the letter’s 文号'),
      addressees: value('the addressees'),
      opening: value('the opening'),
      paragraphs: Object.fromEntries(model.letter.paragraphs.map((p) => [p.number, p.sentences.map((_, i) => value(`letter paragraph ${p.number}, sentence ${i + 1}`))])),
      annexListLead: value('the annex list’s lead'),
      signature: value('the signature'),
      date: value('the date'),
      note: value('the note'),
    },
    annexes: Object.fromEntries(
      model.annexes.map((a) => [
        a.region,
        {
          title: value(`${a.region}: the title`),
          scope: value(`${a.region}: the scope`),
          sections: Object.fromEntries(a.sections.map((s) => [s.number, value(`${a.region}: section ${s.number}`)])),
          clauses: Object.fromEntries(a.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.sentences.map((_, i) => value(`${c.id}#s${i + 1}`))]))),
        },
      ]),
    ),
  };
  return { english, diagnostics };
}
