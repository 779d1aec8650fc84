// The real seed, end to end through the converter: structure, numbering, repairs and the data
// export's contract (docs/architecture.md, Public contracts).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConvertResult } from '../../src/converter/pipeline.ts';
import { convertRealSeed } from './support.ts';
import type { ExportedClause } from '../../src/converter/emit/data.ts';
import { clauseLabel } from '../../src/model/numerals.ts';
import { DOMAINS, REGIONS } from '../../src/model/tables.ts';

const ROOT = join(import.meta.dirname, '../..');
let result: ConvertResult;
let clauses: ExportedClause[];

beforeAll(() => {
  result = convertRealSeed();
  clauses = JSON.parse(result.files!.get('data/clauses.json')!);
});

describe('the real seed', () => {
  it('converts under --strict: every warning is accounted for by seeds/errata.yaml', () => {
    expect(result.ok).toBe(true);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('has 10 annexes with 7 sections each, 70 in all, mapped in order onto the seven domains', () => {
    const { annexes } = result.site!.model;
    expect(annexes.map((a) => a.region)).toEqual(REGIONS.map((r) => r.slug));
    expect(annexes.flatMap((a) => a.sections)).toHaveLength(70);
    for (const a of annexes) expect(a.sections.map((s) => s.domain)).toEqual(DOMAINS.map((d) => d.slug));
  });

  it('numbers every annex’s clauses 1…n without gaps', () => {
    const counts = result.site!.model.annexes.map((a) => {
      const numbers = a.sections.flatMap((s) => s.clauses.map((c) => c.number));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      return numbers.length;
    });
    expect(counts).toEqual([15, 24, 23, 22, 20, 21, 21, 22, 21, 21]);
    expect(clauses).toHaveLength(210);
  });

  it('recovers the tenth annex, whose 附件10 line is missing, from the letter’s list', () => {
    const chengdu = result.site!.model.annexes[9];
    expect(chengdu).toMatchObject({ number: 10, region: 'chengdu', marker: null, listEntry: 10 });
    expect(result.diagnostics.filter((d) => d.ruleId === 'annex-marker-missing').map((d) => [d.line, d.column])).toEqual([[669, 1]]);
    // The last clause of annex 9 did not swallow the title.
    const last9 = clauses.filter((c) => c.annex === 9).at(-1)!;
    expect(last9.text).not.toContain('成都市要素市场化配置');
  });

  it('joins the 35 paragraphs that page breaks split, including the two that broke at a sentence end', () => {
    const joins = result.diagnostics.filter((d) => d.ruleId === 'page-break-join');
    expect(joins).toHaveLength(35);
    expect(joins.filter((d) => d.message.includes('after a full sentence')).map((d) => d.line)).toEqual([215, 281]);
    const hefei9 = clauses.find((c) => c.id === 'hefei-9')!;
    expect(hefei9.sourceLines).toEqual([279, 281]);
    expect(hefei9.text.endsWith('建立健全与地区常住人口规模相适应的财政转移支付、住房供应、教师医生编制等保障机制。')).toBe(true);
  });

  it('removes line-wrap spaces from titles and keeps the printed title', () => {
    const { letter, annexes } = result.site!.model;
    expect(letter.titleText).toBe('国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复');
    expect(letter.title.text).toBe('国务院关于全国部分地区要素市场化配置 综合改革试点实施方案的批复');
    expect(annexes[0].titleText).toBe('北京城市副中心要素市场化配置综合改革试点实施方案');
  });

  it('keeps the two stray “and” as printed and carries the errata beside them', () => {
    const withErrata = clauses.filter((c) => c.errata.length > 0);
    expect(withErrata.map((c) => c.id)).toEqual(['hefei-20', 'dawanqu-2']);
    const hefei20 = withErrata[0];
    expect(hefei20.text).toContain('积极参与国际市场准入规则 and 标准制定');
    expect(hefei20.correctedText).toContain('积极参与国际市场准入规则和标准制定');
    expect(hefei20.errata[0]).toMatchObject({ original: ' and ', correction: '和', sentence: 6, sourcePosition: { line: 317, column: 50 } });
    expect(hefei20.sentences[5]).toContain(' and ');
  });

  it('normalises the footer keys and reads the metadata', () => {
    const { meta } = result.site!.model;
    expect(meta.footer.map((f) => f.key)).toEqual(['索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期']);
    expect(meta).toMatchObject({
      title: '国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复',
      docNumber: '国函〔2025〕86号',
      issuer: '国务院',
      dateWritten: '2025-09-08',
      datePublished: '2025-09-11',
      indexNumber: '000014349/2025-00075',
      subjects: ['国民经济管理、国有资产监管', '经济体制改革'],
    });
  });

  it('reads the letter: four paragraphs, ten annexes listed, signature, date and note', () => {
    const { letter } = result.site!.model;
    expect(letter.docNumber.text).toBe('国函〔2025〕86号');
    expect(letter.paragraphs.map((p) => p.label.text)).toEqual(['一、', '二、', '三、', '四、']);
    expect(letter.annexList.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([letter.signature.text, letter.date.text, letter.dateIso, letter.note?.text]).toEqual(['国务院', '2025年9月8日', '2025-09-08', '（此件公开发布）']);
  });

  it('exports every clause with the contract’s fields', () => {
    const beijing12 = clauses.find((c) => c.id === 'beijing-12')!;
    expect(beijing12).toMatchObject({
      url: 'https://example.test/beijing/12/',
      annex: 1,
      region: 'beijing',
      regionName: '北京城市副中心',
      section: 5,
      sectionHeading: '增强资本要素服务实体经济能力',
      domain: 'capital',
      clause: 12,
      label: '（十二）',
      title: '增加有效金融服务供给',
      sourceLines: [91, 91],
    });
    for (const c of clauses) {
      expect(c.label).toBe(clauseLabel(c.clause));
      expect(c.sentences.join('')).toBe(c.text);
      expect(c.text.startsWith(`${c.title}。`)).toBe(true);
      expect(c.text).not.toMatch(/^（/);
    }
  });

  it('writes the CSV with a BOM, a header and one row per clause', () => {
    const csv = result.files!.get('data/clauses.csv')!;
    expect(csv.startsWith('\uFEFFid,url,annex,region,regionName,section,sectionHeading,domain')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(211);
  });

  it('matches the reviewed outline of every clause (tests/fixtures/converter/real-seed/outline.txt)', () => {
    const outline = clauses.map((c) => `${c.id}\t${c.label}${c.title}\t${c.domain}\t${c.sourceLines.join('-')}\t${c.sentences.length} sentences\t${[...c.text].length} chars`).join('\n') + '\n';
    const file = join(ROOT, 'tests/fixtures/converter/real-seed/outline.txt');
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(file, outline);
    expect(outline).toBe(readFileSync(file, 'utf8'));
  });
});
