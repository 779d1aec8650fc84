// Stage 6, annotate (measures): the reviewed measures placed in the model, and what follows from
// them. Every quote of the record is found in its sentence (or is a `measure-quote` error at its
// line); each measure's reference wording is its most central cell, and every other cell is shown
// as its difference from it; each sentence knows the measures it states; the parts of the plans
// that no measure holds are listed as their pilot's own, each with the nearest parts of the other
// plans for the reader to judge; and two clauses are similar when they state the same measures.
// Titles are headings, never parts, so neither a heading nor a stock phrase makes two clauses alike.

import { diagnostic, type Diagnostic } from '../../model/diagnostics.ts';
import type { Comparison, Measure, MeasureCell, Nearest, OwnPart, Quote, SharedPassage, SimilarClause } from '../../model/measures.ts';
import type { Clause, DocumentModel } from '../../model/types.ts';
import { allClauses } from '../../model/walk.ts';
import { normalise } from '../../model/wording.ts';
import { diffWording } from '../../model/wording-diff.ts';
import { partsOf, type Part } from './parts.ts';
import type { ReviewedMeasures, ReviewedPart } from './reviewed.ts';
import { containment, profile, type Profiles } from './similarity.ts';

/** How many candidates an own part lists, how alike they must be at least, and in how many parts a feature may stand to lead to candidates (a commoner one weighs too little to matter, and following it would make the search quadratic on a text that repeats itself). */
const NEAREST = { count: 3, floor: 0.2, maxPostings: 200 };

const round = (x: number) => Math.round(x * 1000) / 1000;

interface Located extends Quote {
  /** Offsets in the clause's text. */
  from: number;
  to: number;
}

/** Finds a reviewed part in its sentence; null, with a `measure-quote` error, when it is not there. */
function locate(part: ReviewedPart, clauses: ReadonlyMap<string, Clause>, diagnostics: Diagnostic[]): Located | null {
  const clause = clauses.get(part.clause);
  const sentence = clause?.sentences[part.sentence - 1];
  const fail = (message: string, hint: string) => {
    diagnostics.push(diagnostic('measure-quote', part.file, part.at, message, hint, { clause: part.clause, sentence: part.sentence }));
    return null;
  };
  if (!clause) return fail(`there is no clause ${part.clause}.`, 'Clause ids are {region}-{n}, as in the site’s addresses.');
  if (!sentence) return fail(`clause ${part.clause} has no sentence ${part.sentence} (it has ${clause.sentences.length}).`, 'Count sentences as the site numbers them: s1 is the title.');
  if (part.sentence === 1) return fail(`${part.clause}#s1 is the clause’s title, which is a heading, not a measure.`, 'Quote the sentence of the body that states the measure.');
  const start = sentence.text.indexOf(part.quote);
  if (start < 0) return fail(`the quote is not in ${part.clause}#s${part.sentence}: “${part.quote}”.`, `The sentence reads: ${sentence.text}`);
  const end = start + part.quote.length;
  return { region: clause.region, clause: clause.id, domain: clause.domain, sentence: part.sentence, start, end, text: part.quote, from: sentence.start + start, to: sentence.start + end };
}

const quoteOf = ({ from: _f, to: _t, ...q }: Located): Quote => q;

/** Of the texts at `indexes` of a profile, the position of the one closest on average to all the others (ties: the earliest). */
function centralOf(p: Profiles, indexes: readonly number[]): number {
  let best = 0;
  let bestSum = -1;
  indexes.forEach((a, i) => {
    const sum = indexes.reduce((n, b) => n + (a === b ? 0 : containment(p, a, b)), 0);
    if (sum > bestSum + 1e-9) [best, bestSum] = [i, sum];
  });
  return best;
}

/** One measure's cells, diffed against its reference wording (`reference`: its index in `located`). */
function cellsOf(located: readonly Located[], reference: number, places: readonly string[]): { cells: MeasureCell[]; reference: number; agreement: number } {
  const ref = located[reference].text;
  const cells = located.map((l, i) => {
    const { runs, similarity } = i === reference ? { runs: [{ text: l.text, op: 'same' as const }], similarity: 1 } : diffWording(ref, l.text, places);
    return { ...quoteOf(l), similarity: round(similarity), diff: runs };
  });
  return { cells, reference, agreement: round(cells.reduce((n, c) => n + c.similarity, 0) / cells.length) };
}

/** Whether two spans of one clause's text overlap. */
const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

/** For each own part, the nearest parts of other pilots: exact containment over the candidates that share a feature with it. */
function nearestOf(own: readonly number[], parts: readonly Part[], p: Profiles, measureOfPart: readonly (string | null)[]): Nearest[][] {
  const postings = new Map<number, number[]>();
  p.features.forEach((fs, i) => fs.forEach((f) => (postings.get(f) ?? postings.set(f, []).get(f)!).push(i)));
  return own.map((a) => {
    const candidates = new Set<number>();
    for (const f of p.features[a]) {
      const list = postings.get(f)!;
      if (list.length <= NEAREST.maxPostings) for (const b of list) if (parts[b].region !== parts[a].region) candidates.add(b);
    }
    return [...candidates]
      .map((b) => ({ b, score: containment(p, a, b) }))
      .filter((c) => c.score >= NEAREST.floor)
      .sort((x, y) => y.score - x.score || x.b - y.b)
      .slice(0, NEAREST.count)
      .map(({ b, score }) => {
        const { key: _k, ...q } = parts[b];
        return { ...q, score: round(score), measure: measureOfPart[b] };
      });
  });
}

/** Passages of a clause from spans of its text, overlapping ones joined, in text order. */
function passages(clause: Clause, spans: { from: number; to: number }[]): SharedPassage[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const out: SharedPassage[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.from <= last.end) last.end = Math.max(last.end, s.to);
    else out.push({ text: '', start: s.from, end: s.to });
  }
  for (const x of out) x.text = clause.text.slice(x.start, x.end);
  return out;
}

/** Places the reviewed measures in the model; fills each clause's `measures` and `similar`; returns the comparison, or errors. */
export function compareModel(model: DocumentModel, reviewed: ReviewedMeasures, places: readonly string[], topicHitsOf = (c: Clause) => c.topicHits): { comparison: Comparison; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const clauseList = allClauses(model);
  const clauses = new Map(clauseList.map((c) => [c.id, c]));
  const order = model.annexes.map((a) => a.region);
  const docOrder = new Map(clauseList.map((c, i) => [c.id, i]));
  const position = (q: { clause: string; sentence: number; start: number }) => (docOrder.get(q.clause) ?? 0) * 1e6 + q.sentence * 1e4 + q.start;

  // 1. Every quote in its place; a measure id once; a place in one measure only.
  const seenIds = new Map<string, ReviewedPart | { file: string; at: { line: number; column: number } }>();
  const seenPlaces = new Map<string, string>();
  const cellsById = new Map<string, Located[]>();
  for (const m of reviewed.measures) {
    if (seenIds.has(m.id)) {
      const first = seenIds.get(m.id)!;
      diagnostics.push(diagnostic('duplicate-id', m.file, m.at, `two measures have the id “${m.id}” (first at ${first.file}:${first.at.line}:${first.at.column}).`, 'Rename one of them.'));
      continue;
    }
    seenIds.set(m.id, m);
    const cells: Located[] = [];
    for (const part of m.parts) {
      const l = locate(part, clauses, diagnostics);
      if (!l) continue;
      const key = `${l.clause}#${l.sentence}@${l.start}-${l.end}`;
      const other = seenPlaces.get(key);
      if (other) diagnostics.push(diagnostic('measure-quote', part.file, part.at, `this quote is also a part of measure ${other}.`, 'A part belongs to one measure: shorten one quote to the words of its own measure.', { clause: l.clause, sentence: l.sentence }));
      else seenPlaces.set(key, m.id);
      cells.push(l);
    }
    cellsById.set(m.id, cells);
    if (cells.length === m.parts.length && new Set(cells.map((c) => c.region)).size < 2) diagnostics.push(diagnostic('measures-format', m.file, m.at, `measure ${m.id} has parts of one pilot only: a measure is what two plans or more commit to.`, 'Add the other plans’ parts, or remove the measure (a part in no measure is its pilot’s own).'));
  }
  // A pair the record calls different may not stand in one measure: the record would contradict itself.
  for (const d of reviewed.distinct) {
    const [a, b] = d.parts.map((p) => locate(p, clauses, diagnostics));
    if (!a || !b) continue;
    const both = [...cellsById].find(([, cells]) => cells.some((c) => c.clause === a.clause && overlaps(c, a)) && cells.some((c) => c.clause === b.clause && overlaps(c, b)));
    if (both) diagnostics.push(diagnostic('measure-conflict', d.file, d.at, `this pair is recorded as different, but measure ${both[0]} holds both parts.`, 'Decide once: take one part out of the measure, or remove the pair from `distinct`.'));
  }
  if (diagnostics.length) return { comparison: { measures: [], own: [], former: [] }, diagnostics };

  // 2. Each measure's cells in document order, diffed against the most central one; its topics.
  //    Centrality is judged within the measure, with every quote of the record weighing its features.
  const ordered = reviewed.measures.map((m) => [...cellsById.get(m.id)!].sort((a, b) => position(a) - position(b)));
  const quotes = profile(ordered.flat().map((l) => l.text), places);
  let first = 0;
  const measures: Measure[] = reviewed.measures.map((m, i) => {
    const cellsHere = ordered[i];
    const central = centralOf(quotes, cellsHere.map((_, k) => first + k));
    first += cellsHere.length;
    const { cells, reference, agreement } = cellsOf(cellsHere, central, places);
    const topics = new Set<string>();
    for (const c of cellsHere) for (const h of topicHitsOf(clauses.get(c.clause)!)) if (overlaps({ from: h.start, to: h.end }, c)) topics.add(h.topic);
    const pilots = order.filter((r) => cells.some((c) => c.region === r));
    return { id: m.id, name: m.name, nameEn: m.nameEn, domain: m.domain, verdict: m.verdict, note: m.note, cells, reference, agreement, pilots, topics: [...topics] };
  });
  measures.sort((a, b) => b.pilots.length - a.pilots.length || position(a.cells[0]) - position(b.cells[0]));

  // 3. Each sentence's measures.
  const spansOf = new Map<string, { from: number; to: number; measure: string }[]>();
  for (const m of measures) for (const c of cellsById.get(m.id)!) (spansOf.get(c.clause) ?? spansOf.set(c.clause, []).get(c.clause)!).push({ from: c.from, to: c.to, measure: m.id });
  for (const c of clauseList) {
    c.measures = c.sentences.map((s) => [...new Set((spansOf.get(c.id) ?? []).filter((x) => overlaps(x, { from: s.start, to: s.start + s.text.length })).map((x) => x.measure))]);
  }

  // 4. The parts no measure holds, with their nearest candidates.
  const parts = partsOf(model);
  const measureOfPart = parts.map((part) => {
    const s = clauses.get(part.clause)!.sentences[part.sentence - 1];
    const span = { from: s.start + part.start, to: s.start + part.end };
    return (spansOf.get(part.clause) ?? []).find((x) => overlaps(x, span))?.measure ?? null;
  });
  const ownIndexes = parts.map((_, i) => i).filter((i) => measureOfPart[i] === null);
  const nearest = nearestOf(ownIndexes, parts, profile(parts.map((x) => x.text), places), measureOfPart);
  const own: OwnPart[] = ownIndexes.map((i, k) => {
    const { key: _k, ...q } = parts[i];
    return { ...q, nearest: nearest[k] };
  });

  // 5. Similar clauses: those that state the same measures, scored by the share of both texts in their quotes.
  const length = new Map(clauseList.map((c) => [c.id, Math.max(1, normalise(c.text, places).length)]));
  const compared = (c: Clause, spans: { from: number; to: number }[]) => passages(c, spans).reduce((n, p) => n + normalise(p.text, places).length, 0);
  const pairs = new Map<string, Set<string>>();
  for (const m of measures) {
    for (const a of m.cells) for (const b of m.cells) if (a.region !== b.region) (pairs.get(`${a.clause} ${b.clause}`) ?? pairs.set(`${a.clause} ${b.clause}`, new Set()).get(`${a.clause} ${b.clause}`)!).add(m.id);
  }
  const similar = new Map<string, SimilarClause[]>();
  for (const [key, shared] of pairs) {
    const [a, b] = key.split(' ').map((id) => clauses.get(id)!);
    const spans = (c: Clause) => (spansOf.get(c.id) ?? []).filter((x) => shared.has(x.measure));
    const score = round((compared(a, spans(a)) + compared(b, spans(b))) / (length.get(a.id)! + length.get(b.id)!));
    (similar.get(a.id) ?? similar.set(a.id, []).get(a.id)!).push({ clause: b.id, score, passages: passages(a, spans(a)), measures: measures.filter((m) => shared.has(m.id)).map((m) => m.id) });
  }
  // Every such clause, so that the relation holds both ways.
  for (const c of clauseList) c.similar = (similar.get(c.id) ?? []).sort((x, y) => y.score - x.score || docOrder.get(x.clause)! - docOrder.get(y.clause)!);

  // Former row ids: each given once.
  const seen = new Set<string>();
  for (const f of reviewed.former) {
    if (seen.has(f.id)) diagnostics.push(diagnostic('measures-format', f.file, f.at, `the former row id ${f.id} is given twice.`, 'Each former id appears once: under the measure that succeeds it, or in the top-level `former` list.'));
    seen.add(f.id);
  }
  return { comparison: { measures, own, former: reviewed.former.map(({ id, measure }) => ({ id, measure })) }, diagnostics };
}
