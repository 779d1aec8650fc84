// The model's own functions, the contract between the converter and the site: numerals, sentences,
// URLs, the tables, labels, walks, text folding and the diagnostic catalogue.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, diagnosticKind, diagnosticsTable } from '../../src/model/catalogue.ts';
import { annexLabel, annexName, chineseDate, clauseHeading, clauseRef } from '../../src/model/labels.ts';
import { clauseLabel, parseChineseNumeral, toChineseNumeral } from '../../src/model/numerals.ts';
import { splitSentences } from '../../src/model/sentences.ts';
import { matchDomains, REGIONS } from '../../src/model/tables.ts';
import { correctedText, foldWidth, wellFormed } from '../../src/model/text.ts';
import { absoluteUrlFor, MAX_PILOTS, parsePilots, pilotsQuery, publicUrlFor, urlFor } from '../../src/model/urls.ts';
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
  it('makes every public URL of docs/architecture.md', () => {
    expect(urlFor({ kind: 'home' })).toBe('/');
    expect(urlFor({ kind: 'letter', paragraph: 2 })).toBe('/letter/#p2');
    expect(urlFor({ kind: 'annex', region: 'beijing' })).toBe('/beijing/');
    expect(urlFor({ kind: 'annex', region: 'beijing', section: 3 })).toBe('/beijing/#section-3');
    expect(urlFor({ kind: 'annex', region: 'beijing', clause: 12 })).toBe('/beijing/#clause-12');
    expect(urlFor({ kind: 'clause', region: 'beijing', clause: 12 })).toBe('/beijing/12/');
    expect(urlFor({ kind: 'clause', region: 'beijing', clause: 12, sentence: 3 })).toBe('/beijing/12/#s3');
    expect(urlFor({ kind: 'domain', domain: 'land' })).toBe('/domains/land/');
    expect(urlFor({ kind: 'search', q: '数据 交易', region: 'hefei' })).toBe('/search/?q=%E6%95%B0%E6%8D%AE+%E4%BA%A4%E6%98%93&region=hefei');
    expect(urlFor({ kind: 'search', q: '成都 土地', topic: 'reits', everywhere: true }, '/g/')).toBe('/g/search/?q=%E6%88%90%E9%83%BD+%E5%9C%9F%E5%9C%B0&topic=reits&everywhere=1');
    expect(urlFor({ kind: 'annex-alias', annex: 3, clause: 12 })).toBe('/annex/3/12/');
    expect(urlFor({ kind: 'pdf', name: 'guohan-2025-86' })).toBe('/pdf/guohan-2025-86.pdf');
    expect(urlFor({ kind: 'data', file: 'clauses.csv' })).toBe('/data/clauses.csv');
    expect(urlFor({ kind: 'data', file: 'concordance.json' })).toBe('/data/concordance.json');
    expect(urlFor({ kind: 'compare' })).toBe('/compare/');
    expect(urlFor({ kind: 'compare', domain: 'land' })).toBe('/compare/land/');
    expect(urlFor({ kind: 'compare', domain: 'land', pilots: ['beijing', 'chengdu'] }, '/g/')).toBe('/g/compare/land/?pilots=beijing,chengdu');
  });

  it('reads the pilots a concordance address asks for, trusting only known slugs', () => {
    const known = ['beijing', 'sunan', 'hefei', 'chongqing', 'chengdu'];
    expect(parsePilots('?pilots=beijing,chengdu', known)).toEqual(['beijing', 'chengdu']);
    expect(parsePilots('?pilots=chengdu,,nowhere,beijing,chengdu', known)).toEqual(['chengdu', 'beijing']);
    expect(parsePilots('?pilots=beijing&pilots=sunan%2Chefei', known)).toEqual(['beijing', 'sunan', 'hefei']);
    expect(parsePilots('?pilots=beijing,sunan,hefei,chongqing,chengdu', known)).toHaveLength(MAX_PILOTS);
    expect(parsePilots('?pilots=%3Cscript%3E,__proto__,constructor', known)).toEqual([]);
    expect(parsePilots('?q=1', known)).toEqual([]);
    expect(parsePilots(`?pilots=${'beijing,'.repeat(100_000)}`, known)).toEqual(['beijing']);
    expect(pilotsQuery(['beijing', 'chengdu'])).toBe('?pilots=beijing,chengdu');
    expect(pilotsQuery([])).toBe('');
  });
  it('puts a deployment base and origin in front', () => {
    expect(urlFor({ kind: 'clause', region: 'sunan', clause: 1 }, '/guohan/')).toBe('/guohan/sunan/1/');
    expect(urlFor({ kind: 'home' }, '/guohan')).toBe('/guohan/');
    expect(absoluteUrlFor({ kind: 'letter' }, 'https://a.example/', '/x/')).toBe('https://a.example/x/letter/');
  });
  it('reads the deployment from the environment, and never invents an origin', () => {
    expect(deployment({})).toEqual({ origin: null, base: '/' });
    expect(deployment({ SITE_URL: 'https://b.example/', BASE_PATH: 'guohan' })).toEqual({ origin: 'https://b.example', base: '/guohan/' });
    expect(deployment({ BASE_PATH: '/a/b/' })).toEqual({ origin: null, base: '/a/b/' });
  });
  it('refuses a SITE_URL or BASE_PATH that cannot be what it claims, saying what to set', () => {
    expect(() => deployment({ SITE_URL: 'example.org' })).toThrow(/is not a URL/);
    expect(() => deployment({ SITE_URL: 'javascript:alert(1)' })).toThrow(/http\(s\) origin/);
    expect(() => deployment({ SITE_URL: 'https://user.github.io/repo' })).toThrow(/SITE_URL=https:\/\/user.github.io BASE_PATH=\/repo/);
    expect(() => deployment({ BASE_PATH: '/a b/' })).toThrow(/BASE_PATH/);
    expect(() => deployment({ BASE_PATH: '//evil.example/' })).not.toThrow();
    expect(deployment({ BASE_PATH: '//evil.example/' }).base).toBe('/evil.example/');
  });
  it('publishes absolute URLs on a configured origin, and site-relative ones without', () => {
    expect(publicUrlFor({ kind: 'clause', region: 'beijing', clause: 12 }, { origin: 'https://x.example', base: '/g/' })).toBe('https://x.example/g/beijing/12/');
    expect(publicUrlFor({ kind: 'clause', region: 'beijing', clause: 12 }, { origin: null, base: '/g/' })).toBe('/g/beijing/12/');
  });
});

describe('domains', () => {
  it('recognises every wording of a section heading in the seed', () => {
    expect(matchDomains('探索绿色发展新路径').map((d) => d.slug)).toEqual(['environment']);
    expect(matchDomains('提升金融服务实体经济质效').map((d) => d.slug)).toEqual(['capital']);
    expect(matchDomains('全面提高要素协同配置效率').map((d) => d.slug)).toEqual(['coordination']);
  });
});

describe('labels', () => {
  it('names annexes and clauses one way everywhere', () => {
    expect(annexLabel(3)).toBe('附件3');
    expect(annexName({ number: 3, regionName: '杭甬温' })).toBe('附件3 杭甬温');
    expect(clauseRef({ annex: 3, number: 12 })).toBe('附件3（十二）');
    expect(clauseHeading({ number: 12, title: '增加有效金融服务供给' })).toBe('（十二）增加有效金融服务供给');
    expect(chineseDate('2025-09-11')).toBe('2025年9月11日');
    expect(chineseDate(null)).toBe('');
  });
  it('never reads a huge number as a clause number', () => {
    expect(parseChineseNumeral('1'.repeat(40))).toBeUndefined();
    expect(parseChineseNumeral('123456')).toBe(123456);
  });
});

describe('text', () => {
  it('folds full-width forms and case, keeping every offset', () => {
    expect(foldWidth('ＲＥＩＴｓ（５Ｇ）　数据')).toBe('reits(5g) 数据');
    for (const s of ['ＡＢＣ', 'İstanbul', '数据', '😀x']) expect(foldWidth(s)).toHaveLength(s.length);
  });
  it('places corrections in a text, from the end so offsets hold', () => {
    const corrections = [
      { id: 'a', offset: 2, original: ' and ', correction: '和', note: '', sentence: 1, at: { line: 1, column: 3 } },
      { id: 'b', offset: 0, original: '甲', correction: '乙', note: '', sentence: 1, at: { line: 1, column: 1 } },
    ];
    expect(correctedText({ text: '甲丙 and 丁', corrections })).toBe('乙丙和丁');
  });
  it('replaces lone surrogates so that any text can be put in a URL', () => {
    expect(() => encodeURIComponent(wellFormed('数据\uD800'))).not.toThrow();
    expect(wellFormed('😀')).toBe('😀');
  });
});

describe('regions', () => {
  it('has the ten pilots of the public table, with the names readers use', () => {
    expect(REGIONS.map((r) => r.slug)).toEqual(['beijing', 'sunan', 'hangyongwen', 'hefei', 'fuxiaquan', 'zhengzhou', 'changzhutan', 'dawanqu', 'chongqing', 'chengdu']);
    for (const r of REGIONS) expect(r.aliases.length, r.slug).toBeGreaterThan(0);
  });
});

describe('the diagnostic catalogue', () => {
  it('lists each id once, with a severity, a summary and an explanation', () => {
    const ids = CATALOGUE.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of CATALOGUE) {
      expect(k.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(k.summary.length, k.id).toBeGreaterThan(10);
      expect(k.explanation.length, k.id).toBeGreaterThan(20);
    }
    expect(() => diagnosticKind('no-such-rule')).toThrow(/catalogue/);
  });
  it('words every repair shown to readers in Chinese, from its facts', () => {
    expect(diagnosticKind('page-break-join').reader!.line({ previousLine: 58, atSentenceEnd: false, before: '质押、', after: '“应收' }, 59)).toBe('第58行与第59行同属一条，分页断在句中（“…质押、｜“应收…”），已合并。');
    expect(diagnosticKind('latin-word').reader!.line({ word: 'and' }, 317)).toBe('中文句中出现英文单词“and”；原文照录，更正见勘误。');
    for (const k of CATALOGUE.filter((x) => x.severity === 'warning' && x.stage === 'rule')) expect(k.reader, k.id).toBeDefined();
  });
  it('is the table in the README (npm run readme:diagnostics writes it)', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(`-->\n${diagnosticsTable()}\n<!-- diagnostics:end -->`);
    for (const k of CATALOGUE) expect(readme, k.id).toContain(`| \`${k.id}\` | ${k.severity} |`);
  });
});
