// The converter's command line (started by scripts/ingest.ts):
//   node scripts/ingest.ts [--seed FILE] [--out DIR] [--errata FILE] [--topics FILE] [--strict] [--quiet]
// Prints every diagnostic as FILE:LINE:COL: rule-id: severity: message, writes DIR only when the
// input is valid, and exits non-zero (leaving DIR exactly as it was) when it is not.

import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CATALOGUE } from '../../src/model/catalogue.ts';
import { annexLabel } from '../../src/model/labels.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/model/diagnostics.ts';
import type { SiteModel } from '../../src/model/site-model.ts';
import { allClauses, clauseCount } from '../../src/model/walk.ts';
import { OutputRefused, writeAtomically, type FileSet } from '../../src/converter/emit/write.ts';
import { loadInput } from '../../src/converter/load.ts';
import { convert } from '../../src/converter/pipeline.ts';
import { ConfigError, deployment } from '../../src/site-config.ts';

const USAGE = `Usage: node scripts/ingest.ts [--seed FILE] [--out DIR] [--errata FILE] [--topics FILE] [--strict] [--quiet]

  --seed FILE    the document's text (default: seeds/guohan-2025-86.txt)
  --out DIR      folder to (re)write: docs/ (Markdown entries), data/ (export), model.json (default: src/content).
                 Only a folder this converter made (or an empty one) is ever replaced; never the working folder.
  --errata FILE  reviewed corrections and repairs (default: errata.yaml beside the seed, if any)
  --topics FILE  reviewed vocabulary of policy topics (default: topics.yaml beside the seed, if any)
  --strict       warnings the errata file does not account for become errors
  --quiet        print errors and the summary only
  --help         this text

Environment: SITE_URL (the site's origin, for absolute URLs in the export) and BASE_PATH.

Diagnostics (src/model/catalogue.ts):
${CATALOGUE.map((k) => `  ${k.id.padEnd(24)}${k.severity.padEnd(9)}${k.summary}`).join('\n')}
`;

function main(): number {
  let values;
  try {
    values = parseArgs({
      options: {
        seed: { type: 'string', default: 'seeds/guohan-2025-86.txt' },
        out: { type: 'string', default: 'src/content' },
        errata: { type: 'string' },
        topics: { type: 'string' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`ingest: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const started = performance.now();
  let site;
  try {
    site = deployment();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`ingest: ${e.message}\n`);
    return 2;
  }
  try {
    return convertAndWrite(values, site, started);
  } catch (e) {
    // A failure nobody foresaw is still said in the diagnostic form, with what to do, never as a stack trace.
    process.stderr.write(`${values.seed}:1:1: converter-failure: error: the converter stopped on an unexpected problem (${(e as Error).message}). ${values.out} left as it was. This is a bug: please report it with the input.\n`);
    return 4;
  }
}

/** Loads, converts and (when the input is valid) writes; the exit code. */
function convertAndWrite(values: { seed: string; out: string; errata?: string; topics?: string; strict: boolean; quiet: boolean }, site: ReturnType<typeof deployment>, started: number): number {
  const show = (path: string) => relative(process.cwd(), path) || path;
  const loaded = loadInput({ seed: values.seed, errata: values.errata, topics: values.topics, strict: values.strict, site, display: show });
  if (!loaded.ok) {
    report(loaded.diagnostics, values.quiet);
    process.stderr.write(`\n${values.out} left as it was.\n`);
    return 2;
  }
  const result = convert(loaded.input);
  const { errors, warnings } = report(result.diagnostics, values.quiet);
  if (!result.ok || !result.files || !result.site) {
    process.stderr.write(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}; ${values.out} left as it was.\n`);
    return 1;
  }
  finish(result.files, result.site, values.out, { accounted: result.accounted ?? 0, errataFile: loaded.input.errataFile, started, unusedPhrases: result.unusedPhrases ?? [] });
  return 0;
}

/** Prints diagnostics (warnings only without --quiet) and counts them. */
function report(diagnostics: readonly Diagnostic[], quiet: boolean): { errors: number; warnings: number } {
  for (const d of diagnostics) if (d.severity === 'error' || !quiet) process.stderr.write(formatDiagnostic(d) + '\n');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

function finish(files: FileSet, site: SiteModel, out: string, info: { accounted: number; errataFile?: string; started: number; unusedPhrases: string[] }): void {
  // Writing is asynchronous; the exit code is set when it is done.
  writeAtomically(out, files).then(
    () => {
      const { model } = site;
      const sections = model.annexes.reduce((n, a) => n + a.sections.length, 0);
      const clauses = allClauses(model);
      const reviewed = info.errataFile ? `, ${info.accounted} of them accounted for by ${info.errataFile}` : ', no errata file';
      process.stdout.write(
        [
          `${model.annexes.length} annexes, ${sections} sections, ${clauses.length} clauses: ${model.annexes.map((a) => `${annexLabel(a.number)} ${clauseCount(a)}`).join(', ')}.`,
          `${site.warnings.length} repairs and anomalies reported as warnings${reviewed}.`,
          ...(site.topics.length
            ? [`${site.topics.length} topics tagged on ${clauses.filter((c) => c.topics.length).length} clauses; ${info.unusedPhrases.length ? `phrases that match nothing: ${info.unusedPhrases.join(', ')}` : 'every phrase matches.'}`]
            : []),
          `Wrote ${files.size} files to ${out} in ${Math.round(performance.now() - info.started)} ms.`,
        ].join('\n') + '\n',
      );
    },
    (e: Error) => {
      process.stderr.write(e instanceof OutputRefused ? `ingest: ${e.message}\n` : `ingest: cannot write ${out}: ${e.message}\n`);
      process.exitCode = 3;
    },
  );
}

process.exitCode = main();
