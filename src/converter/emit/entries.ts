// Stage 8a, emit entries: one entry of the docs content collection per page the document makes
// (the letter, every annex and clause, the domain and topic pages, the whole document), as
// Markdown files: frontmatter that says what the page shows (its kind, the keys that find it in the
// model, its title and description; src/model/frontmatter.ts, checked before writing) and, for the
// letter, the annexes and the clauses, their text as plain Markdown, for anyone reading the content
// folder. The site sets every page from the model (src/content/model.json) through its components:
// markup, ids and the site's words are never written here.

import { generatedFrontmatter, type GeneratedFrontmatter } from '../../model/frontmatter.ts';
import { annexLabel, sectionHeading } from '../../model/labels.ts';
import { toChineseNumeral } from '../../model/numerals.ts';
import { DOMAINS, domainBySlug } from '../../model/tables.ts';
import type { Annex, Clause, DocumentModel, Section, Topic } from '../../model/types.ts';
import { clausesIn, clausesOf, clausesWithTopic } from '../../model/walk.ts';
import { escapeMarkdown, frontmatterYaml } from './markdown.ts';

/** One entry to write: its path under docs/, its frontmatter and its Markdown body. */
export interface Entry {
  path: string;
  frontmatter: GeneratedFrontmatter;
  body: string;
}

function description(prefix: string, body: string, max = 90): string {
  const chars = [...body];
  return prefix + (chars.length > max ? chars.slice(0, max).join('') + '…' : body);
}

const paragraphs = (...texts: string[]) => texts.filter(Boolean).map(escapeMarkdown).join('\n\n');

/** The canonical page of one clause. */
export function clauseEntry(annex: Annex, clause: Clause): Entry {
  return {
    path: `${clause.region}/${clause.number}.md`,
    frontmatter: {
      title: `${clause.labelText}${clause.title}`,
      description: description(`${annex.regionName}实施方案第${clause.labelText}条：`, clause.text, 60),
      kind: 'clause',
      id: clause.id,
      region: clause.region,
      domain: clause.domain,
      clause: clause.number,
      pagefind: false,
    },
    body: paragraphs(clause.text),
  };
}

function sectionMarkdown(s: Section): string {
  return [`## ${escapeMarkdown(sectionHeading(s))}`, ...s.clauses.map((c) => escapeMarkdown(c.labelText + c.text))].join('\n\n');
}

/** One annex to read in full. */
export function annexEntry(annex: Annex): Entry {
  const clauses = clausesOf(annex);
  return {
    path: `${annex.region}/index.md`,
    frontmatter: {
      title: annex.titleText,
      description: description(`国函〔2025〕86号${annexLabel(annex.number)}。`, `${annex.scope?.text ?? ''}共${annex.sections.length}部分${clauses.length}条。`),
      kind: 'annex',
      id: annex.region,
      region: annex.region,
      pagefind: false,
    },
    body: [paragraphs(annex.scope?.text ?? ''), ...annex.sections.map(sectionMarkdown)].filter(Boolean).join('\n\n'),
  };
}

/** The approval letter. */
export function letterEntry(model: DocumentModel): Entry {
  const { letter } = model;
  return {
    path: 'letter.md',
    frontmatter: {
      title: letter.titleText,
      description: description(`${letter.docNumber.text}，${model.meta.issuer}${model.meta.dateWritten ?? ''}。`, letter.paragraphs[0]?.text ?? ''),
      kind: 'letter',
      id: 'letter',
      pagefind: false,
    },
    body: paragraphs(
      letter.docNumber.text,
      letter.addressees.text,
      letter.opening.text,
      ...letter.paragraphs.map((p) => p.label.text + p.text),
      letter.annexListLead.text,
      ...letter.annexList.map((e) => `${e.number}. ${e.titleText}`),
      letter.signature.text,
      letter.date.text,
      letter.note?.text ?? '',
    ),
  };
}

/** The whole document on one page (/print/). */
export function printEntry(model: DocumentModel): Entry {
  return {
    path: 'print.md',
    frontmatter: { title: `${model.meta.title}（全文）`, description: `${model.meta.docNumber}批复及${toChineseNumeral(model.annexes.length)}个试点实施方案全文，适合打印和离线阅读。`, kind: 'print', id: 'print', pagefind: false },
    body: '',
  };
}

/** Every clause of one domain, grouped by region. */
export function domainEntry(model: DocumentModel, slug: string): Entry {
  const domain = domainBySlug(slug)!;
  return {
    path: `domains/${slug}.md`,
    frontmatter: {
      title: domain.label,
      description: `${toChineseNumeral(model.annexes.length)}个试点实施方案中关于${domain.label}的全部${clausesIn(model, slug).length}条条款，按试点地区分组，便于对照。`,
      kind: 'domain',
      id: `domain-${slug}`,
      domain: slug,
      pagefind: false,
    },
    body: '',
  };
}

/** The list of the seven domains. */
export function domainsEntry(): Entry {
  return {
    path: 'domains/index.md',
    frontmatter: {
      title: `${toChineseNumeral(DOMAINS.length)}类要素`,
      description: `每个试点实施方案的${toChineseNumeral(DOMAINS.length)}个部分依次对应${toChineseNumeral(DOMAINS.length)}类要素：${DOMAINS.slice(0, -1).map((d) => d.label.replace(/要素$/, '')).join('、')}，以及${DOMAINS.at(-1)!.label}。`,
      kind: 'domains',
      id: 'domains',
      pagefind: false,
    },
    body: '',
  };
}

/** Every clause addressing one topic. */
export function topicEntry(model: DocumentModel, topic: Topic): Entry {
  const clauses = clausesWithTopic(model, topic.slug);
  const regions = new Set(clauses.map((c) => c.region)).size;
  return {
    path: `topics/${topic.slug}.md`,
    frontmatter: {
      title: topic.label,
      description: `${topic.explanation}${toChineseNumeral(model.annexes.length)}个试点实施方案中涉及“${topic.label}”的${clauses.length}条条款（${regions}个试点）。`,
      kind: 'topic',
      id: `topic-${topic.slug}`,
      topic: topic.slug,
      domain: topic.domain,
      pagefind: false,
    },
    body: '',
  };
}

/** The vocabulary of topics. */
export function topicsEntry(model: DocumentModel, topics: readonly Topic[]): Entry {
  return {
    path: 'topics/index.md',
    frontmatter: {
      title: '政策主题',
      description: `${toChineseNumeral(model.annexes.length)}个试点实施方案中反复出现的${topics.length}个政策主题（如标准地、公共数据授权运营、绿色电力证书），及涉及各主题的条款。`,
      kind: 'topics',
      id: 'topics',
      pagefind: false,
    },
    body: '',
  };
}

/** Every entry of the document. */
export function allEntries(model: DocumentModel, topics: readonly Topic[] = []): Entry[] {
  return [
    letterEntry(model),
    printEntry(model),
    domainsEntry(),
    ...DOMAINS.map((d) => domainEntry(model, d.slug)),
    ...(topics.length ? [topicsEntry(model, topics), ...topics.map((t) => topicEntry(model, t))] : []),
    ...model.annexes.flatMap((a) => [annexEntry(a), ...clausesOf(a).map((c) => clauseEntry(a, c))]),
  ];
}

/** The Markdown file of an entry; throws if the frontmatter does not satisfy the schema (src/model/frontmatter.ts). */
export function serialiseEntry(entry: Entry): string {
  const checked = generatedFrontmatter.safeParse(entry.frontmatter);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`generated frontmatter for ${entry.path} does not match src/model/frontmatter.ts: ${issues}`);
  }
  return `---\n${frontmatterYaml(entry.frontmatter)}---\n${entry.body ? `\n${entry.body}\n` : ''}`;
}
