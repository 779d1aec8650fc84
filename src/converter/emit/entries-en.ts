// Stage 8a, emit entries (English): the entries of the English reading layer, under docs/en/, one
// for every Chinese entry that the translation covers, with the same kind and keys (so the site sets
// them from the same model) and an English title, description and, for the letter, the annexes and
// the clauses, their English text as plain Markdown.

import { asHeading, clauseLabelEn, clauseTitleEn, englishName, type English, type GlossaryEntry } from '../../model/english.ts';
import { DOMAINS } from '../../model/tables.ts';
import type { DocumentModel, Topic } from '../../model/types.ts';
import { clausesIn, clausesOf, clausesWithTopic } from '../../model/walk.ts';
import type { Entry } from './entries.ts';
import { escapeMarkdown } from './markdown.ts';

function description(prefix: string, body: string, max = 160): string {
  return prefix + (body.length > max ? `${body.slice(0, max).replace(/\s+\S*$/, '')}…` : body);
}

const paragraphs = (...texts: string[]) => texts.filter(Boolean).map(escapeMarkdown).join('\n\n');

/** Every English entry, when the model has a translation. */
export function englishEntries(model: DocumentModel, english: English, glossary: readonly GlossaryEntry[], topics: readonly Topic[]): Entry[] {
  const name = (kind: 'topic' | 'region' | 'domain', slug: string, fallback: string) => asHeading(englishName(glossary, kind, slug) ?? fallback);
  const pilots = model.annexes.length;
  const entries: Entry[] = [];
  const { letter } = english;
  entries.push({
    path: 'en/letter.md',
    frontmatter: { title: letter.title, description: description(`${letter.docNumber}, State Council, ${letter.date}. `, letter.paragraphs[1]?.[0] ?? ''), kind: 'letter', id: 'letter', pagefind: false },
    body: paragraphs(letter.docNumber, letter.addressees, letter.opening, ...model.letter.paragraphs.map((p) => (letter.paragraphs[p.number] ?? []).join(' ')), letter.annexListLead, ...model.annexes.map((a) => `${a.number}. ${english.annexes[a.region]?.title ?? ''}`), letter.signature, letter.date, letter.note),
  });
  entries.push({ path: 'en/print.md', frontmatter: { title: `${letter.title} (full text)`, description: `The State Council's reply ${model.meta.docNumber} and the ${pilots} implementation plans in one page, for printing and reading offline. Unofficial translation.`, kind: 'print', id: 'print', pagefind: false }, body: '' });
  entries.push({ path: 'en/domains/index.md', frontmatter: { title: 'The seven factors', description: 'The seven sections of every implementation plan follow the same seven factors: technology, land, labour, data, capital, resources and the environment, and the coordinated allocation of factors.', kind: 'domains', id: 'domains', pagefind: false }, body: '' });
  for (const d of DOMAINS) {
    const label = name('domain', d.slug, d.slug);
    entries.push({ path: `en/domains/${d.slug}.md`, frontmatter: { title: label, description: `All ${clausesIn(model, d.slug).length} clauses of the ${pilots} implementation plans on the ${label.toLowerCase()}, grouped by pilot, for comparison.`, kind: 'domain', id: `domain-${d.slug}`, domain: d.slug, pagefind: false }, body: '' });
  }
  if (topics.length) {
    entries.push({ path: 'en/topics/index.md', frontmatter: { title: 'Policy topics', description: `The ${topics.length} policy topics that recur across the ${pilots} implementation plans, and the clauses that address each.`, kind: 'topics', id: 'topics', pagefind: false }, body: '' });
    for (const t of topics) {
      const tagged = clausesWithTopic(model, t.slug);
      const label = name('topic', t.slug, t.label);
      entries.push({ path: `en/topics/${t.slug}.md`, frontmatter: { title: label, description: `${glossary.find((g) => g.kind === 'topic' && g.slug === t.slug)?.explanation.en ?? ''} ${tagged.length} clauses in ${new Set(tagged.map((c) => c.region)).size} pilots.`.trim(), kind: 'topic', id: `topic-${t.slug}`, topic: t.slug, domain: t.domain, pagefind: false }, body: '' });
    }
  }
  for (const a of model.annexes) {
    const en = english.annexes[a.region];
    if (!en) continue;
    const clauses = clausesOf(a);
    entries.push({
      path: `en/${a.region}/index.md`,
      frontmatter: { title: en.title, description: description(`Annex ${a.number} of ${model.meta.docNumber}. `, `${en.scope} ${a.sections.length} parts, ${clauses.length} clauses.`), kind: 'annex', id: a.region, region: a.region, pagefind: false },
      body: [paragraphs(en.scope), ...a.sections.map((s) => [`## ${escapeMarkdown(`${s.number}. ${en.sections[s.number] ?? ''}`)}`, ...s.clauses.map((c) => escapeMarkdown(`${clauseLabelEn(c.number)} ${(en.clauses[c.id] ?? []).join(' ')}`))].join('\n\n'))].join('\n\n'),
    });
    for (const c of clauses) {
      const text = (en.clauses[c.id] ?? []).join(' ');
      entries.push({
        path: `en/${a.region}/${c.number}.md`,
        frontmatter: { title: `${clauseLabelEn(c.number)} ${clauseTitleEn(english, a.region, c.id)}`, description: description(`${name('region', a.region, a.regionName)}, clause ${clauseLabelEn(c.number)}: `, text, 120), kind: 'clause', id: c.id, region: a.region, domain: c.domain, clause: c.number, pagefind: false },
        body: paragraphs(text),
      });
    }
  }
  return entries;
}
