// The converter's command line (started by scripts/ingest.ts): node scripts/ingest.ts --seed FILE --out DIR [--errata FILE] [--strict]
// Prints every diagnostic as FILE:LINE:COL: rule-id: message, writes DIR only when the input is valid,
// and exits non-zero (leaving DIR exactly as it was) when it is not.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../../src/converter/diagnostics.ts';
import { writeAtomically } from '../../src/converter/emit/write.ts';
import { convert } from '../../src/converter/pipeline.ts';
import { RULES } from '../../src/converter/rules/index.ts';
import { deployment } from '../../src/site-config.ts';

const USAGE = `Usage: node scripts/ingest.ts --seed FILE --out DIR [--errata FILE] [--strict] [--quiet]

  --seed FILE    the document's text (default: seeds/guohan-2025-86.txt)
  --out DIR      folder to (re)write: docs/ (MDX), data/ (export), model.json (default: src/content)
  --errata FILE  reviewed corrections and repairs (default: errata.yaml beside the seed, if any)
  --topics FILE  reviewed vocabulary of policy topics (default: topics.yaml beside the seed, if any)
  --strict       warnings the errata file does not account for become errors
  --quiet        print errors and the summary only

Rules:
${RULES.map((r) => `  ${r.id.padEnd(26)}${r.severity.padEnd(9)}${r.description}`).join('\n')}
`;

function main(): number {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: 'seeds/guohan-2025-86.txt' },
      out: { type: 'string', default: 'src/content' },
      errata: { type: 'string' },
      topics: { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const started = performance.now();
  const seedFile = values.seed;
  let seed: Uint8Array;
  try {
    seed = readFileSync(seedFile);
  } catch (e) {
    process.stderr.write(`${seedFile}:1:1: input-missing: error: cannot read the seed (${(e as NodeJS.ErrnoException).code}). Check the --seed path.\n`);
    return 2;
  }
  const besideSeed = join(dirname(seedFile), 'errata.yaml');
  const errataFile = values.errata ?? (existsSync(besideSeed) ? besideSeed : undefined);
  const topicsBeside = join(dirname(seedFile), 'topics.yaml');
  const topicsFile = values.topics ?? (existsSync(topicsBeside) ? topicsBeside : undefined);
  const result = convert({
    seedFile: relative(process.cwd(), seedFile) || seedFile,
    seed,
    errataFile: errataFile ? relative(process.cwd(), errataFile) : undefined,
    errata: errataFile ? readFileSync(errataFile, 'utf8') : undefined,
    topicsFile: topicsFile ? relative(process.cwd(), topicsFile) : undefined,
    topics: topicsFile ? readFileSync(topicsFile, 'utf8') : undefined,
    strict: values.strict,
    site: deployment(),
  });

  for (const d of result.diagnostics) {
    if (d.severity === 'error' || !values.quiet) process.stderr.write(formatDiagnostic(d) + '\n');
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  if (!result.ok || !result.files || !result.site) {
    process.stderr.write(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; ${values.out} left as it was.\n`);
    return 1;
  }
  return finish(result.files, result.site, values.out, { accounted: result.accounted ?? 0, errataFile, started, unusedPhrases: result.unusedPhrases ?? [] });
}

function finish(
  files: NonNullable<ReturnType<typeof convert>['files']>,
  site: NonNullable<ReturnType<typeof convert>['site']>,
  out: string,
  info: { accounted: number; errataFile?: string; started: number; unusedPhrases: string[] },
): number {
  // Writing is asynchronous; keep the exit code until it is done.
  writeAtomically(out, files).then(
    () => {
      const { model } = site;
      const sections = model.annexes.reduce((n, a) => n + a.sections.length, 0);
      const perAnnex = model.annexes.map((a) => `附件${a.number} ${a.sections.reduce((n, s) => n + s.clauses.length, 0)}`);
      const clauses = model.annexes.reduce((n, a) => n + a.sections.reduce((m, s) => m + s.clauses.length, 0), 0);
      const reviewed = info.errataFile ? `, ${info.accounted} of them accounted for by ${info.errataFile}` : ', no errata file';
      process.stdout.write(
        [
          `${model.annexes.length} annexes, ${sections} sections, ${clauses} clauses: ${perAnnex.join(', ')}.`,
          `${site.warnings.length} repairs and anomalies reported as warnings${reviewed}.`,
          ...(site.topics.length
            ? [
                `${site.topics.length} topics tagged on ${model.annexes.reduce((n, a) => n + a.sections.reduce((m, s) => m + s.clauses.filter((c) => c.topics.length).length, 0), 0)} clauses; ${info.unusedPhrases.length ? `phrases that match nothing: ${info.unusedPhrases.join(', ')}` : 'every phrase matches.'}`,
              ]
            : []),
          `Wrote ${files.size} files to ${out} in ${Math.round(performance.now() - info.started)} ms.`,
        ].join('\n') + '\n',
      );
    },
    (e: Error) => {
      process.stderr.write(`cannot write ${out}: ${e.message}\n`);
      process.exitCode = 3;
    },
  );
  return 0;
}

process.exitCode = main();
