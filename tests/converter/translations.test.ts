// The English reading layer as the converter places it: every sentence of the letter and the
// annexes has its reviewed English, one to one; the reviewed sample holds exactly; the export
// carries sentencesEn aligned with sentences and the glossary; and the checks the converter makes
// are the ones the README promises (the fixtures translation-* and glossary-format show each one).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ConvertResult } from '../../src/converter/pipeline.ts';
import { convertRealSeed, ROOT } from './support.ts';

let result: ConvertResult;
beforeAll(() => {
  result = convertRealSeed();
});

describe('the English translation', () => {
  it('gives every sentence of every clause and of the letter its English, and every title, scope and heading', () => {
    const { model, english } = result.site!;
    expect(english).not.toBeNull();
    let sentences = 0;
    for (const a of model.annexes) {
      const en = english!.annexes[a.region];
      expect(en.title, a.region).toMatch(/^Implementation Plan for the Comprehensive Reform Pilot on the Market-Based Allocation of Factors in /);
      expect(en.scope, a.region).not.toBe('');
      for (const s of a.sections) {
        expect(en.sections[s.number], `${a.region} ${s.number}`).not.toBe('');
        for (const c of s.clauses) {
          expect(en.clauses[c.id], c.id).toHaveLength(c.sentences.length);
          for (const e of en.clauses[c.id]) expect(e.trim(), c.id).not.toBe('');
          sentences += c.sentences.length;
        }
      }
    }
    expect(sentences).toBe(1077);
    for (const p of model.letter.paragraphs) expect(english!.letter.paragraphs[p.number]).toHaveLength(p.sentences.length);
    expect(english!.letter.date).toBe('8 September 2025');
  });

  it('holds the reviewed sample exactly (seeds/translations/sample.yaml)', () => {
    const { sample } = parseYaml(readFileSync(join(ROOT, 'seeds/translations/sample.yaml'), 'utf8')) as { sample: { id: string; zh: string; en: string }[] };
    expect(sample.length).toBeGreaterThanOrEqual(60);
    const { model, english } = result.site!;
    const clauses = new Map(model.annexes.flatMap((a) => a.sections.flatMap((s) => s.clauses)).map((c) => [c.id, c]));
    for (const s of sample) {
      const [where, k] = s.id.split('#s');
      const letter = /^letter-p(\d+)$/.exec(where);
      const zh = letter ? model.letter.paragraphs[Number(letter[1]) - 1].sentences[Number(k) - 1].text : clauses.get(where)!.sentences[Number(k) - 1].text;
      const en = letter ? english!.letter.paragraphs[Number(letter[1])][Number(k) - 1] : english!.annexes[clauses.get(where)!.region].clauses[where][Number(k) - 1];
      expect(zh, s.id).toBe(s.zh);
      expect(en, s.id).toBe(s.en);
    }
  });

  it('reads the same Chinese the same way everywhere, and keeps no Chinese punctuation in the English', () => {
    const { model, english } = result.site!;
    const seen = new Map<string, string>();
    for (const a of model.annexes) for (const s of a.sections) for (const c of s.clauses) c.sentences.forEach((x, i) => {
      const en = english!.annexes[a.region].clauses[c.id][i];
      expect(en, `${c.id}#s${i + 1}`).not.toMatch(/[，。；：、（）《》！？]/);
      if (seen.has(x.text)) expect(en, `${c.id}#s${i + 1}`).toBe(seen.get(x.text));
      else seen.set(x.text, en);
    });
  });

  it('exports sentencesEn aligned with sentences, and the glossary', () => {
    const clauses = JSON.parse(result.files!.get('data/clauses.json')!) as { id: string; sentences: string[]; sentencesEn: string[] }[];
    for (const c of clauses) expect(c.sentencesEn.length, c.id).toBe(c.sentences.length);
    const glossary = JSON.parse(result.files!.get('data/glossary.json')!) as { terms: { zh: string; en: string; kind: string; explanation: string; explanationZh: string }[] };
    expect(glossary.terms.length).toBeGreaterThanOrEqual(200);
    for (const kind of ['slogan', 'term', 'topic', 'region', 'domain']) expect(glossary.terms.some((t) => t.kind === kind), kind).toBe(true);
    for (const t of glossary.terms) {
      expect(t.explanation, t.zh).not.toBe('');
      expect(t.explanationZh, t.zh).toMatch(/。$/);
    }
  });
});
