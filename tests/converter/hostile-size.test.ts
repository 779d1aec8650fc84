// The whole converter on hostile sizes: one clause of ten thousand sentences converts in time
// proportional to a seed of the same size whose clause is one long sentence (a ratio, never an
// absolute time, so a loaded machine does not fail it; a quadratic stage would).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/converter/pipeline.ts';

const base = readFileSync(join(import.meta.dirname, '../fixtures/converter/valid-minimal/input.txt'), 'utf8').split('\n');

/** valid-minimal with clause （六） holding `n` pieces joined by `separator`. */
function seedWith(n: number, separator: string): Uint8Array {
  const lines = [...base];
  lines[46] = '（六）增加有效金融服务供给。' + Array.from({ length: n }, (_, i) => `支持试点地区开展第${i}项金融创新`).join(separator) + '。';
  return new TextEncoder().encode(lines.join('\n'));
}

function time(seed: Uint8Array): number {
  const t = performance.now();
  const result = convert({ seedFile: 'input.txt', seed, site: { origin: null, base: '/' } });
  expect(result.ok).toBe(true);
  return performance.now() - t;
}

describe('the converter on a hostile size', () => {
  it('converts one clause of 20,000 sentences in time proportional to its size, not its square', () => {
    const plain = seedWith(20_000, '，');
    const small = seedWith(5_000, '。');
    const large = seedWith(20_000, '。');
    expect(large.length).toBe(plain.length);
    // Interleaved, the fastest of two each: the machine's load falls on all alike.
    const runs = { plain: [] as number[], small: [] as number[], large: [] as number[] };
    for (let i = 0; i < 2; i++) {
      runs.plain.push(time(plain));
      runs.small.push(time(small));
      runs.large.push(time(large));
    }
    const [p, s, l] = [runs.plain, runs.small, runs.large].map((r) => Math.min(...r));
    // Four times the sentences: about four times the time when linear, sixteen when quadratic.
    expect(l / s).toBeLessThan(8);
    expect(l / p).toBeLessThan(12);
  }, 180_000);
});
