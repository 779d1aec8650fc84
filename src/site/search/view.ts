// Results as DOM, built from text nodes only. One function, shared by the header's quick search and
// the search page, so a result looks the same everywhere.

import type { Part } from './excerpt.ts';
import type { Result } from './engine.ts';

/** A tag with a class and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** Excerpt parts as nodes: matches in <mark>. */
export function partsToNodes(parts: readonly Part[]): Node[] {
  return parts.map((p) => (p.mark ? h('mark', {}, p.text) : document.createTextNode(p.text)));
}

/** Where a result sits in the document: 北京城市副中心 · 资本要素. */
export function resultContext(r: Result): string {
  if (r.kind === 'paragraph') return '国务院批复';
  return [r.regionName, r.domainLabel].filter(Boolean).join(' · ');
}

function note(r: Result): (Node | string)[] {
  return r.viaCorrection ? [h('span', { class: 'r-note' }, '（按勘误后文本匹配）')] : [];
}

/** One result on the search page: its label and title as the link, where it sits, and the excerpt. */
export function resultItem(r: Result): HTMLLIElement {
  return h(
    'li',
    { class: `result tier-${r.tier}` },
    h('a', { href: r.url, class: 'r-link' }, h('span', { class: 'r-label' }, r.label), h('span', { class: 'r-title' }, r.title)),
    h('p', { class: 'r-context' }, resultContext(r), ...note(r)),
    h('p', { class: 'r-excerpt' }, ...partsToNodes(r.parts)),
  );
}

/** One result in the quick-search listbox: the whole entry is the option, and the option is the link. */
export function resultOption(r: Result, id: string): HTMLLIElement {
  return h(
    'li',
    { role: 'none' },
    h(
      'a',
      { href: r.url, id, role: 'option', 'aria-selected': 'false', tabindex: '-1', class: `result tier-${r.tier}` },
      h('span', { class: 'r-link' }, h('span', { class: 'r-label' }, r.label), h('span', { class: 'r-title' }, r.title)),
      h('span', { class: 'r-context' }, resultContext(r), ...note(r)),
      h('span', { class: 'r-excerpt' }, ...partsToNodes(r.parts)),
    ),
  );
}

/** The quick-search option that opens a clause named by reference (附件3（十二）). */
export function jumpOption(jump: { url: string; label: string; title: string }, id: string): HTMLLIElement {
  return h(
    'li',
    { role: 'none' },
    h(
      'a',
      { href: jump.url, id, role: 'option', 'aria-selected': 'false', tabindex: '-1', class: 'result result-jump' },
      h('span', { class: 'r-link' }, h('span', { class: 'r-label' }, `前往 ${jump.label}`), h('span', { class: 'r-title' }, jump.title)),
    ),
  );
}
