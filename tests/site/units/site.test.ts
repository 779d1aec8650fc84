// The site's small pure functions: the 404 helper, the pieces a text is set in, the about page's
// report of repairs, and the CSV guard against spreadsheet formulas.

import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/converter/emit/data.ts';
import { diagnostic } from '../../../src/model/diagnostics.ts';
import type { RegistryEntry } from '../../../src/model/site-model.ts';
import { suggestion, type AnnexInfo } from '../../../src/site/not-found.ts';
import { splitSentences } from '../../../src/model/sentences.ts';
import { sentenceViews, type SentenceView } from '../../../src/site/text/pieces.ts';
import { describeRepair, repairGroups } from '../../../src/site/report.ts';

const ANNEXES: AnnexInfo[] = [
  { region: 'beijing', name: '北京城市副中心', annex: 1, clauses: 15 },
  { region: 'sunan', name: '苏南重点城市', annex: 2, clauses: 24 },
];

describe('the 404 helper', () => {
  it('suggests the last clause when a number is out of range, and the clause for a Chinese numeral', () => {
    expect(suggestion('/beijing/40/', ANNEXES)).toEqual({
      message: '附件1 北京城市副中心共15条，没有第40条。',
      links: [
        { label: '附件1 北京城市副中心全文', target: { kind: 'annex', region: 'beijing' } },
        { label: '最后一条（第15条）', target: { kind: 'clause', region: 'beijing', clause: 15 } },
      ],
    });
    expect(suggestion(`/sunan/${encodeURIComponent('十二')}/`, ANNEXES)?.links[0]).toEqual({ label: '附件2第12条', target: { kind: 'clause', region: 'sunan', clause: 12 } });
    expect(suggestion('/beijin/3/', ANNEXES)?.message).toContain('您要找的可能是附件1 北京城市副中心（beijing）');
  });

  it('answers any address without throwing: bad escapes, huge numbers, long paths', () => {
    expect(suggestion('/beijing/40%/', ANNEXES)?.message).toBe('条款编号应为数字，例如 /beijing/1/。');
    expect(suggestion('/beijing/%FF/', ANNEXES)?.message).toBe('条款编号应为数字，例如 /beijing/1/。');
    expect(suggestion(`/beijing/${'1'.repeat(40)}/`, ANNEXES)?.message).toBe('附件1 北京城市副中心共15条，没有这一条。');
    expect(suggestion(`/beijing/${'1'.repeat(400)}/`, ANNEXES)).toBeNull();
    expect(JSON.stringify(suggestion('/beijing/99999999/', ANNEXES))).not.toContain('Infinity');
    expect(suggestion('/about/x/', ANNEXES)).toBeNull();
  });
});

describe('the pieces a text is set in', () => {
  const at = { line: 1, column: 1 };
  const text = '甲乙 and 丙丁。戊己庚。';
  const source = { text, sentences: splitSentences(text), corrections: [{ id: 'he', offset: 2, original: ' and ', correction: '和', note: '', sentence: 1, at }] };
  const flatten = (views: SentenceView[]) => views.map((v) => v.pieces.map((p) => (p.kind === 'erratum' ? p.correction.original : p.words.join(''))).join('')).join('');

  it('hold every character of the text once, corrections and wrapped runs included', () => {
    const views = sentenceViews(source, { inline: [{ start: 10, end: 12, tag: 'mark', className: 'topic-hit' }], breaks: [1, 11] });
    expect(flatten(views)).toBe(text);
    expect(views.map((v) => v.pieces.map((p) => p.kind))).toEqual([['text', 'erratum', 'text'], ['inline', 'text']]);
    expect(views[0].pieces[0]).toEqual({ kind: 'text', words: ['甲', '乙'] });
  });

  it('leave out a run that crosses a sentence or overlaps a correction, never cutting the text', () => {
    const views = sentenceViews(source, { inline: [{ start: 5, end: 9, tag: 'a', className: 'topic-link', href: '/x/' }, { start: 3, end: 6, tag: 'mark', className: 'topic-hit' }] });
    expect(views.flatMap((v) => v.pieces.map((p) => p.kind))).toEqual(['text', 'erratum', 'text', 'text']);
    expect(flatten(views)).toBe(text);
  });

  it('number sentences from 1 wherever the text starts, and mark the shared ones', () => {
    const views = sentenceViews(source, { from: 1, states: [{ shared: false, own: false }, { shared: true, own: true }] });
    expect(views.map((v) => [v.k, v.first, v.shared, v.own])).toEqual([[2, false, true, true]]);
  });
});

describe('the report of repairs', () => {
  const registry: Record<string, RegistryEntry> = {
    'hefei-9': { id: 'hefei-9', kind: 'clause', label: '（九）…', ref: '附件4（九）', target: { kind: 'clause', region: 'hefei', clause: 9 } },
    chengdu: { id: 'chengdu', kind: 'annex', label: '附件10 成都市', ref: '附件10', target: { kind: 'annex', region: 'chengdu' } },
  };
  const join = diagnostic('page-break-join', 's.txt', { line: 281, column: 1 }, 'joined …', undefined, { target: 'hefei-9', previousLine: 279, atSentenceEnd: true, before: '机制。', after: '建立健全' });
  const marker = diagnostic('annex-marker-missing', 's.txt', { line: 669, column: 1 }, 'the 附件10 line …', undefined, { annex: 10, target: 'chengdu' });

  it('says each repair in Chinese from its facts, linking what it repaired, under the base', () => {
    expect(describeRepair(join, registry, '/guohan/')).toEqual({ rule: 'page-break-join', line: 281, column: 1, what: '第279行与第281行同属一条，分页恰在句末，已合并。', link: { label: '附件4（九）', href: '/guohan/hefei/9/' } });
    expect(describeRepair(marker, registry).what).toBe('第669行前缺少“附件10”一行；其标题与批复附件列表第10项一致，已按附件10恢复。');
  });

  it('groups repairs by kind under the catalogue’s headings, and leaves out what readers need not see', () => {
    const unused = diagnostic('errata-unused', 'e.yaml', { line: 3, column: 5 }, 'reviewed …');
    const groups = repairGroups([join, marker, unused], registry);
    expect(groups.map((g) => [g.heading, g.lines.length])).toEqual([
      ['分页断开的段落已合并', 1],
      ['缺失的“附件N”行已按标题恢复', 1],
    ]);
  });
});

describe('the CSV export', () => {
  it('guards a cell a spreadsheet would read as a formula, and quotes what RFC 4180 needs', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}1`).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell('增加有效金融服务供给')).toBe('增加有效金融服务供给');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(-1)).toBe('-1');
  });
});
