// node scripts/ingest.ts [--seed FILE] [--out DIR] [--errata FILE] [--topics FILE] [--strict] [--quiet]
// The command line itself is in lib/ingest-cli.ts. This entry turns on Node's compile cache
// (before any module loads), kept inside the project (node_modules/.cache/), never in a shared
// temporary folder, so that a later run need not compile the modules again.

import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

enableCompileCache?.(fileURLToPath(new URL('../node_modules/.cache/node-compile/', import.meta.url)));
await import('./lib/ingest-cli.ts');
