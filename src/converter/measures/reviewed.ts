// The reviewed record of measures (seeds/measures/{domain}.yaml, described in its README): what a
// reader decided the plans have in common, with the reasons, and the pairs the algorithm put
// together that the reader judged different. Whether each quote is where it says is checked
// against the model (measures.ts).

import type { Diagnostic } from '../../model/diagnostics.ts';
import type { Verdict } from '../../model/measures.ts';
import { DOMAINS } from '../../model/tables.ts';
import type { Position } from '../../model/types.ts';
import { loadData, Locator, mapping, text } from '../reviewed-data.ts';
import { diagnostic } from '../../model/diagnostics.ts';

/** One part as the record gives it: `{clause}#s{sentence}: quote`. */
export interface ReviewedPart {
  clause: string;
  sentence: number;
  quote: string;
  file: string;
  at: Position;
}

export interface ReviewedMeasure {
  id: string;
  name: string;
  nameEn: string | null;
  verdict: Verdict;
  note: string | null;
  domain: string;
  parts: ReviewedPart[];
  file: string;
  at: Position;
}

export interface DistinctPair {
  parts: [ReviewedPart, ReviewedPart];
  reason: string;
  file: string;
  at: Position;
}

export interface ReviewedMeasures {
  measures: ReviewedMeasure[];
  distinct: DistinctPair[];
  /** Row ids of the former, sentence-based comparison (shipped as anchors): the measure that succeeds each, or null (its sentences were clause titles). */
  former: Former[];
}

/** A former row id and its successor: the compare pages keep it as an anchor, so old links still land. */
export interface Former {
  id: string;
  measure: string | null;
  file: string;
  at: Position;
}

/** A former row id: {domain}-{6 hex}. */
const FORMER_ID = /^[a-z]+-[0-9a-f]{6}$/;

const VERDICTS: readonly Verdict[] = ['accepted', 'amended', 'merged', 'split', 'added'];
const HINT = 'See seeds/measures/README.md for the format.';

/** The domain a measures file is for: its name (land.yaml). */
export function domainOfFile(file: string): string | undefined {
  const name = file.split(/[\\/]/).pop()?.replace(/\.ya?ml$/, '');
  return DOMAINS.find((d) => d.slug === name)?.slug;
}

/** Parses one domain's record; malformed entries are `measures-format` errors at their place. */
export function parseMeasures(file: string, source: string): ReviewedMeasures & { diagnostics: Diagnostic[] } {
  const out: ReviewedMeasures = { measures: [], distinct: [], former: [] };
  const domain = domainOfFile(file);
  const locator = new Locator(source);
  const diagnostics: Diagnostic[] = [];
  const fail = (offset: number, message: string) => diagnostics.push(diagnostic('measures-format', file, locator.position(offset), message, HINT));
  if (!domain) {
    fail(0, `a measures file is named after its domain (${DOMAINS.map((d) => `${d.slug}.yaml`).join(', ')}).`);
    return { ...out, diagnostics };
  }
  const loaded = loadData(file, source, 'measures-format', HINT);
  if (loaded.diagnostics.length) return { ...out, diagnostics: loaded.diagnostics };
  const root = mapping(loaded.data);
  if (!root) {
    fail(0, 'the file must be a mapping with `measures` (and `distinct`) lists.');
    return { ...out, diagnostics };
  }

  /** A part `{clause}#s{sentence}: quote`, looked for in the text from `from` on. */
  const part = (value: unknown, from: number): ReviewedPart | null => {
    const entries = Object.entries(mapping(value) ?? {});
    const [ref, quote] = entries.length === 1 ? [entries[0][0], text(entries[0][1])] : ['', null];
    const m = /^([a-z]+-\d+)#s(\d+)$/.exec(ref);
    const offset = locator.find(ref || '- ', from);
    if (!m || !quote) {
      fail(offset, 'a part is one `{clause id}#s{sentence}: quote` pair (beijing-4#s2: 鼓励采用…).');
      return null;
    }
    return { clause: m[1], sentence: Number(m[2]), quote, file, at: locator.position(offset) };
  };

  let cursor = 0;
  for (const value of Array.isArray(root.measures) ? root.measures : []) {
    const entry = mapping(value);
    const id = text(entry?.id);
    cursor = id ? locator.find(`id: ${id}`, cursor) : locator.find('- ', cursor + 1);
    const start = cursor;
    const name = text(entry?.name);
    const nameEn = text(entry?.en);
    const verdict = text(entry?.verdict) as Verdict | null;
    const note = text(entry?.note);
    const former = Array.isArray(entry?.former) ? entry.former : entry?.former === undefined ? [] : null;
    const parts = (Array.isArray(entry?.parts) ? entry.parts : []).map((p) => {
      const found = part(p, cursor);
      if (found) cursor = locator.find(`${found.clause}#s${found.sentence}`, cursor) + 1;
      return found;
    });
    if (!id || !id.startsWith(`${domain}-`) || !/^[a-z]+(-[a-z0-9]+)+$/.test(id)) fail(start, `a measure needs an \`id\`: ${domain}- and lowercase words joined by hyphens.`);
    else if (!name || [...name].length > 30) fail(start, `measure ${id} needs a \`name\` of at most 30 characters.`);
    else if (!verdict || !VERDICTS.includes(verdict)) fail(start, `measure ${id} needs a \`verdict\`: ${VERDICTS.join(', ')}.`);
    else if (verdict !== 'accepted' && !note) fail(start, `measure ${id} is ${verdict}: its \`note\` says why.`);
    else if (parts.length < 2) fail(start, `measure ${id} needs \`parts\`: two or more.`);
    else if (!former || !former.every((f) => typeof f === 'string' && FORMER_ID.test(f))) fail(start, `measure ${id}: \`former\` is a list of former row ids ({domain}- and six hex digits).`);
    else if (parts.every((p) => p !== null)) {
      out.former.push(...(former as string[]).map((f) => ({ id: f, measure: id, file, at: locator.position(locator.find(f, start)) })));
      out.measures.push({ id, name, nameEn, verdict, note, domain, parts: parts as ReviewedPart[], file, at: locator.position(start) });
    }
  }
  cursor = locator.find('distinct:', cursor);
  for (const value of Array.isArray(root.distinct) ? root.distinct : []) {
    const entry = mapping(value);
    const start = (cursor = locator.find('parts:', cursor + 1));
    const parts = (Array.isArray(entry?.parts) ? entry.parts : []).map((p) => {
      const found = part(p, cursor);
      if (found) cursor = locator.find(`${found.clause}#s${found.sentence}`, cursor) + 1;
      return found;
    });
    const reason = text(entry?.reason);
    if (parts.length !== 2 || !reason) fail(start, 'a distinct entry has `parts` (two) and a `reason`.');
    else if (parts[0] && parts[1]) out.distinct.push({ parts: [parts[0], parts[1]], reason, file, at: locator.position(start) });
  }
  const orphans = root.former === undefined ? [] : Array.isArray(root.former) ? root.former : null;
  const top = locator.find('\nformer:', cursor);
  if (!orphans || !orphans.every((f) => typeof f === 'string' && FORMER_ID.test(f))) fail(top, '`former` (at the top) is a list of former row ids without a successor.');
  else out.former.push(...(orphans as string[]).map((f) => ({ id: f, measure: null, file, at: locator.position(locator.find(f, top)) })));
  return { ...out, diagnostics };
}
