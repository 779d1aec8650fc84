// The converter never loses or silently changes a character: every non-whitespace character of the
// seed appears, in order, in exactly one field of the model, and each field's text is exactly what
// the seed has at the position the field records.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/converter/pipeline.ts';
import type { DocumentModel, SourceText } from '../../src/model/types.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Every field of the model that holds text read from the seed. */
function sourcePieces(model: DocumentModel): SourceText[] {
  const { letter } = model;
  return [
    letter.title,
    letter.docNumber,
    letter.addressees,
    letter.opening,
    ...letter.paragraphs.flatMap((p) => [p.label, ...p.segments]),
    letter.annexListLead,
    ...letter.annexList.flatMap((e) => [e.label, e.title]),
    letter.signature,
    letter.date,
    ...(letter.note ? [letter.note] : []),
    ...model.annexes.flatMap((a) => [
      ...(a.marker ? [a.marker] : []),
      a.title,
      ...(a.scope ? [a.scope] : []),
      ...a.strays,
      ...a.sections.flatMap((s) => [s.label, s.heading, ...s.clauses.flatMap((c) => [c.label, ...c.segments])]),
    ]),
    ...model.meta.footer.flatMap((f) => [f.label, f.value]),
    ...model.strays,
  ].filter((p) => p.text !== '');
}

function check(seedPath: string) {
  const bytes = readFileSync(seedPath);
  const result = convert({ seedFile: seedPath, seed: bytes, site: { origin: 'https://example.test', base: '/' } });
  expect(result.ok, result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
  const model = result.site!.model;
  const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const pieces = sourcePieces(model).sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);

  // Each piece is exactly the seed's text at its recorded position.
  for (const p of pieces) {
    const line = [...lines[p.at.line - 1]];
    expect(line.slice(p.at.column - 1, p.at.column - 1 + [...p.text].length).join(''), `${p.at.line}:${p.at.column}`).toBe(p.text);
  }
  // No two pieces claim the same character.
  for (let i = 1; i < pieces.length; i++) {
    const [a, b] = [pieces[i - 1], pieces[i]];
    if (a.at.line === b.at.line) expect(a.at.column + [...a.text].length, `${b.at.line}:${b.at.column}`).toBeLessThanOrEqual(b.at.column);
  }
  // Together, in order, they are every non-whitespace character of the seed.
  const strip = (s: string) => s.replace(/[\s\u3000\uFEFF]/gu, '');
  expect(strip(pieces.map((p) => p.text).join(''))).toBe(strip(lines.join('\n')));
  return model;
}

describe('lossless conversion', () => {
  it('accounts for every character of the real seed, in order, exactly once', () => {
    const model = check(join(ROOT, 'seeds/guohan-2025-86.txt'));
    expect(model.annexes).toHaveLength(10);
  });

  it('accounts for every character of each valid fixture', () => {
    for (const name of ['valid-minimal', 'tolerate-bom-crlf-trailing', 'page-break-join', 'annex-marker-missing', 'title-space', 'latin-word']) {
      check(join(ROOT, 'tests/fixtures/converter', name, 'input.txt'));
    }
  });

  it('keeps the clause text as the concatenation of its printed pieces, page breaks joined', () => {
    const model = check(join(ROOT, 'seeds/guohan-2025-86.txt'));
    const clause = model.annexes[0].sections[1].clauses.find((c) => c.number === 5)!;
    expect(clause.segments).toHaveLength(2);
    expect(clause.text).toContain('探索解决规划调整、土地供应、收益分配等方面问题。');
    expect(clause.text).toBe(clause.segments.map((s) => s.text).join(''));
  });
});
