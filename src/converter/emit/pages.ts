// Stage 8a, emit pages: the model as MDX pages for Starlight, one per clause, per annex, for the
// letter, per domain, per topic, the domain and topic lists, and the whole document on one page
// (/print/). Text goes in as printed, through markup.ts's `text()` (titles through `title()`, which
// marks where their lines may break); links are root-relative (urlFor with base '/'), and the site
// prefixes its deployment base (src/site/rehype-base-links.ts).

import type { PageFrontmatter } from '../../model/frontmatter.ts';
import { annexLabel, annexName, clauseRef, paragraphName, sectionHeading } from '../../model/labels.ts';
import type { Linked } from '../../model/site-model.ts';
import { DOMAINS, domainBySlug, regionBySlug } from '../../model/tables.ts';
import type { Annex, Clause, DocumentModel, Section, Topic } from '../../model/types.ts';
import { urlFor } from '../../model/urls.ts';
import { clausesIn, clausesOf, clausesWithTopic, sectionsIn } from '../../model/walk.ts';
import { block, el, text, title } from './markup.ts';
import { clauseArticle, keepWithFirst, notesMarkup, textMarkup, topicLinks, topicMarks } from './text.ts';

/** One page to write: its path under docs/, its frontmatter and its MDX body. */
export interface Page {
  path: string;
  frontmatter: PageFrontmatter & { title: string; description: string; pagefind?: boolean; tableOfContents?: false };
  body: string;
}

function description(prefix: string, body: string, max = 90): string {
  const chars = [...body];
  return prefix + (chars.length > max ? chars.slice(0, max).join('') + '…' : body);
}

/** The canonical page of one clause. */
export function clausePage(annex: Annex, section: Section, clause: Clause): Page {
  return {
    path: `${clause.region}/${clause.number}.mdx`,
    frontmatter: {
      title: `${clause.labelText}${clause.title}`,
      description: description(`${annex.regionName}实施方案第${clause.labelText}条：`, clause.text, 60),
      kind: 'clause',
      id: clause.id,
      region: clause.region,
      regionName: clause.regionName,
      annex: clause.annex,
      section: section.number,
      sectionHeading: section.heading.text,
      domain: clause.domain,
      clause: clause.number,
      label: clause.labelText,
      clauseTitle: clause.title,
      sentences: clause.sentences.length,
      topics: clause.topics,
      sourceLines: clause.sourceLines,
      pagefind: false,
    },
    body: [
      el('p', { class: 'clause-text', 'data-clause': clause.id }, textMarkup(clause, { anchors: true, sharing: clause.sharing, inline: topicLinks(clause) })),
      ...notesMarkup(clause.corrections, clauseRef(clause)),
    ].join('\n\n'),
  };
}

/**
 * The sections of an annex with their clauses: `level` 2 on the annex page, 3 on the whole-document
 * page, where `within` (the annex heading's id) joins each section's name, since every annex has
 * sections of the same names.
 */
function annexSections(annex: Annex, ids: { section: (n: number) => string; clause: (c: Clause) => string; within?: string }, level: 2 | 3): string[] {
  return annex.sections.map((s) =>
    block(
      'section',
      { class: 'annex-section', id: ids.section(s.number), 'aria-labelledby': [ids.within, `${ids.section(s.number)}-h`].filter(Boolean).join(' ') },
      ...keepWithFirst(
        el(`h${level}`, { id: `${ids.section(s.number)}-h` }, title(sectionHeading(s))),
        s.clauses.map((c) => clauseArticle(c, ids.clause(c), { level: level === 2 ? 3 : 4 })),
      ),
    ),
  );
}

/** One annex to read in full: scope, sections, clauses with anchors and canonical links. */
export function annexPage(annex: Annex): Page {
  const clauses = clausesOf(annex);
  const last = clauses[clauses.length - 1];
  const body = [
    annex.scope ? el('p', { class: 'annex-scope', id: 'scope' }, text(annex.scope.text)) : '',
    ...annexSections(annex, { section: (n) => `section-${n}`, clause: (c) => `clause-${c.number}` }, 2),
  ];
  return {
    path: `${annex.region}/index.mdx`,
    frontmatter: {
      title: annex.titleText,
      description: description(`国函〔2025〕86号${annexLabel(annex.number)}。`, `${annex.scope?.text ?? ''}共${annex.sections.length}部分${clauses.length}条。`),
      kind: 'annex',
      id: annex.region,
      region: annex.region,
      annex: annex.number,
      regionName: annex.regionName,
      clauses: clauses.length,
      sourceLines: [(annex.marker ?? annex.title).at.line, last ? last.sourceLines[1] : annex.title.at.line],
      pagefind: false,
    },
    body: body.filter(Boolean).join('\n\n'),
  };
}

/** The letter's text: 文号, addressees, opening, paragraphs (anchored `{prefix}p1`…), the annex list, signature, date and note. */
function letterBody(model: DocumentModel, linked: Linked, prefix: string, annexHref: (region: string) => string): string[] {
  const { letter } = model;
  return [
    el('p', { class: 'letter-number' }, text(letter.docNumber.text)),
    el('p', { class: 'letter-addressees' }, text(letter.addressees.text)),
    el('p', { class: 'letter-opening' }, text(letter.opening.text)),
    ...letter.paragraphs.flatMap((p) => [
      el('p', { class: 'letter-paragraph', id: `${prefix}p${p.number}` }, el('span', { class: 'letter-label' }, text(p.label.text)), textMarkup(p)),
      ...notesMarkup(p.corrections, paragraphName(p)),
    ]),
    block(
      'div',
      { class: 'letter-annexes' },
      el('p', {}, text(letter.annexListLead.text.trim())),
      block(
        'ol',
        { id: `${prefix}annexes` },
        ...letter.annexList.map((e) => {
          const region = regionBySlug(linked.annexList[e.number] ?? '');
          return el('li', { value: e.number }, region ? el('a', { href: annexHref(region.slug) }, title(e.titleText)) : title(e.titleText));
        }),
      ),
    ),
    el('p', { class: 'letter-signature' }, text(letter.signature.text)),
    el('p', { class: 'letter-date' }, text(letter.date.text)),
    letter.note ? el('p', { class: 'letter-note' }, text(letter.note.text)) : '',
  ].filter(Boolean);
}

/** The approval letter, with paragraph anchors and links to the annexes. */
export function letterPage(model: DocumentModel, linked: Linked): Page {
  const { letter } = model;
  const last = letter.note ?? letter.date;
  return {
    path: 'letter.mdx',
    frontmatter: {
      title: letter.titleText,
      description: description(`${letter.docNumber.text}，${model.meta.issuer}${model.meta.dateWritten ?? ''}。`, letter.paragraphs[0]?.text ?? ''),
      kind: 'letter',
      id: 'letter',
      docNumber: letter.docNumber.text,
      sourceLines: [letter.title.at.line, last.at.line],
      pagefind: false,
    },
    body: letterBody(model, linked, '', (region) => urlFor({ kind: 'annex', region })).join('\n\n'),
  };
}

/**
 * The whole document on one page (/print/): a table of contents, the letter, then every annex.
 * Ids carry the region (beijing-clause-12) so that they stay unique on the page.
 */
export function printPage(model: DocumentModel, linked: Linked): Page {
  const { letter, meta } = model;
  const toc = block(
    'nav',
    { class: 'print-toc', 'aria-labelledby': 'print-toc-h' },
    el('h2', { id: 'print-toc-h' }, '目录'),
    block(
      'ol',
      {},
      el('li', {}, el('a', { href: '#letter' }, title(letter.titleText))),
      ...model.annexes.map((a) => el('li', {}, el('a', { href: `#annex-${a.number}` }, el('span', { class: 'toc-annex' }, text(annexLabel(a.number))), title(a.titleText)))),
    ),
  );
  const letterPart = block(
    'section',
    { class: 'print-part print-letter', id: 'letter', 'aria-labelledby': 'letter-h' },
    el('h2', { id: 'letter-h' }, title(letter.titleText)),
    ...letterBody(model, linked, 'letter-', (region) => `#annex-${regionBySlug(region)?.annex}`),
  );
  const annexParts = model.annexes.map((a) =>
    block(
      'section',
      { class: 'print-part print-annex', id: `annex-${a.number}`, 'aria-labelledby': `annex-${a.number}-h` },
      el('p', { class: 'page-eyebrow' }, text(annexLabel(a.number))),
      el('h2', { id: `annex-${a.number}-h` }, title(a.titleText)),
      a.scope ? el('p', { class: 'annex-scope' }, text(a.scope.text)) : '',
      ...annexSections(a, { section: (n) => `${a.region}-section-${n}`, clause: (c) => `${a.region}-clause-${c.number}`, within: `annex-${a.number}-h` }, 3),
    ),
  );
  return {
    path: 'print.mdx',
    frontmatter: {
      title: `${meta.title}（全文）`,
      description: `${meta.docNumber}批复及十个试点实施方案全文，适合打印和离线阅读。`,
      kind: 'print',
      id: 'print',
      pagefind: false,
    },
    body: [toc, letterPart, ...annexParts].join('\n\n'),
  };
}

/** Every clause of one domain, grouped by region, each under its region's own section heading. */
export function domainPage(model: DocumentModel, domainSlug: string): Page {
  const domain = domainBySlug(domainSlug)!;
  const count = clausesIn(model, domainSlug).length;
  const body = model.annexes.map((annex) =>
    block(
      'section',
      { class: 'domain-region', id: annex.region, 'aria-labelledby': `${annex.region}-h` },
      ...sectionsIn(annex, domainSlug).flatMap((s, i) =>
        keepWithFirst(
          [
            ...(i === 0 ? [el('h2', { id: `${annex.region}-h` }, title(annexName(annex)))] : []),
            el('p', { class: 'domain-section' }, el('a', { href: urlFor({ kind: 'annex', region: annex.region, section: s.number }) }, title(sectionHeading(s)))),
          ].join('\n'),
          s.clauses.map((c) => clauseArticle(c, c.id)),
        ),
      ),
    ),
  );
  return {
    path: `domains/${domain.slug}.mdx`,
    frontmatter: {
      title: domain.label,
      description: `十个试点实施方案中关于${domain.label}的全部${count}条条款，按试点地区分组，便于对照。`,
      kind: 'domain',
      id: `domain-${domain.slug}`,
      domain: domain.slug,
      clauses: count,
      pagefind: false,
    },
    body: body.join('\n\n'),
  };
}

/** The list of the seven domains with their clause counts. */
export function domainsPage(model: DocumentModel): Page {
  const rows = DOMAINS.map((d) =>
    block('li', {}, el('a', { href: urlFor({ kind: 'domain', domain: d.slug }) }, text(d.label)), el('span', { class: 'domain-count' }, text(`${clausesIn(model, d.slug).length}条`))),
  );
  return {
    path: 'domains/index.mdx',
    frontmatter: {
      title: '七类要素',
      description: '每个试点实施方案的七个部分依次对应七类要素：技术、土地、人力资源、数据、资本、资源环境，以及要素协同配置。',
      kind: 'domains',
      id: 'domains',
      pagefind: false,
    },
    body: [el('p', {}, text('十个实施方案的七个部分依次对应以下七类要素。各部分的标题因试点而异，按要素汇总便于比较各试点的举措。')), block('ol', { class: 'domain-grid' }, ...rows)].join('\n\n'),
  };
}

/** Every clause addressing one topic, grouped by region, the topic's phrases marked. */
export function topicPage(model: DocumentModel, topic: Topic): Page {
  const groups = model.annexes.map((annex) => ({ annex, clauses: clausesWithTopic(annex, topic.slug) })).filter((g) => g.clauses.length > 0);
  const count = groups.reduce((n, g) => n + g.clauses.length, 0);
  const domain = domainBySlug(topic.domain)!;
  const body = [
    el('p', { class: 'topic-explanation' }, text(topic.explanation)),
    el('p', { class: 'topic-phrases' }, text(`识别用语：${topic.phrases.map((p) => `“${p}”`).join('、')}`)),
    ...groups.map(({ annex, clauses }) =>
      block(
        'section',
        { class: 'domain-region', id: annex.region, 'aria-labelledby': `${annex.region}-h` },
        ...keepWithFirst(el('h2', { id: `${annex.region}-h` }, title(annexName(annex))), clauses.map((c) => clauseArticle(c, c.id, { inline: topicMarks(c, topic.slug) }))),
      ),
    ),
  ];
  return {
    path: `topics/${topic.slug}.mdx`,
    frontmatter: {
      title: topic.label,
      description: `${topic.explanation}十个试点实施方案中涉及“${topic.label}”的${count}条条款（${groups.length}个试点）。`,
      kind: 'topic',
      id: `topic-${topic.slug}`,
      topic: topic.slug,
      domain: domain.slug,
      clauses: count,
      regions: groups.length,
      pagefind: false,
    },
    body: body.join('\n\n'),
  };
}

/** The vocabulary: every topic by domain, with what it means and how many pilots address it. */
export function topicsPage(model: DocumentModel, topics: readonly Topic[]): Page {
  const body = [
    el('p', {}, text(`以下${topics.length}个政策主题在多个试点方案中反复出现。主题词表经人工审核，条款中出现识别用语即标注该主题；每个主题页列出所有相关条款并标出用语。`)),
    ...DOMAINS.map((d) => {
      const own = topics.filter((t) => t.domain === d.slug);
      if (own.length === 0) return '';
      return block(
        'section',
        { class: 'topic-group', id: d.slug, 'aria-labelledby': `${d.slug}-h` },
        el('h2', { id: `${d.slug}-h` }, title(d.label)),
        block(
          'ul',
          { class: 'topic-list' },
          ...own.map((t) => {
            const tagged = clausesWithTopic(model, t.slug);
            const regions = new Set(tagged.map((c) => c.region)).size;
            return block(
              'li',
              {},
              el('a', { href: urlFor({ kind: 'topic', topic: t.slug }) }, title(t.label)),
              el('span', { class: 'topic-count' }, text(`${regions}个试点 · ${tagged.length}条`)),
              el('p', {}, text(t.explanation)),
            );
          }),
        ),
      );
    }),
  ];
  return {
    path: 'topics/index.mdx',
    frontmatter: {
      title: '政策主题',
      description: `十个试点实施方案中反复出现的${topics.length}个政策主题（如标准地、公共数据授权运营、绿色电力证书），及涉及各主题的条款。`,
      kind: 'topics',
      id: 'topics',
      pagefind: false,
    },
    body: body.filter(Boolean).join('\n\n'),
  };
}

/** Every page of the document. */
export function allPages(model: DocumentModel, linked: Linked, topics: readonly Topic[] = []): Page[] {
  return [
    letterPage(model, linked),
    printPage(model, linked),
    domainsPage(model),
    ...DOMAINS.map((d) => domainPage(model, d.slug)),
    ...(topics.length ? [topicsPage(model, topics), ...topics.map((t) => topicPage(model, t))] : []),
    ...model.annexes.flatMap((a) => [annexPage(a), ...a.sections.flatMap((s) => s.clauses.map((c) => clausePage(a, s, c)))]),
  ];
}
