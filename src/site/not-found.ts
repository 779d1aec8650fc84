// What the 404 page suggests for an address that looks like a clause URL: /beijing/40/ when
// 附件1 has 15 clauses, /beijin/3/ for a misspelt region, /beijing/十二/ for a Chinese numeral.
// Any address can arrive here, so nothing in it is trusted: bad escapes and huge numbers get a
// plain answer, and everything reaches the page as text.

import { annexLabel, annexName } from '../model/labels.ts';
import { parseChineseNumeral } from '../model/numerals.ts';
import { urlFor, type UrlTarget } from '../model/urls.ts';
import { decodeOrRaw } from './decode.ts';

export interface AnnexInfo {
  region: string;
  name: string;
  annex: number;
  clauses: number;
}

/** A suggestion: a sentence and the links that help. */
export interface Suggestion {
  message: string;
  links: { label: string; target: UrlTarget }[];
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
  if (path.length > 300) return null;
  const m = /^\/?([a-z]{2,20})\/([^/]{1,120})\/?$/i.exec(path);
  if (!m) return null;
  const slug = m[1].toLowerCase();
  const rawNumber = decodeOrRaw(m[2]);
  let annex = annexes.find((a) => a.region === slug);
  const notes: string[] = [];
  if (!annex) {
    const near = [...annexes].sort((a, b) => distance(slug, a.region) - distance(slug, b.region))[0];
    if (!near || distance(slug, near.region) > 3) return null;
    annex = near;
    notes.push(`没有“${slug}”这个试点，您要找的可能是${annexName({ number: near.annex, regionName: near.name })}（${near.region}）。`);
  }
  const n = parseChineseNumeral(rawNumber.replace(/^第|条$/g, '').replace(/^[（(]|[）)]$/g, ''));
  const name = annexName({ number: annex.annex, regionName: annex.name });
  const links: Suggestion['links'] = [{ label: `${name}全文`, target: { kind: 'annex', region: annex.region } }];
  if (n === undefined && /^\d+$/.test(rawNumber)) {
    notes.push(`${name}共${annex.clauses}条，没有这一条。`);
  } else if (n === undefined) {
    notes.push(`条款编号应为数字，例如 ${urlFor({ kind: 'clause', region: annex.region, clause: 1 })}。`);
  } else if (n >= 1 && n <= annex.clauses) {
    notes.push('条款网址用阿拉伯数字：');
    links.unshift({ label: `${annexLabel(annex.annex)}第${n}条`, target: { kind: 'clause', region: annex.region, clause: n } });
  } else {
    notes.push(`${name}共${annex.clauses}条，没有第${n}条。`);
    links.push({ label: `最后一条（第${annex.clauses}条）`, target: { kind: 'clause', region: annex.region, clause: annex.clauses } });
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
    a.href = urlFor(l.target, base);
    a.textContent = l.label;
    p.append(' ', a);
  }
  el.replaceChildren(p);
}
