// Serves the built site: node scripts/serve.ts [--dir dist] [--port 4321]. The base path comes from
// BASE_PATH, as in the build.

import { parseArgs } from 'node:util';
import { deployment } from '../src/site-config.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env.PORT ?? '4321' } } });
const { url } = await serveStatic(values.dir, { port: Number(values.port), base: deployment().base });
process.stdout.write(`Serving ${values.dir} at ${url} (Ctrl+C to stop)\n`);
