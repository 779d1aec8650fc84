// Shared by the search unit tests: the Traditional-to-Simplified table derived from the real seed's
// characters, as the build derives it from the corpus (no build needed).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWidth } from '../../../src/model/text.ts';
import { deriveVariants, serializeVariants } from '../../../src/site/search/build/variants.ts';
import { readVariants } from '../../../src/site/search/variants.ts';

const seed = readFileSync(join(import.meta.dirname, '../../../seeds/guohan-2025-86.txt'), 'utf8');

/** The characters of the document. */
export const seedChars = new Set(foldWidth(seed));

/** The table as the browser reads it. */
export const variants = readVariants(serializeVariants(deriveVariants(seedChars)));
