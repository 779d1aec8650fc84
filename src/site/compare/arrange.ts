// Reordering a long page's elements without touching the ones already in place: moving a node,
// even to where it already is, makes the browser restyle and lay out all it holds, and on the
// compare pages that is thousands of quotes. So the views say the order they want, and the DOM
// changes only where it differs.

/** Puts `items`, in this order, where `parent`'s matching children `current` stood (before whatever followed the last of them); does nothing when they already stand so. */
export function arrange(parent: Element, current: readonly Element[], items: readonly Element[]): void {
  if (items.length === current.length && items.every((el, i) => el === current[i] && el.parentElement === parent)) return;
  const after = current.at(-1)?.nextElementSibling ?? null;
  for (const el of items) parent.insertBefore(el, after);
}
