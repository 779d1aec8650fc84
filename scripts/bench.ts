// npm run bench: the figures DESIGN.md sets bars for, measured, not asserted. Prints a table.
//   ingest of the whole seed (bar: under 1 s), full build (bar: under 60 s on 2 cores).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { convert } from '../src/converter/pipeline.ts';
import { deployment } from '../src/site-config.ts';

interface Row {
  what: string;
  value: string;
  bar: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(1)} s`);

// Ingest, in process: read, parse, build, validate, errata, link, emit (no disk writes), 7 runs.
const seed = readFileSync('seeds/guohan-2025-86.txt');
const errata = readFileSync('seeds/errata.yaml', 'utf8');
const runs: number[] = [];
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  convert({ seedFile: 'seeds/guohan-2025-86.txt', seed, errataFile: 'seeds/errata.yaml', errata, strict: true, site: deployment() });
  runs.push(performance.now() - t);
}
rows.push({ what: 'ingest, whole seed (in process, median of 7)', value: ms(median(runs)), bar: '< 1 s', ok: median(runs) < 1000 });

// The CLI as a user runs it, including Node start-up and writing the files.
let t = performance.now();
execFileSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--strict'], { stdio: 'ignore' });
const cli = performance.now() - t;
rows.push({ what: 'ingest CLI incl. start-up and writing', value: ms(cli), bar: '< 1 s', ok: cli < 1000 });

if (!process.argv.includes('--no-build')) {
  t = performance.now();
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
  const build = performance.now() - t;
  rows.push({ what: `full build (npm run build; ${cpus().length} cores)`, value: ms(build), bar: '< 60 s', ok: build < 60_000 });
}

const width = Math.max(...rows.map((r) => r.what.length));
for (const r of rows) {
  process.stdout.write(`${r.what.padEnd(width)}  ${r.value.padStart(10)}  ${r.bar.padEnd(10)} ${r.ok === null ? '' : r.ok ? 'ok' : 'OVER'}\n`);
}
