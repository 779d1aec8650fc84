// node scripts/ingest.ts --seed FILE --out DIR [--errata FILE] [--topics FILE] [--strict]
// The command line itself is in lib/ingest-cli.ts; this entry first turns on Node's compile cache,
// which must happen before the modules load, so that repeated runs skip compiling them again.

import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./lib/ingest-cli.ts');
