// /data/…: the converter's export (document.json, clauses.json and .csv, concordance.json, the
// measures and the matrix as CSV), served as written (src/content/data/), so the site and the
// export can never disagree.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import type { DataFile } from '../../model/urls.ts';

const FILES = {
  'document.json': 'application/json; charset=utf-8',
  'clauses.json': 'application/json; charset=utf-8',
  'clauses.csv': 'text/csv; charset=utf-8',
  'concordance.json': 'application/json; charset=utf-8',
  'measures.csv': 'text/csv; charset=utf-8',
  'matrix.csv': 'text/csv; charset=utf-8',
  'glossary.json': 'application/json; charset=utf-8',
} as const satisfies Record<DataFile, string>;

export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = params.file as keyof typeof FILES;
  return new Response(readFileSync(join(process.cwd(), 'src/content/data', file)), {
    headers: { 'Content-Type': FILES[file] },
  });
};
