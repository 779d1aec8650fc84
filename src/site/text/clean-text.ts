// The text of the document as a reader quotes it: what a selection copies and what the cite panel
// quotes. A page sets more than the text beside it — a correction's original struck through, its
// note mark, sentence-number buttons, the "…" of a set-aside run, words for screen readers — and
// none of that belongs in a quote. One rule for every page: an element that matches NOT_TEXT, or is
// not rendered, gives no text; block elements are separated by a line break.

/** Elements whose words are not the document's: they stay on the page, and out of a quote. */
export const NOT_TEXT = 'del, .erratum-ref, button:not(.gloss), .sr-only, .sl-anchor-link, script, style, template, [data-not-text]';

const BLOCK = 'p, li, dt, dd, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, caption, section, article, table';

/** The quotable text of a range: the corrected text, without marks, controls or hidden runs. */
export function textOf(range: Range): string {
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? root.parentNode! : root, NodeFilter.SHOW_TEXT);
  let out = '';
  let block: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest(NOT_TEXT) || !parent.checkVisibility()) continue;
    let text = node.textContent ?? '';
    if (node === range.endContainer) text = text.slice(0, range.endOffset);
    if (node === range.startContainer) text = text.slice(range.startOffset);
    const here = parent.closest(BLOCK);
    if (out && here !== block) out = out.replace(/[ \t]+$/, '') + '\n';
    block = here;
    out += parent.closest('pre') ? text : text.replace(/[ \t\r\n]+/g, ' ');
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The quotable text of an element. */
export function textOfElement(element: Node): string {
  const range = document.createRange();
  range.selectNodeContents(element);
  return textOf(range);
}

/** A copy of a selection carries the quotable text (as plain text), not what the page sets beside it. */
export function mountCleanCopy(): void {
  document.addEventListener('copy', (event) => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    // Text fields copy as they are.
    const active = document.activeElement;
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return;
    const parts: string[] = [];
    for (let i = 0; i < selection.rangeCount; i++) parts.push(textOf(selection.getRangeAt(i)));
    const text = parts.join('\n');
    // A selection of nothing but marks (the struck original alone, say) copies as selected.
    if (!text || text === selection.toString()) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  });
}
