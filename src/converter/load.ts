// Stage 0, load: the files a conversion needs, read from disk for the command line and the fixture
// runner alike. The reviewed companions of the seed default to the files beside it (beside the
// real file when the seed is a symbolic link, so a linked seed keeps them): errata.yaml,
// topics.yaml, glossary.yaml, and the folders measures/ and translations/en/. A file that cannot be
// read is an `input-missing` diagnostic; every companion is text by the same rules as the seed.

import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Deployment } from '../model/urls.ts';
import type { ConvertInput, NamedText } from './pipeline.ts';
import { decodeText } from './read.ts';

/** What to convert: paths as the user gave them. */
export interface LoadOptions {
  seed: string;
  errata?: string;
  topics?: string;
  /** The folder of reviewed measures (one {domain}.yaml per domain). */
  measures?: string;
  /** The folder of reviewed English translations. */
  translations?: string;
  glossary?: string;
  /** The most bytes the seed may hold (default SEED_LIMIT; the fixtures test the limit with a small one). */
  seedLimit?: number;
  strict?: boolean;
  site: Deployment;
  /** How a path appears in diagnostics (default: as given). */
  display?: (path: string) => string;
}

export type Loaded = { ok: true; input: ConvertInput } | { ok: false; diagnostics: Diagnostic[] };

/** The most a seed may hold: 4 MiB, some thirty times the real document. */
export const SEED_LIMIT = 4 * 1024 * 1024;
/** The most a companion file (errata, topics, glossary, a measures or translation file) may hold. */
export const COMPANION_LIMIT = 1024 * 1024;

/** What a path that is not a regular file is, in a word. */
function kindOf(info: Stats): string {
  return info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a file';
}

/** Reads the seed and its companion files into a ConvertInput. */
export function loadInput(options: LoadOptions): Loaded {
  const show = options.display ?? ((p: string) => p);
  const problems: Diagnostic[] = [];
  const missing = (path: string, what: string, e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    problems.push(diagnostic('input-missing', show(path), { line: 1, column: 1 }, `cannot read the ${what} (${code}).`, `Check the path given for the ${what}.`));
  };
  const read = (path: string, what: string, limit = COMPANION_LIMIT): Buffer | undefined => {
    let fd: number;
    try {
      // Opened without blocking, so that a named pipe with no writer cannot hold the converter.
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (e) {
      missing(path, what, e);
      return undefined;
    }
    try {
      // The file as opened (not the path, which could change in between) must be a regular file of a sane size.
      const info = fstatSync(fd);
      if (!info.isFile()) {
        problems.push(diagnostic('input-not-file', show(path), { line: 1, column: 1 }, `the ${what} is not a regular file (${kindOf(info)}).`, `Point the option at the ${what} itself.`));
        return undefined;
      }
      if (info.size > limit) {
        problems.push(diagnostic('input-too-large', show(path), { line: 1, column: 1 }, `the ${what} holds ${info.size.toLocaleString('en')} bytes; at most ${limit.toLocaleString('en')} are read.`, `Check that this is the ${what}.`));
        return undefined;
      }
      return readFileSync(fd);
    } catch (e) {
      missing(path, what, e);
      return undefined;
    } finally {
      closeSync(fd);
    }
  };
  const seed = read(options.seed, 'seed', options.seedLimit ?? SEED_LIMIT);
  if (!seed) return { ok: false, diagnostics: problems };
  // Beside the file itself: a symbolic link's own folder may hold nothing of the document's.
  const home = dirname(realpathSync(options.seed));
  const companion = (given: string | undefined, name: string): string | undefined => given ?? (existsSync(join(home, name)) ? join(home, name) : undefined);
  // The reviewed YAML files are text like the seed: UTF-8, no control characters.
  const text = (path: string | undefined, what: string): NamedText | undefined => {
    const bytes = path ? read(path, what) : undefined;
    if (!path || !bytes) return undefined;
    const decoded = decodeText(show(path), bytes);
    if (decoded.ok) return { file: show(path), text: decoded.text };
    problems.push(...decoded.diagnostics);
    return undefined;
  };
  /** Every .yaml file of a folder, in name order. */
  const folder = (path: string | undefined, what: string): NamedText[] | undefined => {
    if (!path) return undefined;
    try {
      const names = readdirSync(path).filter((n) => n.endsWith('.yaml')).sort();
      return names.map((n) => text(join(path, n), what)).filter((t): t is NamedText => t !== undefined);
    } catch (e) {
      missing(path, what, e);
      return undefined;
    }
  };
  const errata = text(companion(options.errata, 'errata.yaml'), 'errata file');
  const topics = text(companion(options.topics, 'topics.yaml'), 'topics file');
  const glossary = text(companion(options.glossary, 'glossary.yaml'), 'glossary');
  const measures = folder(companion(options.measures, 'measures'), 'measures file');
  const translations = folder(companion(options.translations, join('translations', 'en')), 'translation file');
  if (problems.length) return { ok: false, diagnostics: problems };
  return {
    ok: true,
    input: {
      seedFile: show(options.seed),
      seed,
      ...(errata ? { errataFile: errata.file, errata: errata.text } : {}),
      ...(topics ? { topicsFile: topics.file, topics: topics.text } : {}),
      ...(measures ? { measures } : {}),
      ...(translations ? { translations } : {}),
      ...(glossary ? { glossary } : {}),
      strict: options.strict,
      site: options.site,
    },
  };
}
