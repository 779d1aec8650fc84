// The quotable words of an element of a page fetched and parsed (DOMParser), which is not rendered:
// what clean-text.ts quotes from the page on screen, read without layout. Used where another page's
// words are needed: the parallel view (the other language) and the citation panel of an English
// page (the Chinese original).

import { NOT_TEXT } from './clean-text.ts';

/** The words of an element of a parsed page: without struck originals, marks or controls. */
export function wordsOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const e of copy.querySelectorAll(NOT_TEXT)) e.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A page of the site, fetched and parsed. */
export async function fetchPage(href: string): Promise<Document> {
  const response = await fetch(href, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(String(response.status));
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}
