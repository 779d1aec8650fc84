// The converter's command line as a user runs it: exit codes, the diagnostic format, and an output
// folder that is replaced whole on success and left exactly as it was on failure.

import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const runIn = (cwd: string, ...args: string[]) =>
  promisify(execFile)(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], { cwd, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const run = (...args: string[]) => runIn(ROOT, ...args);

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
    expect(readdirSync(out).sort()).toEqual(['.guohan-ingest', 'data', 'docs', 'model.json']);
    // The usual permissions (not the 0700 of a temporary folder), and a second run replaces it.
    expect(statSync(out).mode & 0o777).toBe(0o777 & ~process.umask());
    expect((await run('--seed', 'tests/fixtures/converter/valid-minimal/input.txt', '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'docs/beijing/1.md'), 'utf8')).toContain('kind: "clause"');
  });

  it('on invalid input exits non-zero, names file, line and column, and leaves the output folder as it was', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-'));
    mkdirSync(join(out, 'docs'));
    writeFileSync(join(out, 'docs/keep.md'), 'earlier output\n');
    const before = snapshot(out);
    const r = await run('--seed', 'tests/fixtures/converter/clause-number-sequence-skip/input.txt', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/converter/clause-number-sequence-skip/input.txt:43:1: clause-number-sequence: error: 附件1: （六） follows （四）; （五） is missing.');
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

  it('lists its options and every diagnostic of the catalogue with --help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const id of ['clause-number-sequence', 'input-missing', 'xref-not-found', 'errata-unused']) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain('--strict');
    expect(r.stdout).toContain('--topics');
  });

  it('replaces only a folder it made: refuses a file, a folder with other things in it, and the current folder', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ingest-'));
    const file = join(parent, 'notes.txt');
    writeFileSync(file, 'keep me\n');
    const folder = join(parent, 'documents');
    mkdirSync(folder);
    writeFileSync(join(folder, 'report.docx'), 'keep me too\n');
    const seed = 'tests/fixtures/converter/valid-minimal/input.txt';
    for (const out of [file, folder, `${folder}/`, '.']) {
      const r = await run('--seed', seed, '--out', out);
      expect(r.code, out).not.toBe(0);
      expect(r.stderr, out).toMatch(/refusing to replace .*(not made by this converter|is a file|working folder)/);
    }
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    expect(readdirSync(folder)).toEqual(['report.docx']);
    expect(readdirSync(parent).sort()).toEqual(['documents', 'notes.txt']);
    expect(readdirSync(ROOT)).toContain('package.json');
    // An empty folder may be used.
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    expect((await run('--seed', seed, '--out', empty)).code).toBe(0);
  });

  it('never replaces the working folder or one that holds it, even when it is empty', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ingest-'));
    const cwd = join(parent, 'work');
    mkdirSync(cwd);
    const seed = join(ROOT, 'tests/fixtures/converter/valid-minimal/input.txt');
    for (const out of ['.', './', '..', cwd]) {
      const r = await runIn(cwd, '--seed', seed, '--out', out);
      expect(r.code, out).toBe(3);
      expect(r.stderr, out).toContain('it is the working folder, or holds it.');
    }
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(parent)).toEqual(['work']);
  });

  it('reads only regular files of a sane size: a device, a named pipe or a huge file is refused at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '（一）'.repeat(1_500_000));
    for (const [seed, message] of [
      ['/dev/zero', 'input-not-file: error: the seed is not a regular file (a device).'],
      [fifo, 'input-not-file: error: the seed is not a regular file (a named pipe).'],
      [dir, 'input-not-file: error: the seed is not a regular file (a folder).'],
      [huge, 'input-too-large: error: the seed holds 13,500,000 bytes; at most 4,194,304 are read.'],
    ]) {
      const started = performance.now();
      const r = await run('--seed', seed, '--out', join(dir, 'out'));
      expect(r.code, seed).toBe(2);
      expect(r.stderr, seed).toContain(message);
      // At once: nothing is read (a hang or a read of /dev/zero would take the test's whole timeout).
      expect(performance.now() - started, seed).toBeLessThan(30_000);
    }
    expect(readdirSync(dir).sort()).toEqual(['huge.txt', 'pipe.txt']);
  });

  it('converts a seed of a thousand clauses, with output that grows in step with the input', async () => {
    const source = readFileSync(join(ROOT, 'tests/fixtures/converter/valid-minimal/input.txt'), 'utf8');
    const numeral = (n: number) => {
      const d = '零一二三四五六七八九';
      const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
      return `${h ? `${d[h]}百` : ''}${t ? `${h && t === 1 ? '一' : t === 1 && !h ? '' : d[t]}十` : h && u ? '零' : ''}${u ? d[u] : ''}`;
    };
    let k = 0;
    const many = source.replace(/^（[一二三四五六七八九十]+）(.*)$/gm, (_, rest: string) =>
      Array.from({ length: 120 }, (_x, i) => `（${numeral(++k)}）${rest.replace('。', `${i}号。`)}`).join('\n\n'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    writeFileSync(join(dir, 'many.txt'), many);
    const r = await run('--seed', join(dir, 'many.txt'), '--out', join(dir, 'out'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('960 clauses');
    // Each clause's record once: the model is a small multiple of the seed, not its square.
    expect(statSync(join(dir, 'out/model.json')).size).toBeLessThan(20 * Buffer.byteLength(many));
  });

  it('finds errata.yaml and topics.yaml beside the file a symbolic link points to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const real = join(dir, 'real');
    mkdirSync(real);
    cpSync(join(ROOT, 'seeds'), real, { recursive: true });
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(join(real, 'guohan-2025-86.txt'), join(elsewhere, 'seed.txt'));
    const out = join(dir, 'content');
    const r = await run('--seed', join(elsewhere, 'seed.txt'), '--out', out, '--strict');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('44 of them accounted for by');
    expect(r.stdout).toContain('70 topics tagged');
  });
});
