// The converter, stage by stage: seed text in; model, diagnostics and the files to write out.
// Everything here is a pure function of its inputs: load.ts reads the files and emit/write.ts
// writes the output, both called by the command line (scripts/lib/ingest-cli.ts).

import { hasErrors, sortDiagnostics, type Diagnostic } from '../model/diagnostics.ts';
import type { SiteModel } from '../model/site-model.ts';
import { correctedText } from '../model/text.ts';
import type { Deployment } from '../model/urls.ts';
import { buildModel } from './build.ts';
import { clausesCsv, exportClauses, exportConcordance, exportDocument, exportGlossary, matrixCsv, measuresCsv } from './emit/data.ts';
import { allEntries, serialiseEntry } from './emit/entries.ts';
import { englishEntries } from './emit/entries-en.ts';
import type { FileSet } from './emit/write.ts';
import { parseGlossary } from './english/glossary.ts';
import { placeEnglish } from './english/translations.ts';
import { applyErrata } from './errata.ts';
import { collectRegistry, linkModel } from './link.ts';
import { compareModel } from './measures/measures.ts';
import { parseMeasures, type ReviewedMeasures } from './measures/reviewed.ts';
import { placeNames } from '../model/wording.ts';
import { parseBlocks } from './parse.ts';
import { readSource } from './read.ts';
import { validate } from './rules/index.ts';
import { parseTopics, tagClauses } from './topics.ts';

/** A companion file: its path as diagnostics show it, and its text. */
export interface NamedText {
  file: string;
  text: string;
}

export interface ConvertInput {
  /** The seed's path as it should appear in diagnostics. */
  seedFile: string;
  seed: Uint8Array;
  errataFile?: string;
  errata?: string;
  /** The reviewed vocabulary of policy topics (seeds/topics.yaml), if any. */
  topicsFile?: string;
  topics?: string;
  /** The reviewed measures, one file per domain (seeds/measures/). */
  measures?: NamedText[];
  /** The reviewed English translation, one file per annex and one for the letter (seeds/translations/en/). */
  translations?: NamedText[];
  /** The reviewed glossary (seeds/glossary.yaml). */
  glossary?: NamedText;
  /** Make warnings that the errata file does not account for into errors. */
  strict?: boolean;
  site: Deployment;
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
  // 1. Read: bytes to lines (tolerates BOM, CRLF and trailing spaces; refuses empty or non-UTF-8
  //    input and control characters).
  const read = readSource(input.seedFile, input.seed);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };

  // 2. Parse: lines to positioned blocks, each with its shape.
  const blocks = parseBlocks(read.source);

  // 3. Build: blocks to the typed model, placing every block somewhere.
  const { model, missing } = buildModel(read.source, blocks);

  // 4. Validate: every rule over the model; repairs come back as warnings.
  const found = validate({ model, missing });

  // 5. Errata: place reviewed corrections beside the originals; account for reviewed repairs
  //    (with --strict, a repair nobody reviewed is an error).
  const errata = applyErrata(model, found, { file: input.errataFile, text: input.errata }, input.strict);
  const topicsFile = input.topicsFile ?? '';
  const parsedTopics = input.topics !== undefined && input.topicsFile ? parseTopics(input.topicsFile, input.topics) : { topics: [], diagnostics: [] };
  const reviewed: ReviewedMeasures = { measures: [], distinct: [], former: [] };
  const measureProblems: Diagnostic[] = [];
  for (const f of input.measures ?? []) {
    const parsed = parseMeasures(f.file, f.text);
    reviewed.measures.push(...parsed.measures);
    reviewed.distinct.push(...parsed.distinct);
    reviewed.former.push(...parsed.former);
    measureProblems.push(...parsed.diagnostics);
  }
  const parsedGlossary = input.glossary ? parseGlossary(input.glossary.file, input.glossary.text, parsedTopics.topics) : { glossary: [], diagnostics: [] };
  const validated = [...errata.diagnostics, ...parsedTopics.diagnostics, ...measureProblems, ...parsedGlossary.diagnostics];
  // A model that failed validation is not linked: its link errors would only echo the ones above.
  if (hasErrors(validated)) return { ok: false, diagnostics: sortDiagnostics(validated), accounted: errata.accounted };

  // 6. Annotate: tag clauses with the reviewed topics; place the reviewed measures in the model
  //    (each sentence's measures, the similar clauses, each plan's parts in no measure).
  const { topics } = parsedTopics;
  const unusedPhrases = tagClauses(model, topics, correctedText);
  const places = placeNames(model);
  const { comparison, diagnostics: quoteProblems } = compareModel(model, reviewed, places);
  if (quoteProblems.length) return { ok: false, diagnostics: sortDiagnostics([...validated, ...quoteProblems]), accounted: errata.accounted };
  //    The English beside the Chinese, checked item by item (with --strict, a gap is an error).
  const { glossary } = parsedGlossary;
  const placed = placeEnglish(model, input.translations ?? [], glossary);
  const translationProblems = input.strict ? placed.diagnostics.map((d) => ({ ...d, severity: 'error' as const })) : placed.diagnostics;
  if (hasErrors(translationProblems)) return { ok: false, diagnostics: sortDiagnostics([...validated, ...translationProblems]), accounted: errata.accounted };

  // 7. Link: one registry of every addressable thing; cross-links resolved through it.
  const { registry, diagnostics: registryProblems } = collectRegistry(model, topics, topicsFile);
  const { linked, diagnostics: linkProblems } = linkModel(model, registry, topics, topicsFile);
  const diagnostics = sortDiagnostics([...validated, ...translationProblems, ...registryProblems, ...linkProblems]);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics, accounted: errata.accounted };

  // 8. Emit: an entry of the content collection per page (frontmatter checked against its
  //    schema; the text as Markdown), the data export, and the site model
  //    (src/model/site-model.ts) from which the components set every page.
  const files: FileSet = new Map();
  for (const entry of allEntries(model, topics)) files.set(`docs/${entry.path}`, serialiseEntry(entry));
  if (placed.english) for (const entry of englishEntries(model, placed.english, glossary, topics)) files.set(`docs/${entry.path}`, serialiseEntry(entry));
  const clauses = exportClauses(model, comparison, placed.english, input.site);
  files.set('data/document.json', JSON.stringify(exportDocument(model, input.site, topics), null, 2) + '\n');
  files.set('data/clauses.json', JSON.stringify(clauses, null, 2) + '\n');
  files.set('data/clauses.csv', clausesCsv(clauses));
  files.set('data/concordance.json', JSON.stringify(exportConcordance(model, comparison, input.site), null, 2) + '\n');
  files.set('data/measures.csv', measuresCsv(model, comparison, input.site));
  files.set('data/matrix.csv', matrixCsv(model, comparison));
  files.set('data/glossary.json', JSON.stringify(exportGlossary(glossary), null, 2) + '\n');
  const warnings = found.filter((d) => d.severity === 'warning');
  const site: SiteModel = { model, linked, warnings, topics, comparison, english: placed.english, glossary };
  files.set('model.json', JSON.stringify(site) + '\n');
  return { ok: true, diagnostics, site, files, accounted: errata.accounted, unusedPhrases };
}
