// A wording remembered with one character changed (受信 for 授信, 迁徙 for 迁移): when nothing holds the
// query, the wordings that differ by exactly one Han character are found, the real words marked.

import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/site/search/exact.ts';
import { headline } from '../../../src/site/search/headline.ts';
import { nearWordings, onWordBoundaries } from '../../../src/site/search/near.ts';

const entry = (id: string, text: string) => ({ id, kind: 'clause' as const, url: `/${id}/`, region: id.split('-')[0], domain: 'capital', label: id, title: '', text });
const prepared = prepare([
  entry('zhengzhou-3', '探索“整村授信”模式，扩大授信额度。'),
  entry('chengdu-5', '推动人口有序迁移，完善户籍制度。'),
  entry('hefei-2', '加强数据要素市场化配置。'),
]);
const words = (q: string) => nearWordings(prepared, q, () => true).map((w) => w.word);

describe('wordings one character away', () => {
  it('finds the wording with one Han character substituted, and marks the real words', () => {
    expect(words('受信')).toEqual(['授信']);
    expect(words('迁徙')).toEqual(['迁移']);
    const [w] = nearWordings(prepared, '受信', () => true);
    expect(w.matches.map((m) => m.p.entry.id)).toEqual(['zhengzhou-3']);
    const text = prepared[0].entry.text;
    expect(w.matches[0].hits.map((h) => text.slice(h.start, h.end))).toEqual(['授信', '授信']);
  });

  it('finds nothing for one character, for two differences, or for a difference that is no Han character', () => {
    expect(words('受')).toEqual([]);
    expect(words('受托')).toEqual([]);
    expect(words('数据要素市场化配量')).toEqual(['数据要素市场化配置']);
    expect(words('数据要素市场化配量改革')).toEqual([]);
    expect(words('x信')).toEqual([]);
  });

  it('keeps to word boundaries where the platform segments Chinese (用信 in 使用信用 is no wording)', () => {
    const text = '使用信用报告';
    expect(onWordBoundaries(text, 1, 3)).toBe(false);
    expect(onWordBoundaries(text, 0, 2)).toBe(true);
  });

  it('is said truthfully in the headline', () => {
    expect(headline({ shown: '受信', terms: ['受信'], converted: false, whole: 0, apart: 0, filtered: false, near: ['授信'] })).toBe('没有包含“受信”的条款；以下条款有只差一个字的“授信”。');
  });

  it('on a large corpus, finds the wording in every clause and lists each wording once (no timing here: npm run bench measures)', () => {
    const big = prepare(Array.from({ length: 400 }, (_, i) => entry(`x-${i}`, '加强数据要素市场化配置，推动人口有序迁移，探索整村授信模式。'.repeat(12))));
    const found = nearWordings(big, '受信', () => true);
    expect(found.map((w) => w.word)).toEqual(['授信']);
    expect(found[0].matches).toHaveLength(400);
  });
});
