// npm run readme:diagnostics: writes the table of diagnostics in README.md (between its
// diagnostics markers) from the catalogue, src/model/catalogue.ts. A test keeps the two equal.

import { readFileSync, writeFileSync } from 'node:fs';
import { diagnosticsTable } from '../src/model/catalogue.ts';

const START = '<!-- diagnostics:start (npm run readme:diagnostics) -->';
const END = '<!-- diagnostics:end -->';
const readme = readFileSync('README.md', 'utf8');
const [before, rest] = readme.split(START);
if (rest === undefined || !rest.includes(END)) throw new Error(`README.md needs the markers ${START} and ${END}`);
writeFileSync('README.md', `${before}${START}\n${diagnosticsTable()}\n${END}${rest.split(END)[1]}`);
process.stdout.write('Wrote the diagnostics table in README.md.\n');
