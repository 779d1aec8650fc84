// The comparison of the plans: the reviewed measures placed in the model, checked against an
// independent blind sample of verdicts (seeds/measures-sample.yaml), the exports that derive from
// them agreeing with one another, and the cases that the issue of the sentence rows named.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { averageLinkage, type Scored } from '../../src/converter/measures/grouping.ts';
import { partsOf, splitParts, type Part } from '../../src/converter/measures/parts.ts';
import { containment, profile } from '../../src/converter/measures/similarity.ts';
import type { ConvertResult } from '../../src/converter/pipeline.ts';
import type { Comparison, Measure } from '../../src/model/measures.ts';
import { placeNames } from '../../src/model/wording.ts';
import { convertRealSeed, ROOT } from './support.ts';

interface Verdict {
  a: Record<string, string>;
  b: Record<string, string>;
  verdict: 'same' | 'different';
  reason: string;
}

let result: ConvertResult;
let comparison: Comparison;
let parts: Part[];
let sample: Verdict[];
const measure = (id: string) => comparison.measures.find((m) => m.id === id)!;
const measuresWith = (text: string) => comparison.measures.filter((m) => m.cells.some((c) => c.text.includes(text)));

beforeAll(() => {
  result = convertRealSeed();
  comparison = result.site!.comparison;
  parts = partsOf(result.site!.model);
  sample = (parseYaml(readFileSync(join(ROOT, 'seeds/measures-sample.yaml'), 'utf8')) as { sample: Verdict[] }).sample;
});

/** The part a sample entry names: `{clause}#s{k}: text`, as the converter cuts it. */
function partIndex(entry: Record<string, string>): number {
  const [ref, text] = Object.entries(entry)[0];
  const i = parts.findIndex((p) => `${p.clause}#s${p.sentence}` === ref && p.text === text);
  if (i < 0) throw new Error(`the sample's part ${ref} “${text}” is no longer a part of the seed`);
  return i;
}

/** The measures whose quotes overlap a part. */
function measuresOfPart(i: number): Set<string> {
  const p = parts[i];
  return new Set(comparison.measures.filter((m) => m.cells.some((c) => c.clause === p.clause && c.sentence === p.sentence && c.start < p.end && p.start < c.end)).map((m) => m.id));
}

describe('the reviewed measures against the blind sample', () => {
  it('holds at least 100 verdicts, of both kinds', () => {
    expect(sample.length).toBeGreaterThanOrEqual(100);
    expect(sample.filter((s) => s.verdict === 'same').length).toBeGreaterThanOrEqual(30);
    expect(sample.filter((s) => s.verdict === 'different').length).toBeGreaterThanOrEqual(30);
  });

  it('put together exactly the pairs the second reader judged the same measure', () => {
    const wrong = sample.filter((s) => {
      const a = measuresOfPart(partIndex(s.a));
      const together = [...measuresOfPart(partIndex(s.b))].some((m) => a.has(m));
      return together !== (s.verdict === 'same');
    });
    expect(wrong.map((s) => `${Object.keys(s.a)[0]} ~ ${Object.keys(s.b)[0]}: ${s.verdict}`)).toEqual([]);
  });

  it('are proposed by the converter with at least the precision and recall measured when the record was made (0.89, 0.58)', () => {
    const places = placeNames(result.site!.model);
    const p = profile(parts.map((x) => x.text), places);
    const pairs: Scored[] = [];
    for (let a = 0; a < parts.length; a++) for (let b = a + 1; b < parts.length; b++) {
      const score = containment(p, a, b);
      if (score >= 0.4) pairs.push({ a, b, score });
    }
    const group = averageLinkage(parts.length, pairs, 0.6);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of sample) {
      const proposed = group[partIndex(s.a)] === group[partIndex(s.b)];
      if (proposed && s.verdict === 'same') tp++;
      else if (proposed) fp++;
      else if (s.verdict === 'same') fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.85);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.55);
  }, 30_000);
});

describe('the measures in the model', () => {
  it('account for every part of every plan: in a measure, or listed as its pilot’s own', () => {
    const own = new Set(comparison.own.map((o) => `${o.clause}#${o.sentence}@${o.start}`));
    const missing = parts.filter((p, i) => measuresOfPart(i).size === 0 && !own.has(`${p.clause}#${p.sentence}@${p.start}`));
    expect(missing.map((p) => p.key)).toEqual([]);
  });

  it('never take a clause title as a part: titles are headings', () => {
    expect(comparison.measures.flatMap((m) => m.cells).filter((c) => c.sentence === 1)).toEqual([]);
    expect(comparison.own.filter((o) => o.sentence === 1)).toEqual([]);
  });

  it('span two pilots or more each, and show every wording exactly, diffed against the measure’s own reference', () => {
    for (const m of comparison.measures) {
      expect(m.pilots.length, m.id).toBeGreaterThanOrEqual(2);
      for (const c of m.cells) expect(c.diff.filter((r) => r.op !== 'removed').map((r) => r.text).join(''), m.id).toBe(c.text);
      expect(m.cells[m.reference].diff.every((r) => r.op === 'same'), m.id).toBe(true);
    }
  });

  it('name the pilots that the issue found missing from the sentence rows', () => {
    const lease = measuresWith('先租后让').filter((m) => m.domain === 'land');
    expect(Math.max(...lease.map((m) => m.pilots.length))).toBe(10);
    const entry = measuresWith('农村集体经营性建设用地入市改革');
    expect(entry.some((m) => m.pilots.includes('beijing') && m.pilots.length === 10)).toBe(true);
    expect(Math.max(...measuresWith('知识产权证券化').map((m) => m.pilots.length))).toBeGreaterThanOrEqual(4);
    expect(Math.max(...measuresWith('授权运营').map((m) => m.pilots.length))).toBeGreaterThanOrEqual(5);
    expect(Math.max(...measuresWith('户籍准入年限').map((m) => m.pilots.length))).toBeGreaterThanOrEqual(5);
    const research = measuresWith('科研资金');
    expect(research.some((m) => m.pilots.includes('chongqing') && m.pilots.includes('chengdu'))).toBe(true);
  });

  it('keep apart what only looks alike: a green board and a board for specialised SMEs', () => {
    const boards = measuresWith('特色板块');
    expect(boards.every((m: Measure) => !(m.cells.some((c) => c.text.includes('绿色环保')) && m.cells.some((c) => c.text.includes('专精特新'))))).toBe(true);
  });
});

/** RFC 4180 CSV (with a BOM) as rows of cells. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(cell), out.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), out.push(row);
  return out;
}

describe('what derives from the measures', () => {
  interface ExportedClause {
    id: string;
    region: string;
    sentenceSharing: { sentence: number; shared: boolean; regions: string[]; measures: string[] }[];
    similar: { clause: string; score: number; passages: { start: number; end: number }[] }[];
  }
  interface Row {
    id: string;
    pilotList: string[];
    cells: { region: string; clause: string; sentence: number }[];
  }
  let clauses: ExportedClause[];
  let rows: Row[];
  beforeAll(() => {
    clauses = JSON.parse(result.files!.get('data/clauses.json')!);
    rows = (JSON.parse(result.files!.get('data/concordance.json')!) as { domains: { rows: Row[] }[] }).domains.flatMap((d) => d.rows);
  });

  it('say the same in clauses.json and concordance.json: a sentence is shared with the other pilots of the rows it is in', () => {
    for (const c of clauses) {
      for (const s of c.sentenceSharing) {
        const mine = rows.filter((r) => r.cells.some((x) => x.clause === c.id && x.sentence === s.sentence));
        const regions = new Set(mine.flatMap((r) => r.pilotList));
        regions.delete(c.region);
        expect([...regions].sort(), `${c.id}#s${s.sentence}`).toEqual([...s.regions].sort());
        expect(new Set(mine.map((r) => r.id)), `${c.id}#s${s.sentence}`).toEqual(new Set(s.measures));
        expect(s.shared).toBe(s.regions.length > 0);
      }
    }
  });

  it('give the same measures in measures.csv (a row per quote) and matrix.csv (a row per measure, a column per pilot)', () => {
    const table = (name: string) => parseCsv(result.files!.get(`data/${name}`)!);
    const quotes = table('measures.csv');
    const matrix = table('matrix.csv');
    const all = new Map(rows.map((r) => [r.id, r]));
    expect(quotes[0]).toEqual(['measure', 'name', 'domain', 'pilots', 'region', 'regionName', 'clause', 'sentence', 'quote', 'url', 'reference', 'similarity', 'nameEn']);
    expect(quotes.length - 1).toBe([...all.values()].reduce((n, r) => n + r.cells.length, 0));
    for (const [id, , , pilots, region, , clause, sentence] of quotes.slice(1)) {
      const row = all.get(id)!;
      expect(row.cells.some((c) => c.region === region && c.clause === clause && c.sentence === Number(sentence)), `${id} ${clause}#s${sentence}`).toBe(true);
      expect(Number(pilots)).toBe(row.pilotList.length);
    }
    const regions = matrix[0].slice(6);
    expect(regions).toHaveLength(10);
    expect(matrix.length - 1).toBe(all.size);
    for (const line of matrix.slice(1)) {
      const row = all.get(line[0])!;
      const filled = regions.filter((_, i) => line[6 + i] !== '');
      expect(filled, line[0]).toEqual(row.pilotList);
    }
  });

  it('make similar clauses a relation both ways, with one score, never resting on a title', () => {
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const titleEnd = new Map(result.site!.model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.sentences[0].text.length] as const))));
    for (const c of clauses) {
      for (const s of c.similar) {
        const back = byId.get(s.clause)!.similar.find((x) => x.clause === c.id);
        expect(back?.score, `${c.id} → ${s.clause}`).toBe(s.score);
        for (const p of s.passages) expect(p.start, c.id).toBeGreaterThanOrEqual(titleEnd.get(c.id)!);
      }
    }
  });
});

describe('measure parts', () => {
  it('cut a sentence at ；and where a new predicate begins, keeping a setting with what it sets', () => {
    const sentence = '依托现有交易场所，探索开展数据交易，支持建设数据交易平台；在符合规划的前提下，推动产业用地混合利用。';
    expect(splitParts(sentence).map((s) => sentence.slice(s.start, s.end))).toEqual(['依托现有交易场所，探索开展数据交易', '支持建设数据交易平台', '在符合规划的前提下，推动产业用地混合利用']);
  });
});
