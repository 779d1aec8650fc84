// A passage pasted from the PDF carries its page furniture: the page number (— 12 —, - 3 -, a lone
// number on its own line) and the running head (the annex's title) in the middle of the text. Taken
// out, most careful first, only to search again when the passage as typed finds nothing.

import { describe, expect, it } from 'vitest';
import { droppedLine, withoutFurniture } from '../../../src/site/search/furniture.ts';
import { prepare, searchExact } from '../../../src/site/search/exact.ts';
import { parseQuery } from '../../../src/site/search/query.ts';

const head = '北京城市副中心要素市场化配置综合改革试点实施方案';
const text = '深化数据要素市场化配置改革，建立健全数据流通规则。';
const entries = [{ id: 'beijing-9', kind: 'clause' as const, url: '/beijing/9/', region: 'beijing', domain: 'data', label: '附件1（九）', title: '数据', text }];
const found = (q: string) => searchExact(prepare(entries), parseQuery(q)).filter((m) => m.tier === 1).length;
const first = (q: string) => withoutFurniture(q, [head]).find((c) => found(c.q) > 0);

describe('page furniture in a pasted passage', () => {
  it('is why the passage as pasted finds nothing', () => {
    expect(found('数据要素市场化配置改革')).toBe(1);
    for (const q of ['数据要素市场化配置 — 12 — 改革', '数据要素\n- 3 -\n市场化配置改革', '数据要素市场化\n12\n配置改革', `数据要素市场化配置${head}改革`]) expect(found(q), q).toBe(0);
  });

  it('is taken out: dashed page numbers, running heads (also broken across lines), lone numbers', () => {
    expect(first('数据要素市场化配置 — 12 — 改革')).toEqual({ q: '数据要素市场化配置  改革', dropped: ['— 12 —'] });
    expect(first('数据要素\n- 3 -\n市场化配置改革')?.dropped).toEqual(['- 3 -']);
    expect(first('数据要素市场化\n12\n配置改革')?.dropped).toEqual(['12']);
    expect(first(`数据要素市场化配置北京城市副中心要素市场化配置\n综合改革试点实施方案改革`)?.dropped).toEqual([`北京城市副中心要素市场化配置\n综合改革试点实施方案`]);
    expect(first('数据要素市场化配置 －１２－ 改革')?.dropped).toEqual(['-12-']);
  });

  it('is looked for with care: a title alone stays, and numbers in the text go last', () => {
    expect(withoutFurniture(head, [head])).toEqual([]);
    expect(withoutFurniture('数据要素', [head])).toEqual([]);
    const steps = withoutFurniture('支持30家企业 — 5 — 上市', [head]);
    expect(steps[0]).toEqual({ q: '支持30家企业  上市', dropped: ['— 5 —'] });
  });

  it('is said: what was dropped, as pasted', () => {
    expect(droppedLine(['— 12 —'])).toBe('已略去疑似页码或页眉：“— 12 —”。');
  });
});
