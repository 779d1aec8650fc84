// Citation strings for the document, an annex or a clause, in the forms people paste into reports:
// GB/T 7714-2015 ([A/OL] by default, [EB/OL] on request), the legal-footnote form, a Markdown link,
// BibTeX, CSL-JSON and RIS. Pure functions: the page computes them in the browser (the access date is
// the reader's today), the tests check them against exact strings.

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

/** Where in the document the target is: 附件1《…实施方案》（十二）, or nothing for the document. */
function locator(t: CiteTarget): string {
  if (t.kind === 'document') return '';
  const annex = `附件${t.annex}《${t.annexTitle}》`;
  return t.kind === 'clause' ? `${annex}${t.label}` : annex;
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
  return t.kind === 'clause' ? `${doc}${annex}第${t.label}条` : `${doc}${annex}`;
}

/** How the target is named in a link or a title. */
export function shortTitle(t: CiteTarget): string {
  if (t.kind === 'document') return `${t.docTitle}（${t.docNumber}）`;
  if (t.kind === 'annex') return `${t.docNumber} 附件${t.annex} ${t.annexTitle}`;
  return `${t.docNumber} 附件${t.annex}${t.label}${t.clauseTitle}`;
}

function markdown(t: CiteTarget): string {
  return `[${shortTitle(t).replace(/[[\]]/g, '\\$&')}](${t.url})`;
}

function fullTitle(t: CiteTarget): string {
  if (t.kind === 'document') return t.docTitle;
  return t.kind === 'clause' ? `${t.annexTitle} 第${t.label}条 ${t.clauseTitle}` : (t.annexTitle ?? '');
}

function bibtex(t: CiteTarget, accessed: string): string {
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
  ];
  return `@misc{${t.key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}

function dateParts(iso: string): number[] {
  return iso.split('-').map(Number);
}

function csl(t: CiteTarget, accessed: string): string {
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
    item.section = t.kind === 'clause' ? `附件${t.annex}${t.label}` : `附件${t.annex}`;
  }
  return JSON.stringify([item], null, 2);
}

function ris(t: CiteTarget, accessed: string): string {
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
    ['ER', ''],
  ];
  return lines.map(([k, v]) => `${k}  - ${v}`).join('\r\n') + '\r\n';
}

/** The citation of `t` in `style`, accessed on `accessed` (YYYY-MM-DD). */
export function cite(t: CiteTarget, style: Style, accessed: string, options: { gbtType?: 'A/OL' | 'EB/OL' } = {}): string {
  switch (style) {
    case 'gbt':
      return gbt7714(t, accessed, options.gbtType);
    case 'footnote':
      return footnote(t);
    case 'markdown':
      return markdown(t);
    case 'bibtex':
      return bibtex(t, accessed);
    case 'csl':
      return csl(t, accessed);
    case 'ris':
      return ris(t, accessed);
    case 'url':
      return t.url;
  }
}

/** Today in the reader's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
