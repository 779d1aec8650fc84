// Decoding what an address holds. A path or a fragment comes from whoever wrote the link, and
// decodeURIComponent throws URIError on a malformed escape (#%, #s%, %E0%A4%A): every decoding of
// location data in the site goes through here, so that a bad link names nothing, never an error.

/** decodeURIComponent that never throws: a malformed escape leaves the text as written. */
export function decodeOrRaw(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The id a fragment names (#clause-3, #%E4%B8%80 …); a malformed one is taken as written, and names nothing on the page. */
export function fragmentId(hash: string): string {
  return decodeOrRaw(hash.startsWith('#') ? hash.slice(1) : hash);
}
