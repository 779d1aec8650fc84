// Traditional characters as the simplified ones of this document. The table comes with the corpus
// (search/build/variants.ts derives it from OpenCC at build time, restricted to characters whose
// simplified form occurs in the corpus: 512 entries, 2.4 KB gzip, where OpenCC's dictionaries weigh
// over a megabyte). A character may stand for more than one (著 for 著 or 着, 覆 for 覆 or 复): the
// query is then tried in each form. The corpus is simplified already, so on its side the table
// changes nothing (every corpus character that has an entry lists itself); a test holds this.

/** Typed character → the corpus characters it may stand for, the likeliest first. */
export type Variants = ReadonlyMap<string, readonly string[]>;

/** Reads the table as shipped: `數数|著著着|…`, each entry the typed character and its candidates. */
export function readVariants(serialized: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const entry of serialized.split('|')) {
    const [from, ...to] = [...entry];
    if (from && to.length) table.set(from, to);
  }
  return table;
}

/**
 * The simplified forms of a string: every character replaced by its candidates, the likeliest form
 * first. At most `limit` forms: past that, characters keep only their likeliest candidate.
 */
export function simplifiedForms(s: string, table: Variants, limit = 8): string[] {
  let forms = [''];
  for (const ch of s) {
    const options = table.get(ch) ?? [ch];
    const next = forms.length * options.length <= limit ? options : options.slice(0, 1);
    forms = forms.flatMap((f) => next.map((o) => f + o));
  }
  return forms;
}
