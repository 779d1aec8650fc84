// Citation strings for the document, an annex, a clause or sentences of a clause, in the forms people
// paste into reports: GB/T 7714-2015 ([A/OL] by default, [EB/OL] on request), the legal-footnote
// form, a Markdown link, BibTeX, CSL-JSON and RIS. A passage (sentences of a clause, #s4) adds its
// place (第4句) and the quoted words to every form. On an English page the Chinese original is cited
// with the English as its unofficial translation, or the translation first on request. Pure
// functions: the page computes them in the browser (the access date is the reader's today), the
// tests check them against exact strings.

/** What is cited, with everything a format needs. */
export interface CiteTarget {
  kind: 'document' | 'annex' | 'clause';
  /** Absolute canonical URL of the page. */
  url: string;
  /** A stable key: guohan-2025-86, guohan-2025-86-beijing, guohan-2025-86-beijing-12. */
  key: string;
  docTitle: string;
  docNumber: string;
  issuer: string;
  /** YYYY-MM-DD. */
  published: string;
  annex?: number;
  annexTitle?: string;
  /** （十二） */
  label?: string;
  clauseTitle?: string;
  /** Sentences of the clause (第4句), when a passage is cited. */
  sentences?: string;
  /** The target's page in the English reading layer (an unofficial translation), where cited from it. */
  translation?: Translation;
}

/** The English page of a target: its address and the names it gives the document, annex and clause. */
export interface Translation {
  url: string;
  docTitle: string;
  docNumber: string;
  annexTitle?: string;
  /** (12) */
  label?: string;
  clauseTitle?: string;
  /** sentence 4 */
  sentences?: string;
}

/**
 * Sentences of a clause, numbered as its anchors are (#s1 is the clause's title sentence): the first
 * and the last, and the words quoted (a selection, or the sentences whole), in Chinese and, from an
 * English page, in English.
 */
export interface Passage {
  first: number;
  last: number;
  quote: string;
  quoteEn?: string;
}

export interface CiteOptions {
  gbtType?: 'A/OL' | 'EB/OL';
  passage?: Passage;
  /** Which text leads where there is a translation: the Chinese original (the default) or the English. */
  lead?: 'original' | 'translation';
}

export const STYLES = {
  gbt: 'GB/T 7714',
  footnote: '法律文书脚注',
  markdown: 'Markdown 链接',
  bibtex: 'BibTeX',
  csl: 'CSL-JSON',
  ris: 'RIS',
  url: '网址',
} as const;
export type Style = keyof typeof STYLES;

/** The formats' names on an English page. */
export const STYLES_EN: Record<Style, string> = {
  gbt: 'GB/T 7714',
  footnote: 'Legal footnote',
  markdown: 'Markdown link',
  bibtex: 'BibTeX',
  csl: 'CSL-JSON',
  ris: 'RIS',
  url: 'URL',
};

/** Where a passage is in its clause: 第4句, 第4–5句. */
export function sentencePlace(p: Passage): string {
  return p.first === p.last ? `第${p.first}句` : `第${p.first}–${p.last}句`;
}

/** The same in English: sentence 4, sentences 4–5. */
export function sentencePlaceEn(p: Passage): string {
  return p.first === p.last ? `sentence ${p.first}` : `sentences ${p.first}–${p.last}`;
}

/** The target narrowed to a passage: its sentence's address (#s4), its key and its place. */
function narrowed(t: CiteTarget, p: Passage | undefined): CiteTarget {
  if (!p || t.kind !== 'clause') return t;
  const hash = `#s${p.first}`;
  return {
    ...t,
    url: t.url + hash,
    key: `${t.key}-s${p.first}`,
    sentences: sentencePlace(p),
    translation: t.translation && { ...t.translation, url: t.translation.url + hash, sentences: sentencePlaceEn(p) },
  };
}

/** Where in the document the target is: 附件1《…实施方案》（十二）, or nothing for the document. */
function locator(t: CiteTarget): string {
  if (t.kind === 'document') return '';
  const annex = `附件${t.annex}《${t.annexTitle}》`;
  return t.kind === 'clause' ? `${annex}${t.label}${t.sentences ?? ''}` : annex;
}

/** GB/T 7714-2015, type code [A/OL] or [EB/OL]. */
export function gbt7714(t: CiteTarget, accessed: string, type: 'A/OL' | 'EB/OL' = 'A/OL'): string {
  const where = locator(t);
  return `${t.issuer}. ${t.docTitle}：${t.docNumber}${where ? ` ${where}` : ''}[${type}]. (${t.published})[${accessed}]. ${t.url}.`;
}

/** The legal-footnote form: 《…的批复》（国函〔2025〕86号）附件1《…》第（十二）条. */
export function footnote(t: CiteTarget): string {
  const doc = `《${t.docTitle}》（${t.docNumber}）`;
  if (t.kind === 'document') return doc;
  const annex = `附件${t.annex}《${t.annexTitle}》`;
  return t.kind === 'clause' ? `${doc}${annex}${clausePlace(t)}` : `${doc}${annex}`;
}

/** 第（十二）条, or with a passage 第（十二）条第4句. */
function clausePlace(t: CiteTarget): string {
  return `第${t.label}条${t.sentences ?? ''}`;
}

/** How the target is named in a link or a title. */
export function shortTitle(t: CiteTarget): string {
  if (t.kind === 'document') return `${t.docTitle}（${t.docNumber}）`;
  if (t.kind === 'annex') return `${t.docNumber} 附件${t.annex} ${t.annexTitle}`;
  return `${t.docNumber} 附件${t.annex}${t.label}${t.clauseTitle}${t.sentences ? ` ${t.sentences}` : ''}`;
}

function markdown(t: CiteTarget): string {
  return `[${shortTitle(t).replace(/[[\]]/g, '\\$&')}](${t.url})`;
}

function fullTitle(t: CiteTarget): string {
  if (t.kind === 'document') return t.docTitle;
  return t.kind === 'clause' ? `${t.annexTitle} ${clausePlace(t)} ${t.clauseTitle}` : (t.annexTitle ?? '');
}

function bibtex(t: CiteTarget, accessed: string, note: string): string {
  const esc = (s: string) => s.replace(/[{}\\]/g, (c) => `\\${c}`);
  const [year, month] = t.published.split('-');
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const fields: [string, string][] = [
    // Double braces: a corporate author, not a family name.
    ['author', `{{${esc(t.issuer)}}}`],
    ['title', `{${esc(footnote(t))}}`],
    ['year', year],
    ['month', months[Number(month) - 1]],
    ['date', `{${t.published}}`],
    ['number', `{${esc(t.docNumber)}}`],
    ['url', `{${t.url}}`],
    ['urldate', `{${accessed}}`],
    ['langid', '{chinese}'],
    ...(note ? [['note', `{${esc(note)}}`] as [string, string]] : []),
  ];
  return `@misc{${t.key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}

function dateParts(iso: string): number[] {
  return iso.split('-').map(Number);
}

function csl(t: CiteTarget, accessed: string, note: string): string {
  const item: Record<string, unknown> = {
    id: t.key,
    type: 'legislation',
    title: fullTitle(t),
    author: [{ literal: t.issuer }],
    issued: { 'date-parts': [dateParts(t.published)] },
    accessed: { 'date-parts': [dateParts(accessed)] },
    number: t.docNumber,
    URL: t.url,
    language: 'zh-CN',
  };
  if (t.kind !== 'document') {
    item['container-title'] = t.docTitle;
    item.section = t.kind === 'clause' ? `附件${t.annex}${t.label}${t.sentences ?? ''}` : `附件${t.annex}`;
  }
  if (note) item.note = note;
  return JSON.stringify([item], null, 2);
}

function ris(t: CiteTarget, accessed: string, note: string): string {
  const lines: [string, string][] = [
    ['TY', 'GOVDOC'],
    ['TI', fullTitle(t)],
    ...(t.kind !== 'document' ? [['T2', t.docTitle] as [string, string]] : []),
    ['AU', t.issuer],
    ['PY', t.published.slice(0, 4)],
    ['DA', t.published.replace(/-/g, '/')],
    ['M1', t.docNumber],
    ['UR', t.url],
    ['Y2', accessed.replace(/-/g, '/')],
    ['LA', 'zh-CN'],
    ...(note ? [['N1', note.replace(/\s*\n\s*/g, ' ')] as [string, string]] : []),
    ['ER', ''],
  ];
  return lines.map(([k, v]) => `${k}  - ${v}`).join('\r\n') + '\r\n';
}

/** The citation of `t` in `style`, accessed on `accessed` (YYYY-MM-DD). */
export function cite(target: CiteTarget, style: Style, accessed: string, options: CiteOptions = {}): string {
  const { passage, lead = 'original' } = options;
  const t = narrowed(target, passage);
  if (t.translation && lead === 'translation') return citeTranslation(t, t.translation, style, accessed, options);
  const quotes = passage ? [quoted(passage.quote), ...(passage.quoteEn ? [quoted(passage.quoteEn)] : [])] : [];
  const also = t.translation ? `English translation (unofficial): ${t.translation.url}` : '';
  const note = [...quotes, also].filter(Boolean).join('\n');
  const lines = (main: string) => [...quotes, main, ...(also ? [also] : [])].join('\n');
  switch (style) {
    case 'gbt':
      return lines(gbt7714(t, accessed, options.gbtType));
    case 'footnote':
      return lines(footnote(t));
    case 'markdown':
      return lines(markdown(t));
    case 'bibtex':
      return bibtex(t, accessed, note);
    case 'csl':
      return csl(t, accessed, note);
    case 'ris':
      return ris(t, accessed, note);
    case 'url':
      return [t.url, ...(t.translation ? [t.translation.url] : [])].join('\n');
  }
}

/** Quoted words, in the curly marks both languages print. */
function quoted(text: string): string {
  return `“${text}”`;
}

/** Where the English target is: Annex 1 "…", (12), sentence 4. */
function locatorEn(t: CiteTarget, e: Translation): string {
  if (t.kind === 'document') return '';
  const annex = `Annex ${t.annex} "${e.annexTitle}"`;
  return t.kind === 'clause' ? `${annex}, clause ${e.label}${e.sentences ? `, ${e.sentences}` : ''}` : annex;
}

/** The English translation cited first, with the Chinese original it translates. */
function citeTranslation(t: CiteTarget, e: Translation, style: Style, accessed: string, options: CiteOptions): string {
  const { passage } = options;
  const quotes = passage ? [...(passage.quoteEn ? [quoted(passage.quoteEn)] : []), quoted(passage.quote)] : [];
  const where = locatorEn(t, e);
  const title = `${e.docTitle} (${e.docNumber})${where ? `, ${where}` : ''}`;
  const original = `Unofficial English translation; the Chinese original is authoritative: ${footnote(t)}, ${t.url}`;
  const note = [...quotes, original].join('\n');
  const lines = (main: string) => [...quotes, main, original].join('\n');
  const short = t.kind === 'document' ? `${e.docTitle} (${e.docNumber})` : t.kind === 'annex' ? `${e.docNumber}, Annex ${t.annex}` : `${e.docNumber}, Annex ${t.annex} ${e.label} ${e.clauseTitle}${e.sentences ? `, ${e.sentences}` : ''}`;
  const [year] = t.published.split('-');
  switch (style) {
    case 'gbt':
      return lines(`State Council. ${e.docTitle}: ${e.docNumber}${where ? ` ${where}` : ''}[${options.gbtType ?? 'A/OL'}]. (${t.published})[${accessed}]. ${e.url}.`);
    case 'footnote':
      return lines(`State Council, ${title}, ${e.url} (accessed ${accessed})`);
    case 'markdown':
      return lines(`[${short.replace(/[[\]]/g, '\\$&')}](${e.url})`);
    case 'bibtex': {
      const esc = (x: string) => x.replace(/[{}\\]/g, (c) => `\\${c}`);
      const fields: [string, string][] = [
        ['author', '{{State Council of the People\'s Republic of China}}'],
        ['title', `{${esc(title)}}`],
        ['year', year],
        ['date', `{${t.published}}`],
        ['number', `{${esc(e.docNumber)}}`],
        ['url', `{${e.url}}`],
        ['urldate', `{${accessed}}`],
        ['langid', '{english}'],
        ['note', `{${esc(note)}}`],
      ];
      return `@misc{${t.key}-en,\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
    }
    case 'csl':
      return JSON.stringify(
        [
          {
            id: `${t.key}-en`,
            type: 'legislation',
            title,
            author: [{ literal: "State Council of the People's Republic of China" }],
            issued: { 'date-parts': [dateParts(t.published)] },
            accessed: { 'date-parts': [dateParts(accessed)] },
            number: e.docNumber,
            URL: e.url,
            language: 'en',
            note,
          },
        ],
        null,
        2,
      );
    case 'ris':
      return (
        [
          ['TY', 'GOVDOC'],
          ['TI', title],
          ['AU', "State Council of the People's Republic of China"],
          ['PY', year],
          ['DA', t.published.replace(/-/g, '/')],
          ['M1', e.docNumber],
          ['UR', e.url],
          ['Y2', accessed.replace(/-/g, '/')],
          ['LA', 'en'],
          ['N1', note.replace(/\s*\n\s*/g, ' ')],
          ['ER', ''],
        ]
          .map(([k, v]) => `${k}  - ${v}`)
          .join('\r\n') + '\r\n'
      );
    case 'url':
      return [e.url, t.url].join('\n');
  }
}

/** Today in the reader's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
