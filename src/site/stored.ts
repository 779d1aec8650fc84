// A reader's choices kept across pages (the theme, the side-by-side view) in localStorage. Storage
// may be refused (private modes, blocked cookies): then nothing is read and a choice holds for the
// page it was made on only.

/** The stored value of `key`, or null. */
export function readChoice(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `value` under `key`; null forgets it. */
export function keepChoice(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Refused: the choice holds for this page only.
  }
}
