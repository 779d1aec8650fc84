// Shared by the converter tests: the real seed converted the way `npm run ingest --strict` does.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert, type ConvertResult } from '../../src/converter/pipeline.ts';

export const ROOT = join(import.meta.dirname, '../..');

/** Converts seeds/guohan-2025-86.txt with the reviewed errata (and, if asked, the topics). */
export function convertRealSeed(options: { topics?: boolean } = {}): ConvertResult {
  const read = (path: string) => readFileSync(join(ROOT, path));
  return convert({
    seedFile: 'seeds/guohan-2025-86.txt',
    seed: read('seeds/guohan-2025-86.txt'),
    errataFile: 'seeds/errata.yaml',
    errata: read('seeds/errata.yaml').toString('utf8'),
    ...(options.topics ? { topicsFile: 'seeds/topics.yaml', topics: read('seeds/topics.yaml').toString('utf8') } : {}),
    strict: true,
    site: { origin: 'https://example.test', base: '/' },
  });
}
