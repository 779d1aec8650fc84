// The reviewed glossary (seeds/glossary.yaml): one English rendering per term, with what it means,
// in both languages. Topic, region and domain entries name their slug, and must carry the Chinese
// the vocabulary or the tables give it; a topic's Chinese explanation is the vocabulary's own.

import { diagnostic, type Diagnostic } from '../../model/diagnostics.ts';
import type { GlossaryEntry, GlossaryKind } from '../../model/english.ts';
import { DOMAINS, REGIONS, topicBySlug } from '../../model/tables.ts';
import type { Topic } from '../../model/types.ts';
import { loadData, Locator, mapping, text } from '../reviewed-data.ts';

const KINDS: readonly GlossaryKind[] = ['slogan', 'term', 'topic', 'region', 'domain'];
const HINT = 'See the header of seeds/glossary.yaml for the entry format.';

/** Parses the glossary; malformed entries are `glossary-format` errors at their place. */
export function parseGlossary(file: string, source: string, topics: readonly Topic[]): { glossary: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const loaded = loadData(file, source, 'glossary-format', HINT);
  if (loaded.diagnostics.length) return { glossary: [], diagnostics: loaded.diagnostics };
  const locator = new Locator(source);
  const diagnostics: Diagnostic[] = [];
  const glossary: GlossaryEntry[] = [];
  const seen = new Set<string>();
  let cursor = 0;
  const terms = mapping(loaded.data)?.terms;
  if (!Array.isArray(terms)) return { glossary, diagnostics: [diagnostic('glossary-format', file, { line: 1, column: 1 }, 'the glossary must have a `terms` list.', HINT)] };
  for (const value of terms) {
    const entry = mapping(value);
    const zh = text(entry?.zh);
    cursor = zh ? locator.find(`zh: ${zh}`, cursor) : locator.find('- ', cursor + 1);
    const fail = (message: string) => diagnostics.push(diagnostic('glossary-format', file, locator.position(cursor), message, HINT));
    const en = text(entry?.en);
    const kind = text(entry?.kind) as GlossaryKind | null;
    const also = Array.isArray(entry?.also) ? entry.also.filter((a): a is string => typeof a === 'string' && a !== '') : [];
    const explanation = mapping(entry?.explanation);
    const slug = kind === 'topic' || kind === 'region' || kind === 'domain' ? text(entry?.[kind]) : null;
    if (!zh || !en) fail('an entry needs `zh` and `en`.');
    else if (seen.has(zh)) fail(`${zh} is in the glossary twice.`);
    else if (!kind || !KINDS.includes(kind)) fail(`${zh} needs a \`kind\`: ${KINDS.join(', ')}.`);
    else if ((kind === 'topic' || kind === 'region' || kind === 'domain') && !slug) fail(`${zh} is a ${kind}: it needs \`${kind}\`, the slug it names.`);
    else if (!text(explanation?.en)) fail(`${zh} needs \`explanation.en\`.`);
    else {
      const named = kind === 'topic' ? topicBySlug(topics, slug!)?.label : kind === 'region' ? REGIONS.find((r) => r.slug === slug)?.name : kind === 'domain' ? DOMAINS.find((d) => d.slug === slug)?.label : zh;
      const zhExplanation = kind === 'topic' ? topicBySlug(topics, slug!)?.explanation : text(explanation?.zh);
      if (named !== zh) fail(`${zh} names the ${kind} ${slug}, which is ${named === undefined ? 'not in the vocabulary or tables' : `“${named}”`}.`);
      else if (!zhExplanation) fail(`${zh} needs \`explanation.zh\`.`);
      else {
        seen.add(zh);
        glossary.push({ zh, en, also, pinyin: text(entry?.pinyin), kind, slug, explanation: { en: text(explanation?.en)!, zh: zhExplanation } });
      }
    }
  }
  return { glossary, diagnostics };
}
