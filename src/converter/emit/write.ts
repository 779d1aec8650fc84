// Stage 9, write: all or nothing, and only over a folder this converter made. Files go to a fresh
// folder beside the output folder, and only when every file is written does the new folder take
// the old one's place; a failure on the way leaves the output folder exactly as it was. Every
// output folder carries a marker file; a path that is not such a folder (a file, a link, a folder
// with other things in it) is refused, so `--out .` or `--out ~/Documents` can never delete anything.

import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** Path (relative to the output folder) to file contents. */
export type FileSet = Map<string, string>;

/** The marker file in every output folder, and what it says. */
const MARKER = '.guohan-ingest';
const MARKER_TEXT = 'This folder is written by scripts/ingest.ts, which replaces it whole on every run. Do not keep anything else here.\n';

/** Raised when the output path is not a folder the converter may replace. */
export class OutputRefused extends Error {}

/** Why `target` may not be replaced, or null when it may (absent, empty, or made by this converter). */
async function refusal(target: string): Promise<string | null> {
  const info = await lstat(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (info === null) return null;
  // Replacing the working folder (`--out .`), or a folder that holds it, would pull the floor from
  // under whoever ran the command, empty or not.
  const here = resolve(process.cwd());
  if (here === target || here.startsWith(target.endsWith(sep) ? target : target + sep)) return 'it is the working folder, or holds it.';
  if (info.isSymbolicLink()) return 'it is a symbolic link; give the folder itself.';
  if (!info.isDirectory()) return 'it is a file, not a folder.';
  const entries = await readdir(target);
  if (entries.length === 0) return null;
  const marker = await readFile(join(target, MARKER), 'utf8').catch(() => null);
  if (marker === MARKER_TEXT) return null;
  return `the folder holds ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} and was not made by this converter (no ${MARKER} file); replacing it would delete them.`;
}

/** Replaces `outDir` with a folder holding exactly `files` (and the marker). */
export async function writeAtomically(outDir: string, files: FileSet): Promise<void> {
  const target = resolve(outDir);
  const why = await refusal(target);
  if (why) throw new OutputRefused(`refusing to replace ${outDir}: ${why} Choose another --out, or empty or remove the folder yourself.`);
  await mkdir(dirname(target), { recursive: true });
  // A plain mkdir (not mkdtemp, which makes 0700 folders): the output gets the usual permissions.
  const staging = join(dirname(target), `.${basename(target)}.new-${randomBytes(6).toString('hex')}`);
  await mkdir(staging);
  try {
    const folders = new Set([...files.keys()].map((path) => dirname(join(staging, path))));
    await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
    await Promise.all([...files].map(([path, contents]) => writeFile(join(staging, path), contents)));
    await writeFile(join(staging, MARKER), MARKER_TEXT);
    const retired = staging.replace('.new-', '.old-');
    const hadOld = await rename(target, retired).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return false;
        throw e;
      },
    );
    await rename(staging, target);
    if (hadOld) await rm(retired, { recursive: true, force: true });
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}
