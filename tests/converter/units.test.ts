// Unit tests of the converter's small pure functions: line shapes, reading, the errata file, markup.

import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { parseErrata } from '../../src/converter/errata.ts';
import { attrs, el, text } from '../../src/converter/emit/markup.ts';
import { frontmatterYaml } from '../../src/converter/emit/mdx.ts';
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

// A tiny JSX runtime that renders MDX output to an HTML string, to see what a reader would get.
type Child = string | number | null | undefined | false | Element | Child[];
interface Element { type: unknown; props: { children?: Child } & Record<string, unknown> }
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Element['props']): Element => ({ type, props });
function render(node: Child): string {
  if (node === null || node === undefined || node === false) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (Array.isArray(node)) return node.map(render).join('');
  if (node.type === Fragment) return render(node.props.children);
  if (typeof node.type === 'function') return render((node.type as (p: unknown) => Child)(node.props));
  const attributes = Object.entries(node.props).filter(([k]) => k !== 'children').map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<${node.type as string}${attributes}>${render(node.props.children)}</${node.type as string}>`;
}

describe('MDX markup', () => {
  it('renders any text exactly as given, whatever MDX or Markdown syntax it contains', async () => {
    const hostile = ' {x} <b>粗</b> *强调* _下_ `码` [链](/x) ![图](y) # 标题 &amp; \\ ~删~ www.example.com a@b.cn | 1. ';
    const mdx = el('p', {}, text(hostile)) + '\n';
    const { default: Content } = await evaluate(mdx, { Fragment, jsx, jsxs: jsx } as never);
    const html = render((Content as (p: object) => Child)({}));
    expect(html).toBe(`<p>${hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  });
  it('writes attributes with JSX-significant characters as expressions', () => {
    expect(attrs({ id: 's1', 'aria-label': '编者注', title: 'a "b" {c}', hidden: true, no: false })).toBe(
      ' id="s1" aria-label="编者注" title={"a \\"b\\" {c}"} hidden',
    );
  });
});

describe('frontmatter', () => {
  it('writes every value so that YAML reads it back exactly, whatever the text holds', () => {
    const data = { title: '“引号” "quotes": colon # hash\nnewline \\ backslash {x} [y] &z *w !v %u @t `s` |r >q -p ?o', clauses: 12, pagefind: false, topics: ['a', 'b: c'], sourceLines: [3, 4] };
    expect(parseYaml(frontmatterYaml(data))).toEqual(data);
  });
});
