// Citation strings, exactly as specified (issue: cite and print), and the reader of clause
// references that the "go to clause" box and the quick search use.

import { describe, expect, it } from 'vitest';
import { parseClauseRef, type RefRegion } from '../../../src/site/cite/clause-ref.ts';
import { cite, type CiteTarget } from '../../../src/site/cite/formats.ts';
import { pilotNames } from '../../../src/model/places.ts';
import { REGIONS } from '../../../src/model/tables.ts';

const DOC = {
  docTitle: '国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复',
  docNumber: '国函〔2025〕86号',
  issuer: '国务院',
  published: '2025-09-11',
};
const beijing12: CiteTarget = {
  ...DOC,
  kind: 'clause',
  url: 'https://example.org/beijing/12/',
  key: 'guohan-2025-86-beijing-12',
  annex: 1,
  annexTitle: '北京城市副中心要素市场化配置综合改革试点实施方案',
  label: '（十二）',
  clauseTitle: '增加有效金融服务供给',
};
const hangyongwen: CiteTarget = { ...DOC, kind: 'annex', url: 'https://example.org/hangyongwen/', key: 'guohan-2025-86-hangyongwen', annex: 3, annexTitle: '杭甬温要素市场化配置综合改革试点实施方案' };
const letter: CiteTarget = { ...DOC, kind: 'document', url: 'https://example.org/letter/', key: 'guohan-2025-86' };

describe('citation formats', () => {
  it('GB/T 7714-2015 with [A/OL] by default and [EB/OL] on request', () => {
    expect(cite(beijing12, 'gbt', '2026-11-27')).toBe(
      '国务院. 国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复：国函〔2025〕86号 附件1《北京城市副中心要素市场化配置综合改革试点实施方案》（十二）[A/OL]. (2025-09-11)[2026-11-27]. https://example.org/beijing/12/.',
    );
    expect(cite(beijing12, 'gbt', '2026-11-27', { gbtType: 'EB/OL' })).toContain('（十二）[EB/OL]. (2025-09-11)[2026-11-27].');
    expect(cite(hangyongwen, 'gbt', '2026-01-02')).toBe(
      '国务院. 国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复：国函〔2025〕86号 附件3《杭甬温要素市场化配置综合改革试点实施方案》[A/OL]. (2025-09-11)[2026-01-02]. https://example.org/hangyongwen/.',
    );
    expect(cite(letter, 'gbt', '2026-11-27')).toBe(
      '国务院. 国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复：国函〔2025〕86号[A/OL]. (2025-09-11)[2026-11-27]. https://example.org/letter/.',
    );
  });

  it('the legal-footnote form', () => {
    expect(cite(beijing12, 'footnote', '2026-11-27')).toBe(
      '《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条',
    );
    expect(cite(letter, 'footnote', '')).toBe('《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）');
  });

  it('a Markdown link, BibTeX, CSL-JSON and RIS', () => {
    expect(cite(beijing12, 'markdown', '')).toBe('[国函〔2025〕86号 附件1（十二）增加有效金融服务供给](https://example.org/beijing/12/)');
    expect(cite(beijing12, 'bibtex', '2026-11-27')).toBe(
      [
        '@misc{guohan-2025-86-beijing-12,',
        '  author = {{国务院}},',
        '  title = {《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条},',
        '  year = 2025,',
        '  month = sep,',
        '  date = {2025-09-11},',
        '  number = {国函〔2025〕86号},',
        '  url = {https://example.org/beijing/12/},',
        '  urldate = {2026-11-27},',
        '  langid = {chinese},',
        '}',
      ].join('\n'),
    );
    expect(JSON.parse(cite(beijing12, 'csl', '2026-11-27'))).toEqual([
      {
        id: 'guohan-2025-86-beijing-12',
        type: 'legislation',
        title: '北京城市副中心要素市场化配置综合改革试点实施方案 第（十二）条 增加有效金融服务供给',
        author: [{ literal: '国务院' }],
        issued: { 'date-parts': [[2025, 9, 11]] },
        accessed: { 'date-parts': [[2026, 11, 27]] },
        number: '国函〔2025〕86号',
        URL: 'https://example.org/beijing/12/',
        language: 'zh-CN',
        'container-title': '国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复',
        section: '附件1（十二）',
      },
    ]);
    expect(cite(beijing12, 'ris', '2026-11-27')).toBe(
      [
        'TY  - GOVDOC',
        'TI  - 北京城市副中心要素市场化配置综合改革试点实施方案 第（十二）条 增加有效金融服务供给',
        'T2  - 国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复',
        'AU  - 国务院',
        'PY  - 2025',
        'DA  - 2025/09/11',
        'M1  - 国函〔2025〕86号',
        'UR  - https://example.org/beijing/12/',
        'Y2  - 2026/11/27',
        'LA  - zh-CN',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('a passage: its sentences in every form, its address and key, the words quoted', () => {
    const passage = { first: 4, last: 4, quote: '探索建立并购基金。' };
    const options = { passage };
    expect(cite(beijing12, 'footnote', '', options)).toBe(
      '“探索建立并购基金。”\n《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条第4句',
    );
    expect(cite(beijing12, 'gbt', '2026-11-27', options)).toBe(
      '“探索建立并购基金。”\n国务院. 国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复：国函〔2025〕86号 附件1《北京城市副中心要素市场化配置综合改革试点实施方案》（十二）第4句[A/OL]. (2025-09-11)[2026-11-27]. https://example.org/beijing/12/#s4.',
    );
    expect(cite(beijing12, 'markdown', '', { passage: { ...passage, last: 5 } })).toBe('“探索建立并购基金。”\n[国函〔2025〕86号 附件1（十二）增加有效金融服务供给 第4–5句](https://example.org/beijing/12/#s4)');
    expect(cite(beijing12, 'bibtex', '2026-11-27', options)).toContain('@misc{guohan-2025-86-beijing-12-s4,');
    expect(cite(beijing12, 'bibtex', '2026-11-27', options)).toContain('  note = {“探索建立并购基金。”},');
    expect(JSON.parse(cite(beijing12, 'csl', '2026-11-27', options))[0]).toMatchObject({ section: '附件1（十二）第4句', note: '“探索建立并购基金。”', URL: 'https://example.org/beijing/12/#s4' });
    expect(cite(beijing12, 'ris', '2026-11-27', options)).toContain('N1  - “探索建立并购基金。”\r\n');
    expect(cite(beijing12, 'url', '', options)).toBe('https://example.org/beijing/12/#s4');
    // A passage of an annex or the document cannot be: the target stands.
    expect(cite(hangyongwen, 'url', '', options)).toBe('https://example.org/hangyongwen/');
  });

  it('from an English page: the Chinese original with its translation, or the translation first', () => {
    const withEnglish: CiteTarget = {
      ...beijing12,
      translation: {
        url: 'https://example.org/en/beijing/12/',
        docTitle: 'Official Reply of the State Council on the Implementation Plans',
        docNumber: 'Guo Han [2025] No. 86',
        annexTitle: 'Implementation Plan for the Beijing Municipal Administrative Center',
        label: '(12)',
        clauseTitle: 'Increase the supply of effective financial services',
      },
    };
    const passage = { first: 4, last: 4, quote: '探索建立并购基金。', quoteEn: 'Explore establishing M&A funds.' };
    expect(cite(withEnglish, 'footnote', '', { passage })).toBe(
      [
        '“探索建立并购基金。”',
        '“Explore establishing M&A funds.”',
        '《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条第4句',
        'English translation (unofficial): https://example.org/en/beijing/12/#s4',
      ].join('\n'),
    );
    expect(cite(withEnglish, 'footnote', '2026-11-27', { passage, lead: 'translation' })).toBe(
      [
        '“Explore establishing M&A funds.”',
        '“探索建立并购基金。”',
        'State Council, Official Reply of the State Council on the Implementation Plans (Guo Han [2025] No. 86), Annex 1 "Implementation Plan for the Beijing Municipal Administrative Center", clause (12), sentence 4, https://example.org/en/beijing/12/#s4 (accessed 2026-11-27)',
        'Unofficial English translation; the Chinese original is authoritative: 《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条第4句, https://example.org/beijing/12/#s4',
      ].join('\n'),
    );
    expect(cite(withEnglish, 'url', '', { lead: 'translation' })).toBe('https://example.org/en/beijing/12/\nhttps://example.org/beijing/12/');
    const csl = JSON.parse(cite(withEnglish, 'csl', '2026-11-27', { lead: 'translation' }))[0];
    expect(csl).toMatchObject({ id: 'guohan-2025-86-beijing-12-en', language: 'en', URL: 'https://example.org/en/beijing/12/' });
    expect(cite(withEnglish, 'bibtex', '2026-11-27', { lead: 'translation' })).toContain('langid = {english},');
  });

});

const counts: Record<string, number> = { beijing: 15, sunan: 24, hangyongwen: 23, hefei: 22, fuxiaquan: 20, zhengzhou: 21, changzhutan: 21, dawanqu: 22, chongqing: 21, chengdu: 21 };
const scopes: Record<string, string> = { hangyongwen: '试点范围包括浙江省杭州市、宁波市、温州市全域。', dawanqu: '试点范围包括广东省广州市、深圳市、珠海市、佛山市、江门市、肇庆市、惠州市、东莞市、中山市全域。' };
const regions: RefRegion[] = REGIONS.map((r) => ({ ...r, clauses: counts[r.slug], names: pilotNames(r, scopes[r.slug] ?? '') }));
const ref = (s: string) => parseClauseRef(s, regions);

describe('clause references', () => {
  it('reads what people type or paste', () => {
    expect(ref('附件3（十二）')).toEqual({ ok: true, region: 'hangyongwen', annex: 3, clause: 12 });
    expect(ref('杭甬温 第十二条')).toEqual({ ok: true, region: 'hangyongwen', annex: 3, clause: 12 });
    expect(ref('hangyongwen 12')).toEqual({ ok: true, region: 'hangyongwen', annex: 3, clause: 12 });
    expect(ref('国函〔2025〕86号 附件8 （五）')).toEqual({ ok: true, region: 'dawanqu', annex: 8, clause: 5 });
    expect(ref('附件三第（十二）条')).toEqual({ ok: true, region: 'hangyongwen', annex: 3, clause: 12 });
    expect(ref('附件１０ (３)')).toEqual({ ok: true, region: 'chengdu', annex: 10, clause: 3 });
    expect(ref('大湾区 第5条')).toEqual({ ok: true, region: 'dawanqu', annex: 8, clause: 5 });
    expect(ref('beijing/12')).toEqual({ ok: true, region: 'beijing', annex: 1, clause: 12 });
    expect(ref('合肥都市圈')).toEqual({ ok: true, region: 'hefei', annex: 4, clause: null });
  });

  it('knows the places of a pilot from its scope sentence, as search does', () => {
    expect(ref('杭州 第十二条')).toEqual({ ok: true, region: 'hangyongwen', annex: 3, clause: 12 });
    expect(ref('深圳市（五）')).toEqual({ ok: true, region: 'dawanqu', annex: 8, clause: 5 });
    expect(ref('附件3 深圳 第一条')).toEqual({ ok: false, message: '附件3是杭甬温，不是粤港澳大湾区内地九市。' });
    expect(ref('杭州 标准地')).toBeNull();
  });

  it('reads a whole footnote citation', () => {
    expect(ref('《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》（国函〔2025〕86号）附件1《北京城市副中心要素市场化配置综合改革试点实施方案》第（十二）条')).toEqual({
      ok: true,
      region: 'beijing',
      annex: 1,
      clause: 12,
    });
  });

  it('says why a reference points nowhere', () => {
    expect(ref('附件11（一）')).toEqual({ ok: false, message: '没有附件11：本批复共10个附件。' });
    expect(ref('附件3（三十）')).toEqual({ ok: false, message: '附件3 杭甬温共23条，没有第30条。' });
    expect(ref('附件3 北京 第一条')).toEqual({ ok: false, message: '附件3是杭甬温，不是北京城市副中心。' });
  });

  it('leaves ordinary searches alone', () => {
    expect(ref('标准地')).toBeNull();
    expect(ref('数据交易')).toBeNull();
    expect(ref('北京国际科技创新中心建设')).toBeNull();
    expect(ref('2年内')).toBeNull();
  });
});

describe('clause references on hostile input', () => {
  /** The fastest of a few runs, in ms: timings compare as ratios, never against a fixed budget. */
  const fastest = (input: string) => {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      for (let k = 0; k < 20; k++) ref(input);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };

  it('reads long and adversarial input in time proportional to a plain input of the same length', () => {
    const plain = (n: number) => '在有效防范风险的前提下推进金融创新更好支持实体经济发展'.repeat(Math.ceil(n / 27)).slice(0, n);
    for (const n of [290, 100_000, 400_000]) {
      const base = Math.max(fastest(plain(n)), 0.05);
      for (const hostile of [`北京1${' '.repeat(n - 4)}x`, `第${'一'.repeat(n - 1)}`, `附件${'（'.repeat(n - 2)}`, `杭甬温 ${'十'.repeat(n - 4)}`, `《国务院关于${'批'.repeat(n - 6)}`]) {
        expect(fastest(hostile) / base, `${hostile.slice(0, 6)}… (${n} characters)`).toBeLessThan(20);
      }
    }
  });

  it('never throws, whatever it is given', () => {
    for (const s of ['\uD800', '附件\uDC00（十二）', '\u0000', '附件3（', '（）', '第条', '.*+?^${}()|[]\\', '<script>']) expect(() => ref(s)).not.toThrow();
  });
});
