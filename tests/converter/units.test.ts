// Unit tests of the converter's small pure functions: numerals, sentences, URLs, markup, reading.

import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { parseErrata } from '../../src/converter/errata.ts';
import { attrs, el, text } from '../../src/converter/emit/markup.ts';
import { shapeOf } from '../../src/converter/parse.ts';
import { readSource } from '../../src/converter/read.ts';
import { clauseLabel, parseChineseNumeral, toChineseNumeral } from '../../src/model/numerals.ts';
import { splitSentences } from '../../src/model/sentences.ts';
import { matchDomains } from '../../src/model/tables.ts';
import { absoluteUrlFor, urlFor } from '../../src/model/urls.ts';
import { deployment } from '../../src/site-config.ts';

describe('Chinese numerals', () => {
  it('writes and reads every number the document can use', () => {
    expect([1, 10, 11, 12, 20, 21, 24, 99, 100, 105, 110].map(toChineseNumeral)).toEqual([
      '一', '十', '十一', '十二', '二十', '二十一', '二十四', '九十九', '一百', '一百零五', '一百一十',
    ]);
    for (let n = 1; n <= 999; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
  it('refuses what is not a numeral, or not written the document’s way', () => {
    expect(parseChineseNumeral('一十二')).toBeUndefined();
    expect(parseChineseNumeral('十十')).toBeUndefined();
    expect(parseChineseNumeral('甲')).toBeUndefined();
    expect(parseChineseNumeral('12')).toBe(12);
  });
  it('makes clause labels', () => expect(clauseLabel(12)).toBe('（十二）'));
});

describe('sentences', () => {
  it('splits after 。！？ and keeps closing quotes with their sentence', () => {
    expect(splitSentences('甲。乙！丙？丁')).toEqual([
      { text: '甲。', start: 0 }, { text: '乙！', start: 2 }, { text: '丙？', start: 4 }, { text: '丁', start: 6 },
    ]);
    expect(splitSentences('他说“好。”然后走了。').map((s) => s.text)).toEqual(['他说“好。”', '然后走了。']);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('URLs', () => {
  it('makes every public URL of DESIGN.md', () => {
    expect(urlFor({ kind: 'home' })).toBe('/');
    expect(urlFor({ kind: 'letter', paragraph: 2 })).toBe('/letter/#p2');
    expect(urlFor({ kind: 'annex', region: 'beijing' })).toBe('/beijing/');
    expect(urlFor({ kind: 'annex', region: 'beijing', section: 3 })).toBe('/beijing/#section-3');
    expect(urlFor({ kind: 'annex', region: 'beijing', clause: 12 })).toBe('/beijing/#clause-12');
    expect(urlFor({ kind: 'clause', region: 'beijing', clause: 12 })).toBe('/beijing/12/');
    expect(urlFor({ kind: 'clause', region: 'beijing', clause: 12, sentence: 3 })).toBe('/beijing/12/#s3');
    expect(urlFor({ kind: 'domain', domain: 'land' })).toBe('/domains/land/');
    expect(urlFor({ kind: 'search', q: '数据 交易', region: 'hefei' })).toBe('/search/?q=%E6%95%B0%E6%8D%AE+%E4%BA%A4%E6%98%93&region=hefei');
    expect(urlFor({ kind: 'annex-alias', annex: 3, clause: 12 })).toBe('/annex/3/12/');
    expect(urlFor({ kind: 'pdf', name: 'guohan-2025-86' })).toBe('/pdf/guohan-2025-86.pdf');
    expect(urlFor({ kind: 'data', file: 'clauses.csv' })).toBe('/data/clauses.csv');
  });
  it('puts a deployment base and origin in front', () => {
    expect(urlFor({ kind: 'clause', region: 'sunan', clause: 1 }, '/guohan/')).toBe('/guohan/sunan/1/');
    expect(urlFor({ kind: 'home' }, '/guohan')).toBe('/guohan/');
    expect(absoluteUrlFor({ kind: 'letter' }, 'https://a.example/', '/x/')).toBe('https://a.example/x/letter/');
  });
  it('reads the deployment from the environment, with a placeholder origin', () => {
    expect(deployment({})).toEqual({ origin: 'https://guohan-2025-86.example', base: '/' });
    expect(deployment({ SITE_URL: 'https://b.example/', BASE_PATH: 'guohan' })).toEqual({ origin: 'https://b.example', base: '/guohan/' });
  });
});

describe('domains', () => {
  it('recognises every wording of a section heading in the seed', () => {
    expect(matchDomains('探索绿色发展新路径').map((d) => d.slug)).toEqual(['environment']);
    expect(matchDomains('提升金融服务实体经济质效').map((d) => d.slug)).toEqual(['capital']);
    expect(matchDomains('全面提高要素协同配置效率').map((d) => d.slug)).toEqual(['coordination']);
  });
});

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
