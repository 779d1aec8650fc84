// The converter's command line as a user runs it: exit codes, the diagnostic format, and an output
// folder that is replaced whole on success and left exactly as it was on failure.

import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/ingest.ts', ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

describe('node scripts/ingest.ts', () => {
  it('writes the content for a valid seed and prints a summary', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'content');
    const r = await run('--seed', 'tests/fixtures/converter/valid-minimal/input.txt', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 annexes, 7 sections, 8 clauses');
    expect(readdirSync(out).sort()).toEqual(['data', 'docs', 'model.json']);
    expect(readFileSync(join(out, 'docs/beijing/1.mdx'), 'utf8')).toContain('kind: clause');
  });

  it('on invalid input exits non-zero, names file, line and column, and leaves the output folder as it was', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-'));
    mkdirSync(join(out, 'docs'));
    writeFileSync(join(out, 'docs/keep.mdx'), 'earlier output\n');
    const before = snapshot(out);
    const r = await run('--seed', 'tests/fixtures/converter/clause-number-skip/input.txt', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/converter/clause-number-skip/input.txt:43:1: clause-number-sequence: error: 附件1: （六） follows （四）; （五） is missing.');
    expect(r.stderr).toContain(`left as it was`);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, '..')).filter((n) => n.startsWith(`.${out.split('/').pop()}.`))).toEqual([]);
  });

  it('prints repairs as warnings in the same form, and --strict turns unreviewed ones into errors', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'content');
    const lenient = await run('--seed', 'tests/fixtures/converter/page-break-join/input.txt', '--out', out);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/^tests\/fixtures\/converter\/page-break-join\/input\.txt:31:1: page-break-join: warning: /m);
    const strict = await run('--seed', 'tests/fixtures/converter/page-break-join/input.txt', '--out', out, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/input\.txt:31:1: page-break-join: error: /);
  });

  it('says what is wrong when the seed cannot be read', async () => {
    const r = await run('--seed', 'no/such/file.txt', '--out', join(tmpdir(), 'never'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/file.txt:1:1: input-missing: error:');
  });

  it('lists its options and rules with --help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('clause-number-sequence');
    expect(r.stdout).toContain('--strict');
  });
});
