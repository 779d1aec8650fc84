// Folding for matching: full-width ASCII to ASCII, upper to lower case, the ideographic space to a
// space. Every fold maps one UTF-16 unit to one, so offsets in the folded text are offsets in the
// original, and highlights land on the characters the reader sees.

/** Folds a string for matching, keeping its length. */
export function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0).toLowerCase();
    else if (ch === '\u3000') out += ' ';
    else out += ch.length === 1 ? ch.toLowerCase() : ch;
  }
  return out;
}

/** A parsed query: the phrase as typed (whitespace collapsed) and its whitespace-separated terms. */
export interface Query {
  raw: string;
  phrase: string;
  terms: string[];
}

/** Parses what the reader typed. */
export function parseQuery(raw: string): Query {
  const phrase = fold(raw).trim().replace(/\s+/g, ' ');
  const terms = [...new Set(phrase.split(' ').filter(Boolean))];
  return { raw, phrase, terms };
}
