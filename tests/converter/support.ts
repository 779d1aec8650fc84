// Shared by the converter tests: the real seed converted the way `npm run ingest -- --strict` does,
// with every reviewed companion beside it (errata, topics, measures, translations, glossary).

import { join } from 'node:path';
import { loadInput } from '../../src/converter/load.ts';
import { convert, type ConvertResult } from '../../src/converter/pipeline.ts';

export const ROOT = join(import.meta.dirname, '../..');

let converted: ConvertResult | undefined;

/** Converts seeds/guohan-2025-86.txt as the command line does (once per test file: the result is shared, read it, do not change it). */
export function convertRealSeed(): ConvertResult {
  if (converted) return converted;
  const loaded = loadInput({ seed: join(ROOT, 'seeds/guohan-2025-86.txt'), strict: true, site: { origin: 'https://example.test', base: '/' }, display: (p) => p.slice(ROOT.length + 1) });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  converted = convert(loaded.input);
  return converted;
}
