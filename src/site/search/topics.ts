// Topics a query names. A reader who types 科技成果赋权 finds the two clauses that print those words,
// while the topic 职务科技成果赋权 (seeds/topics.yaml) gathers the clauses of eight pilots under all of
// its phrases: the topic is the better answer, so the page shows it first. Matching runs on the
// normalised query (Simplified, width folded, punctuation dropped) against the topic's normalised
// label and phrases; coverage is read from the clauses' tags, so the page says only what the tags say.

import { normalizeText } from './normalize.ts';

/** A topic as the search corpus carries it. */
export interface TopicInfo {
  slug: string;
  label: string;
  phrases: readonly string[];
}

/** How well a query names a topic: lower is better. */
export type TopicScore = 0 | 1 | 2 | 3 | 4;

/** Shorter queries name too much (数 is in half the labels). */
const SHORTEST = 2;
/**
 * A part names a topic only when it is this long and covers at least half of what it is part of:
 * 科技成果赋权 names 职务科技成果赋权, while 数据 is part of a dozen labels and names none of them.
 */
const SHORTEST_PART = 3;
const covers = (part: string, whole: string) => whole.includes(part) && [...part].length >= SHORTEST_PART && part.length * 2 >= whole.length;
/** Topics shown at most. */
export const MOST_TOPICS = 3;

/**
 * How a normalised query names a topic, or null: its label (0), one of its phrases (1), a part of
 * its label (2) or of a phrase (3) that covers half of it, or the query holds the label (4:
 * 推进职务科技成果赋权改革).
 */
export function topicScore(q: string, topic: TopicInfo): TopicScore | null {
  if ([...q].length < SHORTEST) return null;
  const label = normalizeText(topic.label);
  const phrases = topic.phrases.map(normalizeText).filter(Boolean);
  if (q === label) return 0;
  if (phrases.includes(q)) return 1;
  if (covers(q, label)) return 2;
  if (phrases.some((p) => covers(q, p))) return 3;
  if (label && q.includes(label)) return 4;
  return null;
}

/**
 * The topics a query names, best first, at most MOST_TOPICS. `forms` are the query's normalised
 * forms (each simplified reading of it); a topic counts by its best form. Ties keep the topics'
 * own order; among parts, the query that covers more of the label comes first.
 */
export function topicsNamed(forms: readonly string[], topics: readonly TopicInfo[]): TopicInfo[] {
  const scored: { t: TopicInfo; score: number; cover: number; i: number }[] = [];
  topics.forEach((t, i) => {
    let best: { score: number; cover: number } | null = null;
    const labelLength = Math.max(1, [...normalizeText(t.label)].length);
    for (const q of forms) {
      const score = topicScore(q, t);
      const cover = [...q].length / labelLength;
      if (score !== null && (!best || score < best.score || (score === best.score && cover > best.cover))) best = { score, cover };
    }
    if (best) scored.push({ t, ...best, i });
  });
  scored.sort((a, b) => a.score - b.score || b.cover - a.cover || a.i - b.i);
  return scored.slice(0, MOST_TOPICS).map((x) => x.t);
}

/** The pilots whose clauses carry a topic, and those whose plans print none of its phrases, in the pilots' order. */
export function topicCoverage(
  slug: string,
  entries: readonly { region: string; topics?: readonly string[] }[],
  pilots: readonly { slug: string; name: string }[],
): { found: string[]; missing: string[] } {
  const tagged = new Set(entries.filter((e) => e.topics?.includes(slug)).map((e) => e.region));
  return { found: pilots.filter((p) => tagged.has(p.slug)).map((p) => p.name), missing: pilots.filter((p) => !tagged.has(p.slug)).map((p) => p.name) };
}

/** The box's words: 职务科技成果赋权：8个试点, and the honest sentence about the rest. */
export function topicLines(label: string, coverage: { found: readonly string[]; missing: readonly string[] }): { title: string; found: string; missing: string } {
  return {
    title: `${label}：${coverage.found.length}个试点`,
    found: coverage.found.length ? `见于${coverage.found.join('、')}的方案。` : '',
    // Only what was searched for: the plan may still have the measure in other words.
    missing: coverage.missing.length ? `以下试点的方案中未找到本主题的词语：${coverage.missing.join('、')}。` : '',
  };
}
