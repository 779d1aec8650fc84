// node scripts/ingest.ts [--seed FILE] [--out DIR] [--errata FILE] [--topics FILE] [--strict] [--quiet]
// The command line itself is in lib/ingest-cli.ts. This entry turns on Node's compile cache (before
// any module loads), then runs the precompiled bundle when it is current (lib/ingest-bundle.ts),
// else the sources, refreshing the bundle once the conversion is done, for the next run.

import { enableCompileCache } from 'node:module';
import { currentBundle, refreshBundle } from './lib/ingest-bundle.ts';

enableCompileCache?.();
const bundle = process.env.INGEST_FROM_SOURCES ? null : currentBundle();
if (bundle) {
  await import(bundle);
} else {
  await import('./lib/ingest-cli.ts');
  // Best effort: a bundle that cannot be made only means the next run compiles the sources again.
  if (!process.env.INGEST_FROM_SOURCES) process.once('beforeExit', () => void refreshBundle().catch(() => undefined));
}
