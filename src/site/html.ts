// Text into HTML where Astro does not escape for us (Starlight renders head entries with set:html):
// every string from the seed or the reviewed YAML files is text wherever it lands.

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
