// The runs of a clause's text that pages wrap: on its own page and in longer pages, the first place
// each of its topics occurs links to the topic's page; on a topic's page, every place the topic
// occurs is highlighted.

import type { GlossaryEntry } from '../../model/english.ts';
import type { Clause, TopicHit } from '../../model/types.ts';
import type { Lang } from '../../model/urls.ts';
import { clauseEn, glossary } from '../english.ts';
import { href } from '../model.ts';
import { glossaryRuns } from './glossary.ts';
import type { Inline } from './pieces.ts';

/** Links the first place each of the clause's topics occurs to the topic's page. */
export function topicLinks(clause: Clause): Inline[] {
  const firsts = new Map<string, TopicHit>();
  for (const h of clause.topicHits) if (!firsts.has(h.topic)) firsts.set(h.topic, h);
  return [...firsts.values()].map((h) => ({ start: h.start, end: h.end, tag: 'a', className: 'topic-link', href: href({ kind: 'topic', topic: h.topic }) }));
}

/** Marks every place a topic occurs (on the topic's own page). */
export function topicMarks(clause: Clause, topic: string): Inline[] {
  return clause.topicHits.filter((h) => h.topic === topic).map((h) => ({ start: h.start, end: h.end, tag: 'mark', className: 'topic-hit' }));
}

/**
 * The marks of a clause on its own page, in the page's language: the links of its topics (Chinese
 * pages), and the policy slogans it says, as the runs that open their explanations with the entries
 * explained. Where a topic's link already covers a slogan, the link stands and the slogan is not
 * marked again.
 */
export function clauseTerms(clause: Clause, lang: Lang): { links: Inline[]; inline: Inline[]; used: GlossaryEntry[] } {
  const english = lang === 'en' ? clauseEn(clause) : null;
  const links = english ? [] : topicLinks(clause);
  const found = glossaryRuns(english ? english.join(' ') : clause.text, glossary, lang);
  const keep = found.inline.map((r) => !links.some((l) => r.start < l.end && l.start < r.end));
  return { links, inline: found.inline.filter((_, i) => keep[i]), used: found.used.filter((_, i) => keep[i]) };
}
