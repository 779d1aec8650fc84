// Stage 0, load: the files a conversion needs, read from disk for the command line and the fixture
// runner alike. The errata and topics files default to errata.yaml and topics.yaml beside the
// seed, the real file's folder when the seed is a symbolic link, so a linked seed keeps its
// corrections and topics. A file that cannot be read is an `input-missing` diagnostic.

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Deployment } from '../model/urls.ts';
import type { ConvertInput } from './pipeline.ts';
import { decodeText } from './read.ts';

/** What to convert: paths as the user gave them. */
export interface LoadOptions {
  seed: string;
  errata?: string;
  topics?: string;
  strict?: boolean;
  site: Deployment;
  /** How a path appears in diagnostics (default: as given). */
  display?: (path: string) => string;
}

export type Loaded = { ok: true; input: ConvertInput } | { ok: false; diagnostics: Diagnostic[] };

/** Reads the seed and its companion files into a ConvertInput. */
export function loadInput(options: LoadOptions): Loaded {
  const show = options.display ?? ((p: string) => p);
  const problems: Diagnostic[] = [];
  const read = (path: string, what: string): Buffer | undefined => {
    try {
      return readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      problems.push(diagnostic('input-missing', show(path), { line: 1, column: 1 }, `cannot read the ${what} (${code}).`, `Check the path given for the ${what}.`));
      return undefined;
    }
  };
  const seed = read(options.seed, 'seed');
  if (!seed) return { ok: false, diagnostics: problems };
  // Beside the file itself: a symbolic link's own folder may hold nothing of the document's.
  const home = dirname(realpathSync(options.seed));
  const companion = (given: string | undefined, name: string): string | undefined => given ?? (existsSync(join(home, name)) ? join(home, name) : undefined);
  const errataPath = companion(options.errata, 'errata.yaml');
  const topicsPath = companion(options.topics, 'topics.yaml');
  // The reviewed YAML files are text like the seed: UTF-8, no control characters.
  const text = (path: string | undefined, what: string): string | undefined => {
    const bytes = path ? read(path, what) : undefined;
    if (!path || !bytes) return undefined;
    const decoded = decodeText(show(path), bytes);
    if (decoded.ok) return decoded.text;
    problems.push(...decoded.diagnostics);
    return undefined;
  };
  const errata = text(errataPath, 'errata file');
  const topics = text(topicsPath, 'topics file');
  if (problems.length) return { ok: false, diagnostics: problems };
  return {
    ok: true,
    input: {
      seedFile: show(options.seed),
      seed,
      ...(errataPath && errata !== undefined ? { errataFile: show(errataPath), errata } : {}),
      ...(topicsPath && topics !== undefined ? { topicsFile: show(topicsPath), topics } : {}),
      strict: options.strict,
      site: options.site,
    },
  };
}
