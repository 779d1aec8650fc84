// What a request asks for, checked before anything touches the disk. The static server acts only on
// a target that is a plain path under the base: decoded segments with no slash, backslash, dot
// segment or control character in them. A file lookup built from them cannot leave the build, and
// a redirect built from them can only name a path of this site.

/** A request target sorted into what the server does with it. */
export type RequestTarget =
  /** A path under the base, as decoded segments (none empty); `slash` when it ends with “/”. */
  | { kind: 'path'; segments: string[]; slash: boolean; search: string }
  /** The base without its trailing slash (/guohan): redirected to the base. */
  | { kind: 'base'; search: string }
  /** Well-formed, but no file can be there (outside the base, or an empty segment): 404. */
  | { kind: 'nowhere' }
  /** Malformed or hostile: 400, with a reason that quotes nothing from the request. */
  | { kind: 'bad'; reason: string };

const PRINTABLE_PATH = /^\/[\x21-\x7e]*$/;
const ENCODED_SEPARATOR = /%(2f|5c)/i;
const CONTROL = /[\x00-\x1f\x7f]/;

/** Sorts a raw request target (`req.url`) for a site deployed under `base` (/ or /guohan/). */
export function parseRequestTarget(raw: string, base: string): RequestTarget {
  if (!PRINTABLE_PATH.test(raw)) return { kind: 'bad', reason: 'the target must be a path of printable ASCII characters' };
  const query = raw.indexOf('?');
  const rawPath = query === -1 ? raw : raw.slice(0, query);
  const search = query === -1 ? '' : raw.slice(query);
  if (rawPath.includes('\\') || ENCODED_SEPARATOR.test(rawPath)) return { kind: 'bad', reason: 'backslashes and encoded slashes are not allowed in a path' };
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad', reason: 'malformed percent-escape in the path' };
  }
  if (CONTROL.test(path)) return { kind: 'bad', reason: 'control characters are not allowed in a path' };
  if (base !== '/' && path + '/' === base) return { kind: 'base', search };
  if (!path.startsWith(base)) return { kind: 'nowhere' };
  const rest = path.slice(base.length);
  const slash = rest === '' || rest.endsWith('/');
  const segments = rest === '' ? [] : (slash ? rest.slice(0, -1) : rest).split('/');
  if (segments.some((s) => s === '.' || s === '..')) return { kind: 'bad', reason: 'dot segments are not allowed in a path' };
  if (segments.some((s) => s === '')) return { kind: 'nowhere' };
  return { kind: 'path', segments, slash, search };
}

/** The site path of validated segments under `base`, each re-encoded: always one leading slash, never a host. */
export function formatSitePath(base: string, segments: string[], slash: boolean): string {
  const path = segments.map(encodeURIComponent).join('/');
  return base + path + (slash && path ? '/' : '');
}

/** Whether a base path is one the server can serve under: “/” or “/a/b/”, segments of URL-safe ASCII only. */
export function isValidBase(base: string): boolean {
  return /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@-]+\/)*$/.test(base) && !base.split('/').some((s) => s === '.' || s === '..');
}
