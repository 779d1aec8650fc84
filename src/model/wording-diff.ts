// How one pilot's wording differs from a row's reference wording, as runs over the wording's own
// text that a page can render as plain text nodes. The characters are aligned by jsdiff
// (`diffArrays`) over the compared tokens of normalise.ts: a place name is one token equal to any
// other place name, so a substituted place is not a difference, and punctuation is left out of the
// alignment, so a changed comma is not one either.

import { diffArrays } from 'diff';
import type { DiffRun } from './measures.ts';
import { isPunctuation, tokenise, type Token } from '../model/wording.ts';

/** Beyond this many edits two wordings are shown as one block replacing another (keeps hostile input linear). */
const MAX_EDITS = 400;

/** Punctuation that belongs with the character before it (closing marks); the rest goes with the character after it. */
const CLOSING = /^[）)】〕》”’」』]$/u;
/** Sentence ends: every wording has one, never marked. */
const END = /^[。！？!?]$/u;

/** What the alignment says: per compared token of the wording, same or added; and the reference's missing tokens, by where they go. */
interface Alignment {
  ops: ('same' | 'added')[];
  /** Index of the wording's compared token before which reference tokens [from, to) are missing. */
  missing: { before: number; from: number; to: number }[];
}

/** A stretch of the alignment: tokens [refFrom, refTo) of the reference against [ownFrom, ownTo) of the wording. */
interface Block {
  same: boolean;
  refFrom: number;
  refTo: number;
  ownFrom: number;
  ownTo: number;
}

/** An agreement this short between two changes reads as part of one change (diff-match-patch's semantic clean-up, simplified). */
const ISLAND = 2;

/** jsdiff's alignment of two token lists as blocks, or null when it would take more than MAX_EDITS edits. */
function rawBlocks(ref: readonly Token[], own: readonly Token[]): Block[] | null {
  const changes = diffArrays([...ref], [...own], { comparator: (a, b) => a.key === b.key, maxEditLength: MAX_EDITS });
  if (!changes) return null;
  const raw: Block[] = [];
  let r = 0;
  let o = 0;
  for (const c of changes) {
    const dr = c.added ? 0 : c.count;
    const dO = c.removed ? 0 : c.count;
    raw.push({ same: !c.added && !c.removed, refFrom: r, refTo: r + dr, ownFrom: o, ownTo: o + dO });
    r += dr;
    o += dO;
  }
  return raw;
}

/** Whether a short agreement between two changes is noise: the changes around it both drop and add text. */
function isIsland(raw: readonly Block[], i: number): boolean {
  const [b, before, after] = [raw[i], raw[i - 1], raw[i + 1]];
  if (!b.same || b.ownTo - b.ownFrom > ISLAND || !before || !after || before.same || after.same) return false;
  const drops = before.refTo > before.refFrom || after.refTo > after.refFrom;
  const adds = before.ownTo > before.ownFrom || after.ownTo > after.ownFrom;
  return drops && adds;
}

/** Short islands of agreement inside a replacement folded into it, neighbours alike merged. */
function cleanUp(raw: readonly Block[]): Block[] {
  const folded = raw.map((b, i) => (isIsland(raw, i) ? { ...b, same: false } : b));
  const blocks: Block[] = [];
  for (const b of folded) {
    if (b.refTo === b.refFrom && b.ownTo === b.ownFrom) continue;
    const last = blocks[blocks.length - 1];
    if (last && last.same === b.same) {
      last.refTo = b.refTo;
      last.ownTo = b.ownTo;
    } else blocks.push({ ...b });
  }
  return blocks;
}

/**
 * The alignment as alternating same and changed blocks. Where a character recurs (细 in 详细 and
 * 细化), an alignment read from the start and one read from the end can differ; the one with fewer
 * changes is kept, so 细化 matches 细化.
 */
function blocksOf(ref: Token[], own: Token[]): Block[] {
  const forward = rawBlocks(ref, own);
  if (!forward) {
    // Too different to align cheaply: the common start and end, and one block between them.
    let head = 0;
    while (head < ref.length && head < own.length && ref[head].key === own[head].key) head++;
    let tail = 0;
    while (tail < ref.length - head && tail < own.length - head && ref[ref.length - 1 - tail].key === own[own.length - 1 - tail].key) tail++;
    return cleanUp([
      { same: true, refFrom: 0, refTo: head, ownFrom: 0, ownTo: head },
      { same: false, refFrom: head, refTo: ref.length - tail, ownFrom: head, ownTo: own.length - tail },
      { same: true, refFrom: ref.length - tail, refTo: ref.length, ownFrom: own.length - tail, ownTo: own.length },
    ]);
  }
  const a = cleanUp(forward);
  const changed = (blocks: Block[]) => blocks.filter((x) => !x.same).length;
  // One change or none: nothing a second reading could make fewer.
  if (changed(a) <= 1) return a;
  const backward = (rawBlocks([...ref].reverse(), [...own].reverse()) ?? [])
    .map((b) => ({ same: b.same, refFrom: ref.length - b.refTo, refTo: ref.length - b.refFrom, ownFrom: own.length - b.ownTo, ownTo: own.length - b.ownFrom }))
    .reverse();
  const b = cleanUp(backward);
  const same = (blocks: Block[]) => blocks.reduce((n, x) => n + (x.same ? x.ownTo - x.ownFrom : 0), 0);
  return b.length && (changed(b) < changed(a) || (changed(b) === changed(a) && same(b) > same(a))) ? b : a;
}

function align(ref: Token[], own: Token[]): Alignment {
  const ops: Alignment['ops'] = [];
  const missing: Alignment['missing'] = [];
  for (const b of blocksOf(ref, own)) {
    if (!b.same && b.refTo > b.refFrom) missing.push({ before: b.ownFrom, from: b.refFrom, to: b.refTo });
    for (let k = b.ownFrom; k < b.ownTo; k++) ops.push(b.same ? 'same' : 'added');
  }
  return { ops, missing };
}

/** Share of compared tokens two wordings have in common: 2·common / (both lengths); 1 for two empty ones. */
function similarityOf(ops: Alignment['ops'], refLength: number): number {
  const total = refLength + ops.length;
  return total === 0 ? 1 : (2 * ops.filter((o) => o === 'same').length) / total;
}

function withoutTrailing(s: string, drop: (char: string) => boolean): string {
  const chars = [...s];
  while (chars.length && drop(chars[chars.length - 1])) chars.pop();
  return chars.join('');
}

/**
 * The wording `text` against the reference wording `reference`: runs over `text` ('same', 'added')
 * with the reference's missing stretches ('removed', with the punctuation around them) where they
 * would stand; and the share of compared characters the two have in common.
 */
export function diffWording(reference: string, text: string, places: readonly string[]): { runs: DiffRun[]; similarity: number } {
  const refAll = tokenise(reference, places);
  const ownAll = tokenise(text, places);
  const ref = refAll.filter((t) => !t.punctuation);
  const own = ownAll.filter((t) => !t.punctuation);
  const { ops, missing } = align(ref, own);

  // Each token of the wording, punctuation included, gets an op: punctuation follows the character
  // it belongs with (closing marks the one before, others the one after); sentence ends stay same.
  const opAt: DiffRun['op'][] = [];
  const compared: number[] = []; // compared-token index of each token, -1 for punctuation
  const position: number[] = []; // token index of each compared token
  for (const [i, t] of ownAll.entries()) {
    compared.push(t.punctuation ? -1 : position.length);
    if (!t.punctuation) position.push(i);
  }
  for (let i = 0; i < ownAll.length; i++) {
    const t = ownAll[i];
    if (!t.punctuation) {
      opAt.push(ops[compared[i]]);
      continue;
    }
    let j = i;
    if (CLOSING.test(t.key)) while (j >= 0 && compared[j] < 0) j--;
    else while (j < ownAll.length && compared[j] < 0) j++;
    opAt.push(!END.test(t.key) && j >= 0 && j < ownAll.length && ops[compared[j]] === 'added' ? 'added' : 'same');
  }

  // The reference's missing stretches, with the punctuation between their neighbours, except a
  // sentence end. Each goes after the wording's character before it and after any closing mark
  // that follows that character (the stretch's own copy of the mark is dropped); when the
  // wording has other punctuation there, the stretch's trailing punctuation is left to it.
  const removed = new Map<number, string>(); // by the index of the token it follows (−1: the start)
  for (const m of missing) {
    const start = m.from > 0 ? ref[m.from - 1].end : 0;
    const end = m.to < ref.length ? ref[m.to].start : reference.length;
    let piece = withoutTrailing(reference.slice(start, end), (c) => END.test(c));
    let after = m.before === 0 ? -1 : position[m.before - 1];
    while (after + 1 < ownAll.length && ownAll[after + 1].punctuation && CLOSING.test(ownAll[after + 1].key)) {
      after++;
      if (piece.startsWith(ownAll[after].key)) piece = piece.slice(ownAll[after].key.length);
    }
    if (after + 1 < ownAll.length && ownAll[after + 1].punctuation) piece = withoutTrailing(piece, isPunctuation);
    removed.set(after, (removed.get(after) ?? '') + piece);
  }

  const runs: DiffRun[] = [];
  const push = (op: DiffRun['op'], piece: string) => {
    if (!piece) return;
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.text += piece;
    else runs.push({ text: piece, op });
  };
  push('removed', removed.get(-1) ?? '');
  for (let i = 0; i < ownAll.length; i++) {
    push(opAt[i], text.slice(ownAll[i].start, ownAll[i].end));
    push('removed', removed.get(i) ?? '');
  }
  return { runs, similarity: similarityOf(ops, ref.length) };
}
