// If-None-Match as RFC 9110 §13.1.2 reads it: “*”, or a list of entity tags compared weakly (W/"x"
// matches "x"), any one match enough. Caches and proxies that compress on the fly weaken a strong
// tag, and clients send several; an exact string comparison would answer them with the whole body.

/**
 * One list element: whitespace, an entity tag and whitespace (or nothing: lists may have empty
 * elements), then a comma or the end. Each part starts with a character the one before cannot take,
 * so a long hostile header is read in linear time.
 */
const ELEMENT = /[ \t]*(?:(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"[ \t]*)?(?:,|$)/y;

/** The opaque tags of an If-None-Match value, "*" for any, or null when the value is malformed (then it is ignored). */
export function parseIfNoneMatch(value: string): string[] | '*' | null {
  if (value.trim() === '*') return '*';
  const tags: string[] = [];
  ELEMENT.lastIndex = 0;
  while (ELEMENT.lastIndex < value.length) {
    const at = ELEMENT.lastIndex;
    const match = ELEMENT.exec(value);
    // No element here, or one that consumed nothing (a stray character): not a list of entity tags.
    if (!match || ELEMENT.lastIndex === at) return null;
    if (match[1] !== undefined) tags.push(match[1]);
  }
  return tags.length ? tags : null;
}

/**
 * Whether a GET or HEAD with this If-None-Match should be answered 304 for a representation whose
 * ETag is `etag` (a quoted tag, strong or weak): “*” matches any, a list matches when one of its tags
 * has the same opaque part. A missing or malformed header matches nothing.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const tags = parseIfNoneMatch(header);
  if (tags === '*') return true;
  const opaque = etag.replace(/^W\//, '').slice(1, -1);
  return tags !== null && tags.includes(opaque);
}
