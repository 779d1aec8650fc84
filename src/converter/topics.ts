// Stage 6, annotate (topics): the reviewed vocabulary of policy tools (seeds/topics.yaml) and the tagging of clauses
// with it. A clause carries a topic when one of the topic's phrases occurs in its text (published or
// corrected), except where the occurrence lies inside one of the topic's `exclude` phrases.

import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DOMAINS } from '../model/tables.ts';
import type { Clause, DocumentModel, Position, Topic, TopicHit } from '../model/types.ts';
import { allClauses } from '../model/walk.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';

/** Slugs a topic cannot have: the topics' own index page. */
const RESERVED = ['index'];

/** Parses the vocabulary; malformed entries are `topics-format` errors at their place. */
export function parseTopics(file: string, source: string): { topics: Topic[]; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const diagnostics: Diagnostic[] = [];
  const at = (node: Node | null | undefined): Position => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };
  const fail = (where: Position, message: string) => diagnostics.push(diagnostic('topics-format', file, where, message, 'See the header of the topics file for the entry format.'));
  for (const e of doc.errors) {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    fail({ line, column: col }, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const list = isMap(doc.contents) ? doc.contents.get('topics', true) : undefined;
  if (doc.errors.length || !isSeq(list)) {
    if (!doc.errors.length) fail(at(doc.contents as Node), 'the topics file must have a `topics` list.');
    return { topics: [], diagnostics };
  }
  const topics: Topic[] = [];
  const labels = new Set<string>();
  for (const item of list.items as Node[]) {
    const where = at(item);
    const get = (key: string) => (isMap(item) ? item.get(key) : undefined);
    const strings = (key: string): string[] | null => {
      const node = isMap(item) ? item.get(key, true) : undefined;
      if (node === undefined) return [];
      if (!isSeq(node) || node.items.some((n) => typeof (n as { value?: unknown }).value !== 'string' || !(n as { value: string }).value)) return null;
      return (node.items as { value: string }[]).map((n) => n.value);
    };
    const [slug, label, domain, explanation] = ['slug', 'label', 'domain', 'explanation'].map(get);
    const phrases = strings('phrases');
    const exclude = strings('exclude');
    if (typeof slug !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(where, 'entry needs `slug`: lowercase ASCII words joined by hyphens (it is a URL).');
    else if (RESERVED.includes(slug)) fail(where, `the slug ${slug} is reserved: /topics/${slug}/ would replace the page of all topics; choose another.`);
    else if (typeof label !== 'string' || !label) fail(where, `topic ${slug} needs a \`label\`.`);
    else if (typeof domain !== 'string' || !domain) fail(where, `topic ${slug} needs a \`domain\`: one of ${DOMAINS.map((d) => d.slug).join(', ')}.`);
    else if (!phrases || phrases.length === 0) fail(where, `topic ${slug} needs \`phrases\`: a list of literal strings.`);
    else if (exclude === null) fail(where, `topic ${slug}: \`exclude\` must be a list of literal strings.`);
    else if (typeof explanation !== 'string' || !/。$/.test(explanation)) fail(where, `topic ${slug} needs an \`explanation\`: one sentence ending in 。.`);
    // A slug used twice is the registry's duplicate-id, and an unknown domain its xref-not-found (stage 7).
    else if (labels.has(label)) fail(where, `the label ${label} is used twice.`);
    else {
      labels.add(label);
      topics.push({ slug, label, domain, phrases, exclude, explanation, at: where });
    }
  }
  return { topics, diagnostics };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Every occurrence of the topic's phrases that is not inside an excluded phrase. */
function phraseHits(text: string, topic: Topic): { start: number; end: number; phrase: string }[] {
  const blocked = topic.exclude.flatMap((x) => occurrences(text, x).map((s) => [s, s + x.length] as const));
  return topic.phrases
    .flatMap((phrase) => occurrences(text, phrase).map((start) => ({ start, end: start + phrase.length, phrase })))
    .filter((h) => !blocked.some(([s, e]) => h.start >= s && h.end <= e));
}

/** Where `topic` occurs in `text`: leftmost-longest phrase occurrences, without overlaps. */
export function findTopic(text: string, topic: Topic): { start: number; end: number }[] {
  const hits = phraseHits(text, topic).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: { start: number; end: number }[] = [];
  for (const h of hits) if (!kept.length || h.start >= kept[kept.length - 1].end) kept.push({ start: h.start, end: h.end });
  return kept;
}

/**
 * Tags every clause: `topics` (slugs, in vocabulary order) and `topicHits` (where in the published
 * text; a topic found only in the corrected text is tagged without a place to mark). Returns the
 * phrases that match no clause at all, for the report.
 */
export function tagClauses(model: DocumentModel, topics: readonly Topic[], corrected: (c: Clause) => string): string[] {
  const used = new Set<string>();
  for (const clause of allClauses(model)) {
    clause.topics = [];
    clause.topicHits = [];
    const alt = corrected(clause);
    for (const topic of topics) {
      const found = [...phraseHits(clause.text, topic), ...(alt !== clause.text ? phraseHits(alt, topic) : [])];
      if (found.length === 0) continue;
      clause.topics.push(topic.slug);
      clause.topicHits.push(...findTopic(clause.text, topic).map((h): TopicHit => ({ topic: topic.slug, ...h })));
      for (const h of found) used.add(`${topic.slug}\u0000${h.phrase}`);
    }
    clause.topicHits.sort((a, b) => a.start - b.start);
  }
  return topics.flatMap((t) => t.phrases.filter((p) => !used.has(`${t.slug}\u0000${p}`)).map((p) => `${t.slug}: “${p}”`));
}
