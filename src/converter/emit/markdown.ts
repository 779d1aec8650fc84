// Markdown from the document's text, safe for any input: every ASCII punctuation mark is escaped
// with a backslash (CommonMark lets any of them be), so no text can open a link, emphasis, a
// heading, HTML or a code span; what the text says is what the Markdown says.

/** Escapes text for a Markdown paragraph or heading. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[!-/:-@[-`{-~]/g, (ch) => `\\${ch}`).replace(/\s+/g, ' ').trim();
}

/** Frontmatter as YAML, one `key: value` line per field, every value written as JSON (JSON scalars and arrays are YAML flow values, so any text reads back exactly). */
export function frontmatterYaml(data: Record<string, unknown>): string {
  return Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`)
    .join('');
}
