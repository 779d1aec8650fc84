// The context bar in the browser (components/starlight/MobileTableOfContents.astro): as the reader
// scrolls, it names the part being read and marks it in every list of the page's contents; it
// closes its list when a link is followed, on a click elsewhere or on Escape; and the way back to
// the top (Footer.astro), shown once the reader is down the page, goes there without changing the
// address, focus following.

import { fragmentId } from './decode.ts';
import { dismissable } from './dismiss.ts';

interface Entry {
  id: string;
  depth: number;
  text: string;
  target: HTMLElement;
}

/** The entries of the page's contents (each once, in document order) whose targets exist. */
function readEntries(links: HTMLAnchorElement[]): Entry[] {
  const seen = new Map<string, Entry>();
  for (const a of links) {
    const id = fragmentId(a.hash);
    const target = document.getElementById(id);
    if (target && !seen.has(id)) seen.set(id, { id, depth: Number(a.dataset.depth), text: a.textContent ?? '', target });
  }
  return [...seen.values()];
}

/** The <page-context> element. */
class PageContext extends HTMLElement {
  connectedCallback(): void {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc-list a')];
    // Read with the view, at the first frame (readView).
    let entries: Entry[] = [];
    const mode = this.querySelector('.ctx-mode');
    const details = this.querySelector('details')!;
    const part = this.querySelector('.ctx-part')!;
    const here = this.querySelector('.ctx-here')!;
    const empty = here.textContent;
    const toTop = this.querySelector<HTMLElement>('.ctx-top');
    let frame = 0;

    // Set when a view has hidden or shown parts: the contents are read again at the next frame.
    let viewChanged = true;

    const showPlace = () => {
      frame = 0;
      if (viewChanged) readView();
      // The entry being read is the last one whose start has passed the reading line, a fifth of
      // the way down the screen below this bar (where a heading that has just come up is read).
      const bar = this.getBoundingClientRect().bottom;
      const line = bar + (innerHeight - bar) / 5;
      let top: Entry | undefined;
      let current: Entry | undefined;
      for (const e of entries) {
        const rect = e.target.getClientRects()[0];
        if (!rect || rect.top > line) continue; // hidden (只看特色举措) or not reached yet
        current = e;
        if (e.depth <= 2) top = e;
      }
      for (const a of links) {
        const on = a.hash === `#${current?.id}` || a.hash === `#${top?.id}`;
        if (on) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
      part.textContent = current && top && current !== top ? top.text : '';
      here.textContent = current?.text ?? empty;
      toTop?.toggleAttribute('data-at-top', scrollY < innerHeight / 2);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(showPlace);
    };
    // A view that hides parts of the page (a pair of pilots, 只看特色举措): the contents list only
    // what is shown, and the bar names the view.
    // Read in the frame, where the browser lays the page out anyway: asking where things are in
    // the view's own task would lay out the whole page a second time (on a long comparison page,
    // a tenth of a second of a slow phone's time, on arrival and at every change of view).
    function readView() {
      viewChanged = false;
      for (const a of links) a.closest('li')?.toggleAttribute('hidden', document.getElementById(fragmentId(a.hash))?.getClientRects().length === 0);
      entries = readEntries(links).filter((e) => e.target.getClientRects().length > 0);
      if (mode) mode.textContent = document.documentElement.dataset.mode ?? '';
    }
    const followView = () => {
      viewChanged = true;
      schedule();
    };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    addEventListener('viewchange', followView);
    schedule();

    details.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) details.open = false;
    });
    dismissable(details);

    toTop?.addEventListener('click', (e) => {
      e.preventDefault();
      scrollTo({ top: 0 });
      const title = document.getElementById('_top');
      if (title) {
        title.tabIndex = -1;
        title.focus({ preventScroll: true });
      }
    });
  }
}

customElements.define('page-context', PageContext);
