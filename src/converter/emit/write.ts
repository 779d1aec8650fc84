// Stage 8, write: all or nothing. Files go to a fresh folder beside the output folder, and only
// when every file is written does the new folder take the old one's place; a failure on the way
// leaves the output folder exactly as it was.

import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Path (relative to the output folder) to file contents. */
export type FileSet = Map<string, string>;

/** Replaces `outDir` with a folder holding exactly `files`. */
export async function writeAtomically(outDir: string, files: FileSet): Promise<void> {
  const target = resolve(outDir);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.new-`));
  try {
    const folders = new Set([...files.keys()].map((path) => dirname(join(staging, path))));
    await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
    await Promise.all([...files].map(([path, contents]) => writeFile(join(staging, path), contents)));
    const retired = `${staging.replace('.new-', '.old-')}`;
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
