// The converter's command line, precompiled: one JavaScript file bundled by esbuild from
// lib/ingest-cli.ts and everything it imports, kept in the system's temporary folder with the list
// of its inputs. scripts/ingest.ts runs it when every input is unchanged, which saves compiling
// about sixty TypeScript modules and resolving their packages on every run; otherwise it runs the
// sources and refreshes the bundle afterwards. Nothing here changes what the converter does.

import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = join(ROOT, 'scripts/lib/ingest-cli.ts');
/** One cache per project folder (a scratch copy of the project gets its own). */
const DIR = join(tmpdir(), `guohan-ingest-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
const BUNDLE = join(DIR, 'ingest.mjs');
const INPUTS = join(DIR, 'inputs.json');

/** What a bundled input was: its path and modification time; the lockfile stands for every package. */
type Stamp = [path: string, mtimeMs: number, size: number];

function stamp(path: string): Stamp | null {
  const info = statSync(path, { throwIfNoEntry: false });
  return info ? [path, info.mtimeMs, info.size] : null;
}

/** The bundle's path when it was made from exactly the files that are there now, else null. */
export function currentBundle(): string | null {
  try {
    const inputs = JSON.parse(readFileSync(INPUTS, 'utf8')) as Stamp[];
    const unchanged = inputs.every(([path, mtime, size]) => {
      const now = stamp(path);
      return now !== null && now[1] === mtime && now[2] === size;
    });
    return unchanged && statSync(BUNDLE, { throwIfNoEntry: false }) ? BUNDLE : null;
  } catch {
    return null;
  }
}

/** Bundles the command line and records its inputs; written beside and renamed, so a concurrent run never reads half a file. */
export async function refreshBundle(): Promise<void> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Packages written as CommonJS call require(); give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const files = [...Object.keys(result.metafile.inputs).map((p) => resolve(ROOT, p)), join(ROOT, 'package-lock.json')];
  const stamps = files.map(stamp).filter((s): s is Stamp => s !== null);
  mkdirSync(DIR, { recursive: true });
  const suffix = randomBytes(4).toString('hex');
  writeFileSync(`${BUNDLE}.${suffix}`, result.outputFiles[0].contents);
  writeFileSync(`${INPUTS}.${suffix}`, JSON.stringify(stamps));
  renameSync(`${BUNDLE}.${suffix}`, BUNDLE);
  renameSync(`${INPUTS}.${suffix}`, INPUTS);
}
