// Fixture folders, remark-gfm style: tests/fixtures/converter/<case>/ holds input.txt (the seed),
// optional companions beside it (errata.yaml, topics.yaml, glossary.yaml, measures/, translations/en/:
// found as the command line finds them), an optional options.json ({ strict, seed, errata, topics,
// measures, translations, glossary }: paths relative to the folder), and the
// expected output: expected.txt (every diagnostic, as the CLI prints it) and, for some cases,
// expected/ (every file the converter writes). The runner loads input the way the command line
// does (src/converter/load.ts) and repeats none of its logic.
// Regenerate after a reviewed change with: UPDATE_FIXTURES=1 npx vitest run tests/converter

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/model/catalogue.ts';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { loadInput } from '../../src/converter/load.ts';
import { convert, type ConvertResult } from '../../src/converter/pipeline.ts';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/converter');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface Options {
  strict?: boolean;
  seed?: string;
  errata?: string;
  topics?: string;
  measures?: string;
  translations?: string;
  glossary?: string;
  seedLimit?: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Converts a fixture as `node scripts/ingest.ts` would, with paths shown relative to the fixture (or the repository, outside it). */
function run(name: string): ConvertResult {
  const dir = join(FIXTURES, name);
  const options: Options = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
  const at = (path: string | undefined) => (path === undefined ? undefined : join(dir, path));
  const display = (path: string) => (relative(dir, path).startsWith('..') ? relative(ROOT, path) : relative(dir, path));
  const loaded = loadInput({
    seed: at(options.seed ?? 'input.txt')!,
    errata: at(options.errata),
    topics: at(options.topics),
    measures: at(options.measures),
    translations: at(options.translations),
    glossary: at(options.glossary),
    seedLimit: options.seedLimit,
    strict: options.strict,
    site: { origin: 'https://example.test', base: '/' },
    display,
  });
  return loaded.ok ? convert(loaded.input) : { ok: false, diagnostics: loaded.diagnostics };
}

const cases = readdirSync(FIXTURES).sort();

describe('converter fixtures', () => {
  for (const name of cases) {
    it(`${name} reports exactly what expected.txt lists`, () => {
      const dir = join(FIXTURES, name);
      const result = run(name);
      const printed = result.diagnostics.map(formatDiagnostic).join('\n') + '\n';
      const expectedFile = join(dir, 'expected.txt');
      if (UPDATE) writeFileSync(expectedFile, printed);
      expect(printed).toBe(readFileSync(expectedFile, 'utf8'));
      expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
    });

    const expectedDir = join(FIXTURES, name, 'expected');
    if (existsSync(expectedDir) || (UPDATE && name === 'valid-minimal')) {
      it(`${name} writes exactly the files in expected/`, () => {
        const result = run(name);
        expect(result.ok).toBe(true);
        const files = result.files!;
        if (UPDATE) {
          rmSync(expectedDir, { recursive: true, force: true });
          for (const [path, contents] of files) {
            mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
            writeFileSync(join(expectedDir, path), contents);
          }
        }
        expect([...files.keys()].sort()).toEqual(listFiles(expectedDir));
        for (const [path, contents] of files) expect(contents, path).toBe(readFileSync(join(expectedDir, path), 'utf8'));
      });
    }
  }

  it('has a fixture folder for every diagnostic of the catalogue (named after it: id or id-variant), which reports it', () => {
    for (const kind of CATALOGUE) {
      const folders = cases.filter((c) => c === kind.id || c.startsWith(`${kind.id}-`));
      expect(folders, `tests/fixtures/converter/${kind.id}/ is missing: add a seed that makes the converter report ${kind.id}`).not.toEqual([]);
      for (const folder of folders) expect(run(folder).diagnostics.map((d) => d.ruleId), folder).toContain(kind.id);
    }
  });
});
