// Stage 5, errata: the reviewed corrections file. It does two things and nothing else corrects the
// text: it places each correction beside the original it corrects (the model keeps both), and it
// acknowledges repairs that a person has checked, so that --strict fails only on new surprises
// (applyErrata: the accounting and the --strict escalation).

import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { allClauses } from '../model/walk.ts';
import type { Correction, DocumentModel, Position, Sentence, SourceText } from '../model/types.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';

/** A correction as the errata file states it. */
export interface CorrectionEntry {
  id: string;
  at: Position;
  original: string;
  correction: string;
  note: string;
  /** Where the entry stands in the errata file. */
  where: Position;
}

/** A repair a person has reviewed: the rule and the seed lines where it fires. */
export interface ReviewedEntry {
  rule: string;
  lines: { line: number; where: Position }[];
  note: string;
  where: Position;
}

/** The parsed errata file. */
export interface Errata {
  file: string;
  corrections: CorrectionEntry[];
  reviewed: ReviewedEntry[];
}

/** Parses the errata file; every malformed entry is an `errata-format` error at its place. */
export function parseErrata(file: string, text: string): { errata: Errata; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const errata: Errata = { file, corrections: [], reviewed: [] };
  const pos = (node: Node | null | undefined): Position => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const fail = (where: Position, message: string, hint?: string) =>
    diagnostics.push(diagnostic('errata-format', file, where, message, hint));

  for (const e of doc.errors) {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    fail({ line, column: col }, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  if (doc.errors.length) return { errata, diagnostics };
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    fail(pos(root as Node), 'the errata file must be a mapping with `corrections` and `reviewed` lists.');
    return { errata, diagnostics };
  }
  const list = (key: string): Node[] => {
    const node = root?.get(key, true) as Node | undefined;
    if (node === undefined || node === null) return [];
    if (!isSeq(node)) {
      fail(pos(node), `\`${key}\` must be a list.`);
      return [];
    }
    return node.items as Node[];
  };
  const field = (item: Node, key: string, type: 'string' | 'number'): unknown => {
    const value = isMap(item) ? item.get(key) : undefined;
    if (typeof value !== type || value === '') {
      fail(pos(item), `entry lacks \`${key}\` (a ${type}).`, 'See the header of the errata file for the entry format.');
      return undefined;
    }
    return value;
  };

  for (const item of list('corrections')) {
    const [id, line, column, original, correction, note] = [
      field(item, 'id', 'string'),
      field(item, 'line', 'number'),
      field(item, 'column', 'number'),
      field(item, 'original', 'string'),
      field(item, 'correction', 'string'),
      field(item, 'note', 'string'),
    ];
    if ([id, line, column, original, correction, note].includes(undefined)) continue;
    // The id names the note's anchor (#note-{id}) on every page that shows the correction: a word of
    // an address, and one of a kind.
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id as string)) {
      fail(pos(item), `correction id “${id as string}” is not lowercase ASCII words joined by hyphens.`, 'The id is part of an address (#note-{id}): use a-z, 0-9 and hyphens.');
      continue;
    }
    if (errata.corrections.some((c) => c.id === id)) {
      fail(pos(item), `correction id “${id as string}” is used twice.`, 'Each correction needs its own id: it is the anchor of its note.');
      continue;
    }
    errata.corrections.push({
      id: id as string,
      at: { line: line as number, column: column as number },
      original: original as string,
      correction: correction as string,
      note: note as string,
      where: pos(item),
    });
  }
  for (const item of list('reviewed')) {
    const rule = field(item, 'rule', 'string');
    const note = field(item, 'note', 'string');
    const lines = isMap(item) ? item.get('lines', true) : undefined;
    if (!isSeq(lines) || lines.items.some((l) => typeof (l as { value?: unknown }).value !== 'number')) {
      fail(pos(item), 'entry lacks `lines` (a list of seed line numbers).');
      continue;
    }
    if (rule === undefined || note === undefined) continue;
    errata.reviewed.push({
      rule: rule as string,
      note: note as string,
      where: pos(item),
      lines: (lines.items as Node[]).map((l) => ({ line: (l as unknown as { value: number }).value, where: pos(l) })),
    });
  }
  return { errata, diagnostics };
}

/** A text of the model that corrections can fall in: a clause or a letter paragraph. */
interface Correctable {
  segments: SourceText[];
  text: string;
  sentences: Sentence[];
  corrections: Correction[];
}

/** The offset in a correctable text of a seed position, if the position falls inside it. */
function offsetIn(target: Correctable, at: Position): number | null {
  let base = 0;
  for (const segment of target.segments) {
    const chars = [...segment.text];
    const i = at.column - segment.at.column;
    if (segment.at.line === at.line && i >= 0 && i < chars.length) return base + chars.slice(0, i).join('').length;
    base += segment.text.length;
  }
  return null;
}

/** Places each correction in the clause or letter paragraph it corrects; mismatches are errors. */
export function placeCorrections(model: DocumentModel, errata: Errata): Diagnostic[] {
  const targets: Correctable[] = [
    ...model.letter.paragraphs,
    ...allClauses(model),
  ];
  const diagnostics: Diagnostic[] = [];
  for (const entry of errata.corrections) {
    const found = targets.map((t) => ({ t, offset: offsetIn(t, entry.at) })).find((x) => x.offset !== null);
    if (!found || found.offset === null) {
      diagnostics.push(
        diagnostic('errata-mismatch', errata.file, entry.where, `correction ${entry.id}: ${entry.at.line}:${entry.at.column} of the seed is in no clause or letter paragraph.`, 'Point line and column at the first character of `original`.'),
      );
      continue;
    }
    const { t, offset } = found;
    const actual = t.text.slice(offset, offset + entry.original.length);
    if (actual !== entry.original) {
      diagnostics.push(
        diagnostic('errata-mismatch', errata.file, entry.where, `correction ${entry.id}: the seed has “${actual}” at ${entry.at.line}:${entry.at.column}, not “${entry.original}”.`, 'Update `original`, or the position, to match the seed.'),
      );
      continue;
    }
    const sentence = t.sentences.findIndex((s) => offset >= s.start && offset < s.start + s.text.length) + 1;
    t.corrections.push({ id: entry.id, offset, original: entry.original, correction: entry.correction, note: entry.note, sentence, at: entry.at });
  }
  for (const t of targets) t.corrections.sort((a, b) => a.offset - b.offset);
  return diagnostics;
}

/**
 * Splits warnings into those the errata file accounts for (a correction at the same place, or a
 * reviewed entry for the rule and line) and those it does not; reviewed lines where the rule no
 * longer fires are reported as `errata-unused`, so the file cannot go stale silently.
 */
export function accountForWarnings(warnings: readonly Diagnostic[], errata: Errata): { unaccounted: Diagnostic[]; unused: Diagnostic[] } {
  const corrected = new Set(errata.corrections.map((c) => `${c.at.line}:${c.at.column}`));
  const reviewed = new Set(errata.reviewed.flatMap((r) => r.lines.map((l) => `${r.rule}@${l.line}`)));
  const unaccounted = warnings.filter(
    (w) => !(w.ruleId === 'latin-word' && corrected.has(`${w.line}:${w.column}`)) && !reviewed.has(`${w.ruleId}@${w.line}`),
  );
  const fired = new Set(warnings.map((w) => `${w.ruleId}@${w.line}`));
  const unused = errata.reviewed.flatMap((r) =>
    r.lines
      .filter((l) => !fired.has(`${r.rule}@${l.line}`))
      .map((l) => diagnostic('errata-unused', errata.file, l.where, `reviewed ${r.rule} at line ${l.line}, but the converter reports no ${r.rule} there.`, 'Remove the line from the entry.')),
  );
  return { unaccounted, unused };
}

/** What stage 5 leaves: every diagnostic so far (escalated where --strict says so), and how many warnings the file accounts for. */
export interface ErrataOutcome {
  diagnostics: Diagnostic[];
  accounted: number;
}

/**
 * Stage 5: parses the errata file (if any), places its corrections in the model, and accounts for
 * the validation warnings. With `strict`, a warning the file does not account for, and a reviewed
 * line where the rule no longer fires, become errors.
 */
export function applyErrata(model: DocumentModel, found: readonly Diagnostic[], source: { file?: string; text?: string }, strict = false): ErrataOutcome {
  const problems: Diagnostic[] = [];
  let errata: Errata | null = null;
  if (source.text !== undefined && source.file) {
    const parsed = parseErrata(source.file, source.text);
    errata = parsed.errata;
    problems.push(...parsed.diagnostics, ...placeCorrections(model, errata));
  }
  const warnings = found.filter((d) => d.severity === 'warning');
  const { unaccounted, unused } = errata ? accountForWarnings(warnings, errata) : { unaccounted: warnings, unused: [] };
  const escalate = (d: Diagnostic): Diagnostic =>
    strict ? { ...d, severity: 'error', hint: `${d.hint ? `${d.hint} ` : ''}(--strict: not accounted for in ${source.file ?? 'an errata file'})` } : d;
  const open = new Set(unaccounted);
  return {
    diagnostics: [...found.map((d) => (open.has(d) ? escalate(d) : d)), ...problems, ...unused.map(escalate)],
    accounted: warnings.length - unaccounted.length,
  };
}
