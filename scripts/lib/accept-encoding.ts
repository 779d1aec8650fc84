// Which pre-compressed copy of a file a client can take. The build writes file.br and file.gz next
// to text files (scripts/lib/compress.ts); a host sends one only when the request's Accept-Encoding
// allows it, as nginx's gzip_static and brotli_static do.

/** The encodings the build pre-compresses, best first, with the suffix of their files. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** One of those encodings, as the server picks it for a response. */
export type Precompressed = (typeof PRECOMPRESSED)[number];

/** The pre-compressed encodings an Accept-Encoding header allows (q > 0), best first. */
export function parseAcceptEncoding(header: string | undefined): Precompressed[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight ? Number(weight.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const qualityOf = (name: string) => q.get(name) ?? (name === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
  return PRECOMPRESSED.filter((p) => qualityOf(p.encoding) > 0).sort((a, b) => qualityOf(b.encoding) - qualityOf(a.encoding));
}
