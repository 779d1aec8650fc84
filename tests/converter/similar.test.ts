// Similar clauses (src/converter/similar.ts): on the real seed, on made-up cases, and on hostile
// input, timed against plain input of the same size.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportedClause } from '../../src/converter/emit/data.ts';
import { placeNames } from '../../src/converter/normalise.ts';
import { annotateSimilar, findSimilar, SIMILAR, type ClauseText } from '../../src/converter/similar.ts';
import type { SimilarClause } from '../../src/model/concordance.ts';
import { DOMAINS } from '../../src/model/tables.ts';
import type { Clause } from '../../src/model/types.ts';
import { plainSentences, repeatedSentences, timeRatio } from './hostile.ts';
import { convertRealSeed } from './support.ts';

const REGIONS = ['beijing', 'sunan', 'hangyongwen', 'hefei', 'fuxiaquan', 'zhengzhou', 'changzhutan', 'dawanqu', 'chongqing', 'chengdu'];

let clauses: Clause[];
let files: Map<string, string>;

beforeAll(() => {
  const result = convertRealSeed({ topics: true });
  const exported = JSON.stringify(result.site!.model);
  annotateSimilar(result.site!.model, placeNames(result.site!.model));
  // The pipeline has annotated already: doing it again changes nothing.
  expect(JSON.stringify(result.site!.model)).toBe(exported);
  clauses = result.site!.model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses));
  files = result.files!;
});

describe('similar clauses', () => {
  let similar: Map<string, SimilarClause[]>;
  const textOf = (id: string) => clauses.find((c) => c.id === id)!.text;
  beforeAll(() => (similar = new Map(clauses.map((c) => [c.id, c.similar]))));

  it('lists at most five clauses, best first, never of the same region', () => {
    for (const c of clauses) {
      expect(c.similar.length).toBeLessThanOrEqual(SIMILAR.limit);
      expect(c.similar.map((s) => s.score)).toEqual([...c.similar.map((s) => s.score)].sort((a, b) => b - a));
      for (const s of c.similar) expect(clauses.find((o) => o.id === s.clause)!.region, `${c.id} → ${s.clause}`).not.toBe(c.region);
    }
  });

  it('gives passages that are the clause’s own text at the offsets given, on both sides', () => {
    for (const c of clauses) {
      for (const s of c.similar) {
        expect(s.passages.length).toBeGreaterThan(0);
        for (const p of s.passages) expect(c.text.slice(p.start, p.end), c.id).toBe(p.text);
        for (const p of s.theirPassages) expect(textOf(s.clause).slice(p.start, p.end), s.clause).toBe(p.text);
      }
    }
  });

  it('scores a pair the same from either side, and lists it on both unless the other list is full of better ones', () => {
    for (const c of clauses) {
      for (const s of c.similar) {
        const back = similar.get(s.clause)!;
        const mine = back.find((x) => x.clause === c.id);
        if (mine) expect(mine.score).toBe(s.score);
        else {
          expect(back).toHaveLength(SIMILAR.limit);
          expect(back.every((x) => x.score >= s.score)).toBe(true);
        }
      }
    }
  });

  it('lists the nine counterparts of a template clause, and nothing for a clause no other plan shares a passage with', () => {
    const beijing15 = similar.get('beijing-15')!;
    expect(beijing15.map((s) => s.clause.split('-')[0]).length).toBe(5);
    for (const s of beijing15) expect(clauses.find((c) => c.id === s.clause)!.title).toBe('强化新业态新领域和服务业要素保障');
    expect(beijing15[0].passages.map((p) => p.text).join('')).toContain('推动生产要素创新性配置');
    const none = clauses.filter((c) => c.similar.length === 0);
    expect(none.length).toBeGreaterThan(0);
    expect(none.length).toBeLessThan(30);
    expect(similar.get('dawanqu-22')).toEqual([]);
  });

  it('does not count a stock phrase found in three domains or more as a shared passage', () => {
    const stock = '按照国家统一部署';
    const made: ClauseText[] = [
      { id: 'a-1', region: 'a', domain: 'land', text: `${stock}，推进甲项改革。` },
      { id: 'b-1', region: 'b', domain: 'technology', text: `${stock}，开展乙类试点。` },
      { id: 'c-1', region: 'c', domain: 'capital', text: `${stock}，完善丙种制度。` },
      { id: 'd-1', region: 'd', domain: 'land', text: '建立城乡统一的建设用地市场体系。' },
      { id: 'e-1', region: 'e', domain: 'land', text: '加快建立城乡统一的建设用地市场体系。' },
    ];
    const found = findSimilar(made, []);
    expect(found.slice(0, 3)).toEqual([[], [], []]);
    expect(found[3].map((s) => s.clause)).toEqual(['e-1']);
    expect(found[3][0].passages.map((p) => p.text)).toEqual(['建立城乡统一的建设用地市场体系']);
  });
});

describe('the export', () => {
  it('adds `similar` to every clause of /data/clauses.json, with passages as text and offsets (the other side in the other clause’s entry)', () => {
    const exported: ExportedClause[] = JSON.parse(files.get('data/clauses.json')!);
    for (const c of exported) {
      expect(c.similar).toEqual(clauses.find((x) => x.id === c.id)!.similar.map(({ clause, score, passages }) => ({ clause, score, passages })));
      for (const s of c.similar) for (const p of s.passages) expect(c.text.slice(p.start, p.end)).toBe(p.text);
    }
  });
});

describe('time on hostile input, as a ratio to plain input of the same size', () => {
  it('similar clauses beside one clause of 10,000 template sentences take about as long as for plain clauses of that size', () => {
    const real: ClauseText[] = clauses.map((c) => ({ id: c.id, region: c.region, domain: c.domain, text: c.text }));
    const sentences = plainSentences(10_000, REGIONS);
    const plain: ClauseText[] = Array.from({ length: 210 }, (_, i) => ({ id: `p-${i}`, region: REGIONS[i % 10], domain: DOMAINS[i % 7].slug, text: sentences.filter((_, k) => k % 210 === i).map((s) => s.text).join('') }));
    const hostile: ClauseText[] = [...real, { id: 'big-1', region: 'beijing', domain: 'coordination', text: repeatedSentences(10_000, 'beijing').map((s) => s.text).join('') }];
    expect(timeRatio(() => findSimilar(plain, []), () => findSimilar(hostile, []))).toBeLessThan(8);
  });
});
