// The concordance of the ten plans (src/converter/concordance.ts, wording-diff.ts, linkage.ts): on
// the real seed, on the reviewed sample (seeds/concordance-review.md,
// tests/fixtures/concordance/reviewed.yaml), on small made-up cases, and on hostile input, timed
// against plain input of the same size.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONCORDANCE, concordDomain, concordModel, rowIds, type DomainSentence } from '../../src/converter/concordance.ts';
import { dice, gramSets } from '../../src/converter/dice.ts';
import { normalise, placeNames } from '../../src/converter/normalise.ts';
import { diffWording } from '../../src/converter/wording-diff.ts';
import type { Concordance, ConcordanceCell, DiffRun } from '../../src/model/concordance.ts';
import { DOMAINS } from '../../src/model/tables.ts';
import type { Clause, DocumentModel } from '../../src/model/types.ts';
import { fewLetterSentences, plainSentences, repeatedSentences, timeRatio } from './hostile.ts';
import { convertRealSeed, ROOT } from './support.ts';

const TEMPLATE = '健全劳动、资本、土地、知识、技术、管理、数据等生产要素由市场评价贡献、按贡献决定报酬的机制。';
const REGIONS = ['beijing', 'sunan', 'hangyongwen', 'hefei', 'fuxiaquan', 'zhengzhou', 'changzhutan', 'dawanqu', 'chongqing', 'chengdu'];

let model: DocumentModel;
let clauses: Clause[];
let places: string[];
let concordance: Concordance[];
let fromPipeline: Concordance[];
let files: Map<string, string>;

beforeAll(() => {
  const result = convertRealSeed({ topics: true });
  model = result.site!.model;
  places = placeNames(model);
  concordance = concordModel(model, places);
  fromPipeline = result.site!.concordance!;
  files = result.files!;
  clauses = model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses));
});

const ref = (c: { clause: string; sentence: number }) => `${c.clause}#${c.sentence}`;
const domainSentences = (domain: string) => clauses.filter((c) => c.domain === domain).flatMap((c) => c.sentences.map(({ text }, i) => ({ ref: `${c.id}#${i + 1}`, region: c.region, text })));
const rowOf = (d: Concordance) => new Map(d.rows.flatMap((r) => r.cells.map((c) => [ref(c), r.id] as const)));
const visible = (runs: DiffRun[]) => runs.filter((r) => r.op !== 'removed').map((r) => r.text).join('');
const marked = (runs: DiffRun[]) => runs.map((r) => (r.op === 'same' ? r.text : r.op === 'added' ? `[+${r.text}]` : `[-${r.text}]`)).join('');

describe('the concordance of a domain', () => {
  it('has one concordance per domain, in the order of the domain table', () => {
    expect(concordance.map((d) => d.domain)).toEqual(DOMAINS.map((d) => d.slug));
  });

  it('holds every sentence of each domain exactly once, in a row or among its pilot’s distinctive sentences', () => {
    for (const d of concordance) {
      const shown = [...d.rows.flatMap((r) => r.cells), ...Object.values(d.distinctive).flat()].map(ref).sort();
      expect(shown, d.domain).toEqual(domainSentences(d.domain).map((s) => s.ref).sort());
    }
  });

  it('always puts sentences that are identical after removing punctuation and substituting place names in one row', () => {
    for (const d of concordance) {
      const rows = rowOf(d);
      const byWording = new Map<string, { ref: string; region: string }[]>();
      for (const s of domainSentences(d.domain)) byWording.set(normalise(s.text, places), [...(byWording.get(normalise(s.text, places)) ?? []), s]);
      for (const group of byWording.values()) {
        if (new Set(group.map((s) => s.region)).size < 2) continue;
        expect(new Set(group.map((s) => rows.get(s.ref))).size, group.map((s) => s.ref).join(' ')).toBe(1);
        expect(rows.get(group[0].ref)).toBeDefined();
      }
    }
    const made = concordDomain('data', [
      { region: 'beijing', clause: 'beijing-1', sentence: 1, text: '支持北京市建设数据交易平台。' },
      { region: 'sunan', clause: 'sunan-1', sentence: 1, text: '支持南京市建设“数据交易平台”；' },
      { region: 'fuxiaquan', clause: 'fuxiaquan-1', sentence: 1, text: '加快发展海洋经济。' },
    ], REGIONS, ['北京市', '南京市']);
    expect(made.rows.map((r) => r.cells.map(ref))).toEqual([['beijing-1#1', 'sunan-1#1']]);
    expect(made.distinctive.fuxiaquan.map(ref)).toEqual(['fuxiaquan-1#1']);
  });

  it('keeps the reviewed pairs together and apart (tests/fixtures/concordance/reviewed.yaml)', () => {
    const { together, apart } = parseYaml(readFileSync(join(ROOT, 'tests/fixtures/concordance/reviewed.yaml'), 'utf8')) as { together: [string, string][]; apart: [string, string][] };
    expect(together.length + apart.length).toBeGreaterThanOrEqual(30);
    const rows = new Map(concordance.flatMap((d) => [...rowOf(d)]));
    const all = new Set(clauses.flatMap((c) => c.sentences.map((_, i) => `${c.id}#${i + 1}`)));
    for (const [a, b] of [...together, ...apart]) expect(all.has(a) && all.has(b), `${a} ${b}`).toBe(true);
    for (const [a, b] of together) expect(rows.get(a), `${a} with ${b}`).toBe(rows.get(b) ?? 'not in a row');
    for (const [a, b] of apart) expect(rows.get(a) === undefined || rows.get(a) !== rows.get(b), `${a} apart from ${b}`).toBe(true);
  });

  it('orders rows by how many pilots share them, then by their first sentence, and lists distinctive sentences in document order', () => {
    const order = new Map(clauses.flatMap((c) => c.sentences.map((_, i) => `${c.id}#${i + 1}`)).map((r, i) => [r, i]));
    for (const d of concordance) {
      const keys = d.rows.map((r) => [-new Set(r.cells.map((c) => c.region)).size, order.get(ref(r.cells[0]))!]);
      expect(keys, d.domain).toEqual([...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
      for (const r of d.rows) expect(r.cells.map((c) => order.get(ref(c)))).toEqual(r.cells.map((c) => order.get(ref(c))).sort((x, y) => x! - y!));
      expect(Object.keys(d.distinctive)).toEqual(REGIONS);
      for (const [region, cells] of Object.entries(d.distinctive)) {
        expect(cells.every((c) => c.region === region)).toBe(true);
        expect(cells.map((c) => order.get(ref(c)))).toEqual(cells.map((c) => order.get(ref(c))).sort((x, y) => x! - y!));
      }
    }
  });

  it('never puts two sentences that share little in one row: every two reach the floor, and rows have two pilots or more', () => {
    for (const d of concordance) {
      for (const r of d.rows) {
        expect(new Set(r.cells.map((c) => c.region)).size).toBeGreaterThanOrEqual(2);
        const grams = gramSets(r.cells.map((c) => normalise(c.text, places)));
        for (let i = 0; i < grams.length; i++) for (let j = i + 1; j < grams.length; j++) expect(dice(grams[i], grams[j]), `${r.id}: ${ref(r.cells[i])} ${ref(r.cells[j])}`).toBeGreaterThanOrEqual(CONCORDANCE.floor);
      }
    }
  });

  it('finds on the real seed what it would find without its limits on hostile input', () => {
    const unlimited = concordModel(model, places, { ...CONCORDANCE, limits: { visit: 1e9, verify: 1e9, keep: 1e9 } });
    expect(unlimited).toEqual(concordance);
  });

  it('makes the template sentence on factor remuneration one row with all ten pilots, in full agreement', () => {
    const rows = concordance.flatMap((d) => d.rows).filter((r) => r.cells.some((c) => c.text === TEMPLATE));
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toMatch(/^coordination-/);
    expect(rows[0].cells.map((c) => c.region)).toEqual(REGIONS);
    expect(rows[0].cells.every((c) => c.text === TEMPLATE)).toBe(true);
    expect(rows[0].agreement).toBe(1);
    expect(rows[0].reference).toBe(TEMPLATE);
  });

  it('takes as reference the most common wording, the earliest on a tie, and measures agreement as the cells’ mean similarity to it', () => {
    for (const r of concordance.flatMap((d) => d.rows)) {
      const count = new Map<string, number>();
      for (const c of r.cells) count.set(normalise(c.text, places), (count.get(normalise(c.text, places)) ?? 0) + 1);
      const most = Math.max(...count.values());
      const first = r.cells.find((c) => count.get(normalise(c.text, places)) === most)!;
      expect(r.reference, r.id).toBe(first.text);
      expect(r.normalised).toBe(normalise(first.text, places));
      const mean = r.cells.reduce((n, c) => n + c.similarity, 0) / r.cells.length;
      expect(Math.abs(r.agreement - mean)).toBeLessThan(0.001);
      expect(r.agreement).toBeGreaterThan(0);
      expect(r.agreement).toBeLessThanOrEqual(1);
    }
  });

  it('names each row by its domain and six hex characters of the hash of its reference wording, unique within the domain', () => {
    for (const d of concordance) {
      expect(new Set(d.rows.map((r) => r.id)).size).toBe(d.rows.length);
      for (const r of d.rows) expect(r.id).toBe(`${d.domain}-${createHash('sha256').update(r.normalised).digest('hex').slice(0, 6)}`);
    }
    // Two wordings whose hashes start alike get longer ids; the others keep six characters.
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const key = `措施${i}`;
      const prefix = createHash('sha256').update(key).digest('hex').slice(0, 6);
      if (seen.has(prefix)) pair = [seen.get(prefix)!, key];
      seen.set(prefix, key);
    }
    const ids = rowIds('land', [...pair, '另一项措施']);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0].length).toBeGreaterThan('land-'.length + 6);
    expect(ids[2]).toMatch(/^land-[0-9a-f]{6}$/);
  });

  it('lets a pilot hold two sentences of one row, when its plan says the measure twice', () => {
    const made = concordDomain('coordination', [
      { region: 'beijing', clause: 'beijing-15', sentence: 4, text: TEMPLATE },
      { region: 'beijing', clause: 'beijing-16', sentence: 2, text: TEMPLATE },
      { region: 'sunan', clause: 'sunan-21', sentence: 4, text: TEMPLATE },
    ], REGIONS, []);
    expect(made.rows).toHaveLength(1);
    expect(made.rows[0].cells.map(ref)).toEqual(['beijing-15#4', 'beijing-16#2', 'sunan-21#4']);
  });
});

describe('the differences inside a row', () => {
  it('gives back each cell’s sentence exactly from its runs other than removed ones', () => {
    const cells: ConcordanceCell[] = concordance.flatMap((d) => [...d.rows.flatMap((r) => r.cells), ...Object.values(d.distinctive).flat()]);
    expect(cells).toHaveLength(1077);
    for (const c of cells) expect(visible(c.diff), ref(c)).toBe(c.text);
  });

  it('marks a place name that was only substituted, and punctuation, as no difference', () => {
    const p = ['北京市', '厦门市', '泉州市'];
    expect(diffWording('支持北京市建设国际化技术转移平台。', '支持厦门市建设国际化技术转移平台；', p)).toEqual({ runs: [{ text: '支持厦门市建设国际化技术转移平台；', op: 'same' }], similarity: 1 });
    expect(diffWording('推进技术、资本融合。', '推进技术，资本融合！', p).runs.map((r) => r.op)).toEqual(['same']);
    // On the real seed: every cell whose wording equals the reference's once compared shows no change but punctuation.
    let checked = 0;
    for (const r of concordance.flatMap((d) => d.rows)) {
      for (const c of r.cells.filter((c) => normalise(c.text, places) === r.normalised)) {
        checked++;
        for (const run of c.diff.filter((x) => x.op !== 'same')) expect(normalise(run.text, places), `${ref(c)}: ${marked(c.diff)}`).toBe('');
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('shows what a wording adds and what of the reference it lacks, with the punctuation that goes with them', () => {
    const show = (a: string, b: string) => marked(diffWording(a, b, []).runs);
    expect(show('深化服务业领域改革，研究推动商业医疗补充保险政策落地，加强要素综合配置保障。', '深化服务业领域改革，加强要素综合配置保障。')).toBe('深化服务业领域改革[-，研究推动商业医疗补充保险政策落地]，加强要素综合配置保障。');
    expect(show('鼓励采用长期租赁、先租后让、弹性年期供应等方式供应产业用地。', '鼓励采用长期租赁、先租后让、租让结合、弹性年期供应等方式供应产业用地。')).toBe('鼓励采用长期租赁、先租后让[+、租让结合]、弹性年期供应等方式供应产业用地。');
    expect(show('建立健全数据流通交易体系。', '建立健全数据流通交易规则。')).toBe('建立健全数据流通交易[-体系][+规则]。');
    expect(show('建立作价出资等市场供应体系。', '建立作价出资（入股）等市场供应体系。')).toBe('建立作价出资[+（入股）]等市场供应体系。');
    expect(show('推动不动产投资信托基金（REITs）健康发展。', '支持发行不动产投资信托基金（REITs）。')).toBe('[-推动][+支持发行]不动产投资信托基金（REITs）[-健康发展]。');
    // Agreement between two changes that drop and add text reads as part of one change; between two drops it stays.
    expect(show('完善科技创新资源配置方式。', '创新科技资源配置方式。')).toBe('[-完善科技创新][+创新科技]资源配置方式。');
    expect(show('完善中小银行和市县农村信用社、农商银行治理结构。', '完善中小银行和农村信用社治理。')).toBe('完善中小银行和[-市县]农村信用社[-、农商银行]治理[-结构]。');
    // A character that recurs is matched where it reads as the same word (细化 with 细化, not with 详细).
    expect(show('探索通过详细评价等方式，细化完善低效用地认定标准。', '细化完善城镇低效用地认定标准。')).toBe('[-探索通过详细评价等方式，]细化完善[+城镇]低效用地认定标准。');
  });
});

describe('the export', () => {
  it('gives the site model the concordance of every domain', () => {
    expect(fromPipeline).toEqual(concordance);
  });

  it('writes /data/concordance.json: per domain its rows in order and each pilot’s distinctive sentences', () => {
    const data = JSON.parse(files.get('data/concordance.json')!);
    expect(data.domains.map((d: { domain: string }) => d.domain)).toEqual(DOMAINS.map((d) => d.slug));
    const land = data.domains[1];
    expect(land.rows.map((r: { id: string }) => r.id)).toEqual(concordance[1].rows.map((r) => r.id));
    const row = land.rows[0];
    expect(Object.keys(row)).toEqual(['id', 'agreement', 'pilots', 'reference', 'cells']);
    expect(Object.keys(row.cells[0])).toEqual(['region', 'clause', 'sentence', 'text', 'diff', 'similarity', 'url']);
    expect(row.cells[0].url).toBe(`https://example.test/${row.cells[0].region}/${row.cells[0].clause.split('-')[1]}/#s${row.cells[0].sentence}`);
    expect(Object.keys(land.distinctive)).toEqual(REGIONS);
    expect(Object.keys(land.distinctive.beijing[0])).toEqual(['region', 'clause', 'sentence', 'text', 'url']);
  });
});

describe('time on hostile input, as a ratio to plain input of the same size', () => {
  // Comparing every pair makes these ratios grow with the size: without its limits the concordance
  // of 2,500 near-identical sentences takes about 300 times as long as of 2,500 plain ones. With
  // them, grouping and showing near-identical sentences costs a few times more than finding that
  // plain ones share nothing, at any size (about 5 at 10,000 and at 20,000).
  const asDomain = (xs: { region: string; text: string }[]): DomainSentence[] => xs.map((x, i) => ({ region: x.region, clause: `${x.region}-${1 + (i % 20)}`, sentence: 1 + Math.floor(i / 20), text: x.text }));

  it('the concordance of one clause of 10,000 near-identical sentences costs a bounded multiple of 10,000 plain ones', () => {
    const plain = asDomain(plainSentences(10_000, REGIONS));
    const hostile = asDomain(repeatedSentences(10_000, 'beijing'));
    const twoPilots = asDomain([...repeatedSentences(5_000, 'beijing'), ...repeatedSentences(5_000, 'sunan')]);
    expect(timeRatio(() => concordDomain('land', plain, REGIONS, []), () => concordDomain('land', hostile, REGIONS, []))).toBeLessThan(15);
    expect(timeRatio(() => concordDomain('land', plain, REGIONS, []), () => concordDomain('land', twoPilots, REGIONS, []))).toBeLessThan(15);
  });

  it('the concordance of sentences made of eight characters costs a bounded multiple of plain ones', () => {
    const plain = asDomain(plainSentences(10_000, REGIONS));
    const hostile = asDomain(fewLetterSentences(10_000, ['beijing', 'sunan']));
    expect(timeRatio(() => concordDomain('land', plain, REGIONS, []), () => concordDomain('land', hostile, REGIONS, []))).toBeLessThan(15);
  });
});
