// The chosen pilots in the page's address (?pilots=a,b), shared by /compare/ and the concordance
// pages, so that a view can be shared by its link.

import { pilotsQuery } from '../../model/urls.ts';

/** Puts the chosen pilots into the address, replacing the current history entry. */
export function writePilots(pilots: readonly string[]): void {
  const url = new URL(location.href);
  url.search = pilotsQuery(pilots);
  history.replaceState(history.state, '', url);
}
