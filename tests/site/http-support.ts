// Requests exactly as written, for the hosting tests: fetch() would normalise “..”, backslashes and
// escapes away before they reach a server, and those are what a hostile client sends.

import { request } from 'node:http';

/** A response as received: status, headers (lower-case names) and the raw body bytes. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Sends `method target` to the server at `origin` (http://127.0.0.1:port) without touching the target. */
export function sendRaw(origin: string, target: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    // A server that crashed or hangs fails the test at once instead of at the test's timeout.
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to ${options.method ?? 'GET'} ${target} within 5 s`)));
    req.on('error', reject);
    req.end();
  });
}
