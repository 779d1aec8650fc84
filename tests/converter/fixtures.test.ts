// Fixture folders, remark-gfm style: tests/fixtures/<case>/input.txt (the seed), optional
// errata.yaml and options.json, and the expected output: expected.txt (every diagnostic, as the CLI
// prints it) and, for some cases, expected/ (every file the converter writes).
// Regenerate after a reviewed change with: UPDATE_FIXTURES=1 npx vitest run tests/converter

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/converter/diagnostics.ts';
import { convert } from '../../src/converter/pipeline.ts';

const ROOT = join(import.meta.dirname, '../fixtures/converter');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const SITE = { origin: 'https://example.test', base: '/' };

interface Options {
  strict?: boolean;
  /** Use another seed than input.txt (the real seed's fixture points at seeds/). */
  seed?: string;
  errata?: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function run(name: string) {
  const dir = join(ROOT, name);
  const options: Options = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
  const seedPath = join(dir, options.seed ?? 'input.txt');
  const errataPath = options.errata ? join(dir, options.errata) : join(dir, 'errata.yaml');
  return convert({
    seedFile: options.seed ? relative(join(ROOT, '../../..'), seedPath) : 'input.txt',
    seed: readFileSync(seedPath),
    errataFile: existsSync(errataPath) ? (options.errata ? relative(join(ROOT, '../../..'), errataPath) : 'errata.yaml') : undefined,
    errata: existsSync(errataPath) ? readFileSync(errataPath, 'utf8') : undefined,
    strict: options.strict,
    site: SITE,
  });
}

describe('converter fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(`${name} reports exactly what expected.txt lists`, () => {
      const dir = join(ROOT, name);
      const result = run(name);
      const printed = result.diagnostics.map(formatDiagnostic).join('\n') + '\n';
      const expectedFile = join(dir, 'expected.txt');
      if (UPDATE) writeFileSync(expectedFile, printed);
      expect(printed).toBe(readFileSync(expectedFile, 'utf8'));
      expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
    });

    const expectedDir = join(ROOT, name, 'expected');
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
});
