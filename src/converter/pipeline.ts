// The converter, stage by stage: seed text in, model, diagnostics and the files to write out.
// Everything here is a pure function of its inputs; only scripts/ingest.ts touches the disk.

import type { DocumentModel } from '../model/types.ts';
import { buildModel } from './build.ts';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { accountForWarnings, parseErrata, placeCorrections, type Errata } from './errata.ts';
import { clausesCsv, exportClauses, exportConcordance, exportDocument, type Deployment } from './emit/data.ts';
import { serialisePage } from './emit/mdx.ts';
import { allPages } from './emit/pages.ts';
import type { FileSet } from './emit/write.ts';
import { collectRegistry, linkModel, type Linked } from './link.ts';
import { parseBlocks } from './parse.ts';
import { readSource } from './read.ts';
import { validate } from './rules/index.ts';
import { annotateSharing } from './sharing.ts';
import { concordModel } from './concordance.ts';
import { annotateSimilar } from './similar.ts';
import type { Concordance } from '../model/concordance.ts';
import { parseTopics, tagClauses } from './topics.ts';
import { correctedText } from './emit/data.ts';
import type { Topic } from '../model/types.ts';

export interface ConvertInput {
  /** The seed's path as it should appear in diagnostics. */
  seedFile: string;
  seed: Uint8Array;
  errataFile?: string;
  errata?: string;
  /** The reviewed vocabulary of policy topics (seeds/topics.yaml), if any. */
  topicsFile?: string;
  topics?: string;
  /** Make warnings that the errata file does not account for into errors. */
  strict?: boolean;
  site: Deployment;
}

/** What the site reads besides the MDX: the model, its links and the converter's report. */
export interface SiteModel {
  model: DocumentModel;
  linked: Linked;
  /** Every repair and anomaly, as the converter reported it (accounted for or not). */
  warnings: Diagnostic[];
  errata: Errata | null;
  topics: Topic[];
  /** Per domain, the ten plans' sentences aligned into measures (the compare pages). */
  concordance?: Concordance[];
}

export interface ConvertResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** How many warnings the errata file accounts for (reviewed repairs, placed corrections). */
  accounted?: number;
  /** Vocabulary phrases that match no clause (a report for whoever maintains the topics). */
  unusedPhrases?: string[];
  site?: SiteModel;
  files?: FileSet;
}

/** Converts a seed into the content of the site. */
export function convert(input: ConvertInput): ConvertResult {
  // 1. Read: bytes to lines (tolerates BOM, CRLF and trailing spaces; refuses empty or non-UTF-8).
  const read = readSource(input.seedFile, input.seed);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };

  // 2. Parse: lines to positioned blocks, each with its shape.
  const blocks = parseBlocks(read.source);

  // 3. Build: blocks to the typed model, placing every block somewhere.
  const { model, missing } = buildModel(read.source, blocks);

  // 4. Validate: every rule over the model; repairs come back as warnings.
  const found = validate({ model, missing });

  // 5. Errata: place reviewed corrections beside the originals; account for reviewed repairs.
  let errata: Errata | null = null;
  const errataProblems: Diagnostic[] = [];
  if (input.errata !== undefined && input.errataFile) {
    const parsed = parseErrata(input.errataFile, input.errata);
    errata = parsed.errata;
    errataProblems.push(...parsed.diagnostics, ...placeCorrections(model, errata));
  }
  const warnings = found.filter((d) => d.severity === 'warning');
  const accounted = errata ? accountForWarnings(warnings, errata) : { unaccounted: warnings, unused: [] };
  const escalate = (d: Diagnostic): Diagnostic =>
    input.strict ? { ...d, severity: 'error', hint: `${d.hint ? `${d.hint} ` : ''}(--strict: not accounted for in ${input.errataFile ?? 'an errata file'})` } : d;
  const unaccounted = new Set(accounted.unaccounted);

  const parsedTopics = input.topics !== undefined && input.topicsFile ? parseTopics(input.topicsFile, input.topics) : { topics: [], diagnostics: [] };
  const validated = [...found.map((d) => (unaccounted.has(d) ? escalate(d) : d)), ...errataProblems, ...accounted.unused.map(escalate), ...parsedTopics.diagnostics];
  const counted = warnings.length - accounted.unaccounted.length;
  // A model that failed validation is not linked: its link errors would only echo the ones above.
  if (hasErrors(validated)) return { ok: false, diagnostics: sortDiagnostics(validated), accounted: counted };

  // 6. Annotate: tag clauses with the reviewed topics; mark each sentence shared with other
  //    pilots' plans or distinctive to its own; list each clause's similar clauses in the other
  //    plans; align each domain's sentences into the concordance.
  const { topics } = parsedTopics;
  const unusedPhrases = tagClauses(model, topics, correctedText);
  annotateSharing(model);
  annotateSimilar(model);
  const concordance = concordModel(model);

  // 7. Link: one registry of every addressable thing; cross-links resolved through it.
  const { registry, diagnostics: registryProblems } = collectRegistry(model, topics);
  const { linked, diagnostics: linkProblems } = linkModel(model, registry);
  const diagnostics = sortDiagnostics([...validated, ...registryProblems, ...linkProblems]);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, accounted: counted };

  // 8. Emit: MDX pages (frontmatter checked against the collection schema), the data export, and
  //    the model the site's components read.
  const files: FileSet = new Map();
  for (const page of allPages(model, linked, topics)) files.set(`docs/${page.path}`, serialisePage(page));
  const clauses = exportClauses(model, input.site);
  files.set('data/document.json', JSON.stringify(exportDocument(model, input.site, topics), null, 2) + '\n');
  files.set('data/clauses.json', JSON.stringify(clauses, null, 2) + '\n');
  files.set('data/clauses.csv', clausesCsv(clauses));
  files.set('data/concordance.json', JSON.stringify(exportConcordance(model, concordance, input.site), null, 2) + '\n');
  const site: SiteModel = { model, linked, warnings, errata, topics, concordance };
  files.set('model.json', JSON.stringify(site) + '\n');
  return { ok: true, diagnostics, site, files, accounted: counted, unusedPhrases };
}
