// How a disclosure that floats over the page (a menu, the citation panel, the context line's
// contents) gets out of the way: a click outside it closes it, and so does Escape, which gives the
// focus back to its summary.

/** Closes `details` on a click outside it, and on Escape pressed within `escapeFrom` (the whole page unless given). */
export function dismissable(details: HTMLDetailsElement, escapeFrom: EventTarget = window): void {
  addEventListener('click', (e) => {
    if (details.open && !details.contains(e.target as Node)) details.open = false;
  });
  escapeFrom.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape' || !details.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  });
}
