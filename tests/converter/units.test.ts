// Unit tests of the converter's small pure functions: line shapes, reading, the errata file, the Markdown it writes.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { parseErrata } from '../../src/converter/errata.ts';
import { escapeMarkdown, frontmatterYaml } from '../../src/converter/emit/markdown.ts';
import { parse as parseYaml } from 'yaml';
import { shapeOf } from '../../src/converter/parse.ts';
import { readSource } from '../../src/converter/read.ts';

describe('line shapes', () => {
  it('reads clause labels in full- and half-width parentheses', () => {
    expect(shapeOf('（十二）增加。')).toMatchObject({ kind: 'clause', numeral: '十二', label: '（十二）' });
    expect(shapeOf('(十二)增加。')).toMatchObject({ kind: 'clause', numeral: '十二', label: '(十二)' });
    expect(shapeOf('附件10')).toEqual({ kind: 'annex-marker', number: 10 });
    expect(shapeOf('2025年9月8日')).toEqual({ kind: 'date', iso: '2025-09-08' });
    expect(shapeOf('标 题： 国务院')).toEqual({ kind: 'footer' });
    expect(shapeOf('（此件公开发布）')).toEqual({ kind: 'text' });
  });
});

describe('reading the seed', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('tolerates a BOM, CRLF and CR line ends', () => {
    const r = readSource('x.txt', bytes('\uFEFF甲\r\n乙\r丙\n'));
    expect(r.ok && r.source.lines.map((l) => l.text)).toEqual(['甲', '乙', '丙']);
  });
  it('names the line and column of the first byte that is not UTF-8', () => {
    const r = readSource('x.txt', new Uint8Array([...bytes('甲乙\n丙'), 0xb1, 0xb1]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ ruleId: 'input-encoding', line: 2, column: 2 });
  });
  it('refuses a file without text', () => {
    const r = readSource('x.txt', bytes(' \n\t\n'));
    expect(!r.ok && r.diagnostics[0].ruleId).toBe('input-empty');
  });
});

describe('errata file', () => {
  it('reports malformed entries at their line and column', () => {
    const { diagnostics } = parseErrata('errata.yaml', 'corrections:\n  - id: x\n    line: 3\n');
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toContainEqual(['errata-format', 2, 5]);
    expect(parseErrata('errata.yaml', 'corrections: [\n').diagnostics[0]).toMatchObject({ ruleId: 'errata-format', line: 2 });
  });
});

describe('Markdown of the text', () => {
  it('reads back as one paragraph holding exactly the text, whatever Markdown or HTML syntax it contains', () => {
    const hostile = '{x} <b>粗</b> *强调* _下_ `码` [链](/x) ![图](y) # 标题 &amp; \\ ~删~ www.example.com a@b.cn | 1. <!-- c --> <script>x</script>';
    const tree = fromMarkdown(escapeMarkdown(hostile));
    expect(tree.children).toHaveLength(1);
    const paragraph = tree.children[0] as { type: string; children: { type: string; value?: string }[] };
    expect(paragraph.type).toBe('paragraph');
    expect(paragraph.children.map((c) => c.type)).toEqual(['text']);
    expect(paragraph.children[0].value).toBe(hostile);
  });
});

describe('frontmatter', () => {
  it('writes every value so that YAML reads it back exactly, whatever the text holds', () => {
    const data = { title: '“引号” "quotes": colon # hash\nnewline \\ backslash {x} [y] &z *w !v %u @t `s` |r >q -p ?o', clauses: 12, pagefind: false, topics: ['a', 'b: c'], sourceLines: [3, 4] };
    expect(parseYaml(frontmatterYaml(data))).toEqual(data);
  });
});
