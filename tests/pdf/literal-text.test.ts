// The PDF template takes the document's text as data: titles, clauses, corrections and notes that
// look like Typst markup or code print exactly as written, and make no links.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPdfFonts } from '../../src/site-config.ts';
import { describe, expect, it } from 'vitest';
import type { Correction, DocumentModel } from '../../src/model/types.ts';
import { buildPdfData } from '../../src/pdf/data.ts';
import { createPdfRenderer } from '../../src/pdf/render.ts';
import { cutRuns, splitTitle } from '../../src/pdf/runs.ts';
import { splitSentences } from '../../src/model/sentences.ts';

const HOSTILE = {
  title: '#set page(fill: red) *粗体* _强调_ $x^2$ [方括号] <标签> @引用 \\ 反斜杠',
  scope: '试点范围包括 #eval("1 + 1") 与 #let x = 1 以及 `原样` // 注释 /* 块 */。',
  section: '一、= 标题 - 列表 + 编号 ~ 不换行 -- 短划 --- 长划 ... 省略',
  clauseTitle: '#strong[注入]与 $E = m c^2$。',
  clauseRest: '正文 [链接](https://evil.example) <https://evil.example> @label \\n "双引号" \'单引号\' #link("https://evil.example")[点我] #{ panic() }。',
  original: '#panic("原文")',
  correction: '*订正*',
  note: '说明 #emph[不应强调] $a$。',
};

const at = { line: 1, column: 1 };
const source = (text: string) => ({ text, at });

/** A document of one annex with one clause, built from the strings above. */
function hostileModel(): DocumentModel {
  const text = `${HOSTILE.clauseTitle}${HOSTILE.clauseRest}${HOSTILE.original}结尾。`;
  const correction: Correction = { id: 'x', offset: text.indexOf(HOSTILE.original), original: HOSTILE.original, correction: HOSTILE.correction, note: HOSTILE.note, sentence: 3, at };
  const clause = { id: 'beijing-1', annex: 1, region: 'beijing', regionName: '北京城市副中心', section: 1, domain: 'technology', number: 1, label: source('（一）'), labelText: '（一）', segments: [source(text)], text, title: HOSTILE.clauseTitle.slice(0, -1), sentences: [], sourceLines: [1, 1], corrections: [correction], topics: [], topicHits: [], sharing: [] };
  return {
    meta: { title: HOSTILE.title, docNumber: '国函〔2025〕86号', issuer: '国务院', datePublished: null },
    letter: { date: source('2025年9月8日') },
    annexes: [{ number: 1, region: 'beijing', regionName: '北京城市副中心', marker: null, title: source(HOSTILE.title), titleText: HOSTILE.title, listEntry: 1, scope: source(HOSTILE.scope), sections: [{ annex: 1, region: 'beijing', number: 1, label: source('一、'), heading: source(HOSTILE.section.slice(2)), domain: 'technology', clauses: [clause] }], strays: [] }],
  } as unknown as DocumentModel;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the PDF template', () => {
  it('prints text that looks like Typst markup or code literally, and links nothing it names', async () => {
    const fonts = findPdfFonts(process.env);
    if (!fonts) throw new Error('The Noto CJK faces are missing: install fonts-noto-cjk.');
    const dir = mkdtempSync(join(tmpdir(), 'pdf-literal-'));
    try {
      const file = join(dir, 'hostile.pdf');
      writeFileSync(file, createPdfRenderer(fonts)(buildPdfData(hostileModel(), { title: HOSTILE.title, region: 'beijing' }, { origin: null, base: '/' })));
      const extracted = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString());
      for (const s of Object.values(HOSTILE)) expect(extracted).toContain(squash(s));
      expect(extracted).toContain(squash(`${HOSTILE.original}${HOSTILE.correction}结尾。`));
      const info = execFileSync('pdfinfo', [file], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
      expect(info).toContain(`Title:           ${HOSTILE.title}\n`);
      expect(info).toMatch(/Pages:\s+1\n/);
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
      expect(await (await doc.getPage(1)).getAnnotations()).toEqual([]);
      await doc.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('runs of corrected text', () => {
  const c = { text: '甲乙 and 丙。丁戊。', sentences: splitSentences('甲乙 and 丙。丁戊。'), corrections: [{ id: 'c', offset: 2, original: ' and ', correction: '和', note: '', sentence: 1, at }] };

  it('put each correction in place of its original, keeping the original', () => {
    expect(cutRuns(c)).toEqual([{ text: '甲乙' }, { original: ' and ', correction: '和' }, { text: '丙。丁戊。' }]);
  });

  it('cut a clause after its title sentence', () => {
    expect(splitTitle(c)).toEqual({ title: [{ text: '甲乙' }, { original: ' and ', correction: '和' }, { text: '丙。' }], rest: [{ text: '丁戊。' }] });
  });
});
