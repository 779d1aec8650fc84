// What the 404 page suggests for an address that looks like a clause URL: /beijing/40/ when
// 附件1 has 15 clauses, /beijin/3/ for a misspelt region, /beijing/十二/ for a Chinese numeral.

import { parseChineseNumeral } from '../model/numerals.ts';

export interface AnnexInfo {
  region: string;
  name: string;
  annex: number;
  clauses: number;
}

/** A suggestion: a sentence and the links that help. */
export interface Suggestion {
  message: string;
  links: { label: string; path: string }[];
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The suggestion for a site-relative path (base removed), or null when it does not look like a clause URL. */
export function suggestion(path: string, annexes: readonly AnnexInfo[]): Suggestion | null {
  const m = /^\/?([a-z]+)\/([^/]+)\/?$/i.exec(decodeURIComponent(path));
  if (!m) return null;
  const [, slug, rawNumber] = m;
  let annex = annexes.find((a) => a.region === slug.toLowerCase());
  const notes: string[] = [];
  if (!annex) {
    const near = [...annexes].sort((a, b) => distance(slug, a.region) - distance(slug, b.region))[0];
    if (!near || distance(slug, near.region) > 3) return null;
    annex = near;
    notes.push(`没有“${slug}”这个试点，您要找的可能是附件${annex.annex} ${annex.name}（${annex.region}）。`);
  }
  const n = parseChineseNumeral(rawNumber.replace(/^第|条$/g, '').replace(/^[（(]|[）)]$/g, ''));
  const base = `/${annex.region}/`;
  const links = [{ label: `附件${annex.annex} ${annex.name}全文`, path: base }];
  if (n === undefined) {
    notes.push(`条款编号应为数字，例如 /${annex.region}/1/。`);
  } else if (n >= 1 && n <= annex.clauses) {
    notes.push(`条款网址用阿拉伯数字：`);
    links.unshift({ label: `附件${annex.annex}第${n}条`, path: `${base}${n}/` });
  } else {
    notes.push(`附件${annex.annex} ${annex.name}共${annex.clauses}条，没有第${n}条。`);
    links.push({ label: `最后一条（第${annex.clauses}条）`, path: `${base}${annex.clauses}/` });
  }
  return { message: notes.join(''), links };
}

/** Fills the 404 page's hint element. */
export function suggestFor404(el: HTMLElement, pathname: string): void {
  const base = el.dataset.base ?? '/';
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  const found = suggestion(path, JSON.parse(el.dataset.annexes ?? '[]') as AnnexInfo[]);
  if (!found) return;
  const p = document.createElement('p');
  p.textContent = found.message;
  for (const l of found.links) {
    const a = document.createElement('a');
    a.href = base.replace(/\/$/, '') + l.path;
    a.textContent = l.label;
    p.append(' ', a);
  }
  el.replaceChildren(p);
}
