// In the browser, the side-by-side view of clause, annex and letter pages (中英对照 / Side by side):
// each sentence of the page's text set beside the same sentence in the other language, as EUR-Lex
// sets two languages. The other language's page is the one the head names as the alternate; it is
// fetched once, and its sentences are paired with these by what both pages already share: the
// clause of a paragraph (data-clause), the order of the sentences in it (the translation is aligned
// one to one), and the ids of headings and the letter's paragraphs. Nothing is added to the page
// until asked for, so the view costs a page no weight.
//
// Each sentence keeps its element (its anchor, its classes, what other views do with it): its
// words move into a `.par-self` and the other language's into a `.par-other` beside them, which
// is not text of this page (data-not-text: copies and citations leave it out). The choice is kept
// across pages in localStorage, as the theme is (src/site/parallel-toggle.ts, the part every page
// loads; this module is loaded when the view is first asked for).

import { fetchPage, wordsOf } from './text/parsed-text.ts';
import sheet from './parallel-view.css?url';
import { loadSheet } from './sheet.ts';

/** Blocks paired whole, by id: the scope line, section and clause headings, the letter's paragraphs. */
const BLOCKS = '#scope, h2[id^="section-"], article.clause > :is(h3, h4)[id], p.letter-paragraph[id]';

function other(lang: string, text: string, tag: 'span' | 'p'): HTMLElement {
  const e = document.createElement(tag);
  e.className = tag === 'span' ? 'par-other' : 'par-other par-block';
  e.lang = lang;
  e.dataset.notText = '';
  e.textContent = text;
  return e;
}

/** The sentences of a paragraph, in order, wherever another view has put them. */
const sentencesOf = (p: Element) => [...p.querySelectorAll('.s')];

/** Sets the other page's sentences beside this page's; returns how many were paired. */
function pair(content: HTMLElement, theirs: Document, lang: string): number {
  let paired = 0;
  for (const p of content.querySelectorAll<HTMLElement>('p[data-clause]')) {
    const kind = p.classList.contains('clause-rest') ? '.clause-rest' : ':not(.clause-rest)';
    const match = theirs.querySelector(`p[data-clause="${CSS.escape(p.dataset.clause ?? '')}"]${kind}`);
    if (!match) continue;
    const mine = sentencesOf(p);
    const their = sentencesOf(match);
    // Aligned one to one; a paragraph that is not (a page of another build) is left as it is.
    if (mine.length !== their.length) continue;
    mine.forEach((s, i) => {
      const self = document.createElement('span');
      self.className = 'par-self';
      self.append(...s.childNodes);
      s.append(self, other(lang, wordsOf(their[i]), 'span'));
      s.classList.add('par');
      paired++;
    });
  }
  for (const block of content.querySelectorAll<HTMLElement>(BLOCKS)) {
    const match = theirs.getElementById(block.id);
    if (!match || match.tagName !== block.tagName) continue;
    block.after(other(lang, wordsOf(match), 'p'));
    paired++;
  }
  return paired;
}

/** Undoes pair(): each sentence's words back in place, the other language gone. */
function unpair(content: HTMLElement): void {
  for (const s of content.querySelectorAll('.s.par')) {
    const self = s.querySelector(':scope > .par-self');
    if (self) self.replaceWith(...self.childNodes);
    s.classList.remove('par');
  }
  for (const e of content.querySelectorAll('.par-other')) e.remove();
}

/**
 * The view for a page: set(true) fetches the other language's page (`alternate`: the head's link
 * and its language, found by the toggle) once and pairs; set(false) undoes it. The button's pressed state is the toggle's.
 */
export function parallelView(button: HTMLButtonElement, content: HTMLElement, status: HTMLElement, alternate: { href: string; lang: string }): (on: boolean) => Promise<void> {
  let theirs: Promise<Document> | null = null;
  const load = () => (theirs ??= fetchPage(alternate.href));

  return async (on: boolean) => {
    if (!on) {
      unpair(content);
      document.body.classList.remove('parallel');
      status.textContent = '';
      return;
    }
    button.disabled = true;
    await loadSheet(sheet);
    try {
      const doc = await load();
      if (button.getAttribute('aria-pressed') !== 'true') return;
      unpair(content);
      const n = pair(content, doc, alternate.lang);
      document.body.classList.add('parallel');
      status.textContent = n > 0 ? (button.dataset.on ?? '') : (button.dataset.failed ?? '');
      // The reader stays at the sentence the address names.
      if (location.hash.length > 1) document.getElementById(location.hash.slice(1))?.scrollIntoView();
    } catch {
      theirs = null;
      button.setAttribute('aria-pressed', 'false');
      status.textContent = button.dataset.failed ?? '';
    } finally {
      button.disabled = false;
    }
  };
}
