// Traditional and Simplified: the table derived from OpenCC at build time, restricted to the
// corpus, and how a query uses it.

import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { deriveVariants, serializeVariants } from '../../../src/site/search/build/variants.ts';
import { readVariants, simplifiedForms } from '../../../src/site/search/variants.ts';
import { seedChars, variants } from './search-support.ts';

const simplified = (s: string) => simplifiedForms(s, variants, 1)[0];

describe('Traditional to Simplified', () => {
  it('converts what readers in Hong Kong and Taipei type', () => {
    expect(simplified('數據要素')).toBe('数据要素');
    expect(simplified('區塊鏈')).toBe('区块链');
    expect(simplified('公共數據授權運營')).toBe('公共数据授权运营');
    expect(simplified('綠色電力證書')).toBe('绿色电力证书');
    expect(simplified('粵港澳大灣區')).toBe('粤港澳大湾区');
    expect(simplified('標準地')).toBe('标准地');
    expect(simplified('畝均論英雄')).toBe('亩均论英雄');
    // Hong Kong and Taiwan variants of the same character.
    expect(simplified('綫上')).toBe(simplified('線上'));
  });

  it('knows characters with more than one simplified form, and tries each', () => {
    expect(simplifiedForms('著', variants)).toEqual(expect.arrayContaining(['著', '着']));
    expect(simplified('臺')).toBe('台');
    expect(simplified('颱')).toBe('台');
    expect(simplified('於')).toBe('于');
    expect(simplified('乾')).toBe('干');
    expect(simplified('後')).toBe('后');
    expect(simplified('髮')).toBe(simplified('發'));
  });

  it('leaves a character alone when its simplified form is nowhere in the document (it cannot match anyway)', () => {
    expect(seedChars.has('里')).toBe(false);
    expect(simplified('裡')).toBe('裡');
  });

  it('changes nothing on the corpus side: every corpus character with an entry lists itself', () => {
    for (const [ch, to] of variants) if (seedChars.has(ch)) expect(to, ch).toContain(ch);
  });

  it('keeps simplified text as it is', () => {
    const text = [...seedChars].join('');
    expect(simplifiedForms(text, variants, 1)[0]).toBe(text);
  });

  it('is small: only characters whose simplified form the corpus has', () => {
    const serialized = serializeVariants(deriveVariants(seedChars));
    expect(gzipSync(serialized).length).toBeLessThan(4096);
    for (const to of variants.values()) for (const ch of to) expect(seedChars.has(ch), ch).toBe(true);
  });

  it('limits the number of forms a query is tried in', () => {
    expect(simplifiedForms('著'.repeat(20), variants, 8).length).toBeLessThanOrEqual(8);
    expect(readVariants('')).toEqual(new Map());
  });
});
