// Stage 7a, emit pages: the model as MDX pages for Starlight, one per clause, per annex, for the
// letter, per domain and for the domain list. Text goes in as printed; links are root-relative
// (urlFor with base '/'), and the site prefixes its deployment base when it renders them.

import { DOMAINS, REGIONS } from '../../model/tables.ts';
import { splitSentences } from '../../model/sentences.ts';
import type { Annex, Clause, Correction, DocumentModel, Section } from '../../model/types.ts';
import { urlFor } from '../../model/urls.ts';
import type { PageFrontmatter } from '../../model/frontmatter.ts';
import type { Linked } from '../link.ts';
import { block, el, text } from './markup.ts';

/** One page to write: its path under docs/, its frontmatter and its MDX body. */
export interface Page {
  path: string;
  frontmatter: PageFrontmatter & { title: string; description: string; pagefind?: boolean; tableOfContents?: false };
  body: string;
}

/**
 * A clause's or paragraph's text as MDX: sentences (optionally anchored #s1 …) with corrections
 * marked; `from` starts at a later sentence (0-based) when the first one is shown elsewhere.
 */
export function textMarkup(source: { text: string; corrections: Correction[] }, anchorSentences: boolean, from = 0): string {
  return splitSentences(source.text)
    .map((s, i) => {
      if (i < from) return '';
      const inside = source.corrections.filter((c) => c.offset >= s.start && c.offset < s.start + s.text.length);
      let out = '';
      let cursor = s.start;
      for (const c of inside) {
        out += text(source.text.slice(cursor, c.offset));
        out += el(
          'span',
          { class: 'erratum' },
          el('del', {}, text(c.original)),
          el('ins', {}, text(c.correction)),
          el('a', { class: 'erratum-ref', href: `#note-${c.id}` }, '〔注〕'),
        );
        cursor = c.offset + c.original.length;
      }
      out += text(source.text.slice(cursor, s.start + s.text.length));
      return el('span', { class: i === 0 ? 's s-first' : 's', id: anchorSentences ? `s${i + 1}` : undefined }, out);
    })
    .join('');
}

/** The editorial notes that explain a text's corrections, as a block after it; `where` names the text (附件4（二十）). */
export function notesMarkup(corrections: Correction[], where: string): string[] {
  return corrections.map((c) =>
    block(
      'aside',
      { class: 'editorial-note', id: `note-${c.id}`, 'aria-label': `编者注：${where}`, 'data-pagefind-ignore': true },
      el('p', {}, el('strong', {}, '编者注'), text(`：原文“${c.original.trim()}”，应为“${c.correction}”。${c.note}`)),
    ),
  );
}

function clauseBlock(clause: Clause, anchorSentences: boolean): string[] {
  return [el('p', { class: 'clause-text', 'data-clause': clause.id }, textMarkup(clause, anchorSentences)), ...notesMarkup(clause.corrections, `附件${clause.annex}${clause.labelText}`)];
}

/**
 * A heading kept with the first clause under it, so that print never leaves it alone at a page's
 * foot. (A wrapper that does not break inside: Chromium duplicates a heading's text in the PDF
 * outline when break-after: avoid moves what follows it.)
 */
export function keepWithFirst(heading: string, clauses: string[]): string[] {
  const [first, ...rest] = clauses;
  return first ? [block('div', { class: 'keep' }, heading, first), ...rest] : [heading];
}

/**
 * A clause inside a longer page (annex, domain, print view), set as the document sets it: the label
 * and the title sentence as the heading, linking the clause's own page, and the rest of the text
 * after it. Together they are the clause's text, each sentence once.
 */
export function clauseArticle(c: Clause, id: string): string {
  const [first, ...rest] = splitSentences(c.text);
  const titleCorrected = c.corrections.some((x) => x.offset < (first?.text.length ?? 0));
  const link = urlFor({ kind: 'clause', region: c.region, clause: c.number });
  const heading = titleCorrected
    ? [el('a', { href: link }, text(c.labelText)), textMarkup({ text: first.text, corrections: c.corrections.filter((x) => x.offset < first.text.length) }, false)]
    : [el('a', { href: link }, text(c.labelText), el('span', { class: 's s-first' }, text(first?.text ?? '')))];
  return block(
    'article',
    { class: 'clause', id, 'aria-labelledby': `${id}-h` },
    el('h3', { id: `${id}-h` }, ...heading),
    ...(rest.length ? [el('p', { class: 'clause-text clause-rest', 'data-clause': c.id }, textMarkup(c, false, 1))] : []),
    ...notesMarkup(c.corrections, `附件${c.annex}${c.labelText}`),
  );
}

function description(prefix: string, body: string): string {
  const chars = [...body];
  return prefix + (chars.length > 90 ? chars.slice(0, 90).join('') + '…' : body);
}

/** The canonical page of one clause. */
export function clausePage(model: DocumentModel, annex: Annex, section: Section, clause: Clause): Page {
  return {
    path: `${clause.region}/${clause.number}.mdx`,
    frontmatter: {
      title: `${clause.labelText}${clause.title}`,
      description: description(`${annex.regionName}要素市场化配置综合改革试点实施方案 第${clause.labelText}条：`, clause.text),
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
      sourceLines: clause.sourceLines,
      pagefind: false,
    },
    body: clauseBlock(clause, true).join('\n\n'),
  };
}

/** One annex to read in full: scope, sections, clauses with anchors and canonical links. */
export function annexPage(model: DocumentModel, annex: Annex): Page {
  const clauses = annex.sections.flatMap((s) => s.clauses);
  const last = clauses[clauses.length - 1];
  const body = [
    annex.scope ? el('p', { class: 'annex-scope', id: 'scope' }, text(annex.scope.text)) : '',
    ...annex.sections.map((s) =>
      block(
        'section',
        { class: 'annex-section', id: `section-${s.number}`, 'aria-labelledby': `section-${s.number}-h` },
        ...keepWithFirst(el('h2', { id: `section-${s.number}-h` }, text(`${s.label.text}${s.heading.text}`)), s.clauses.map((c) => clauseArticle(c, `clause-${c.number}`))),
      ),
    ),
  ];
  return {
    path: `${annex.region}/index.mdx`,
    frontmatter: {
      title: annex.titleText,
      description: description(`国函〔2025〕86号附件${annex.number}。`, `${annex.scope?.text ?? ''}共${annex.sections.length}部分${clauses.length}条。`),
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

/** The approval letter, with paragraph anchors and links to the annexes. */
export function letterPage(model: DocumentModel, linked: Linked): Page {
  const { letter } = model;
  const body = [
    el('p', { class: 'letter-number' }, text(letter.docNumber.text)),
    el('p', { class: 'letter-addressees' }, text(letter.addressees.text)),
    el('p', { class: 'letter-opening' }, text(letter.opening.text)),
    ...letter.paragraphs.flatMap((p) => [
      el('p', { class: 'letter-paragraph', id: `p${p.number}` }, el('span', { class: 'letter-label' }, text(p.label.text)), textMarkup(p, false)),
      ...notesMarkup(p.corrections, `批复${p.label.text}`),
    ]),
    block(
      'div',
      { class: 'letter-annexes' },
      el('p', {}, text(letter.annexListLead.text.trim())),
      block(
        'ol',
        { id: 'annexes' },
        ...letter.annexList.map((e) => {
          const id = linked.annexList[e.number];
          const region = REGIONS.find((r) => r.slug === id);
          return el('li', { value: e.number }, region ? el('a', { href: urlFor({ kind: 'annex', region: region.slug }) }, text(e.titleText)) : text(e.titleText));
        }),
      ),
    ),
    el('p', { class: 'letter-signature' }, text(letter.signature.text)),
    el('p', { class: 'letter-date' }, text(letter.date.text)),
    letter.note ? el('p', { class: 'letter-note' }, text(letter.note.text)) : '',
  ];
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
    body: body.filter(Boolean).join('\n\n'),
  };
}

/** Every clause of one domain, grouped by region, each under its region's own section heading. */
export function domainPage(model: DocumentModel, domainSlug: string): Page {
  const domain = DOMAINS.find((d) => d.slug === domainSlug)!;
  const groups = model.annexes.map((a) => ({ annex: a, sections: a.sections.filter((s) => s.domain === domainSlug) }));
  const count = groups.reduce((n, g) => n + g.sections.reduce((m, s) => m + s.clauses.length, 0), 0);
  const body = groups.map(({ annex, sections }) =>
    block(
      'section',
      { class: 'domain-region', id: annex.region, 'aria-labelledby': `${annex.region}-h` },
      ...sections.flatMap((s, i) =>
        keepWithFirst(
          [
            ...(i === 0 ? [el('h2', { id: `${annex.region}-h` }, text(`附件${annex.number} ${annex.regionName}`))] : []),
            el('p', { class: 'domain-section' }, el('a', { href: urlFor({ kind: 'annex', region: annex.region, section: s.number }) }, text(`${s.label.text}${s.heading.text}`))),
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

/** The list of the seven domains with their clause counts per region. */
export function domainsPage(model: DocumentModel): Page {
  const rows = DOMAINS.map((d) => {
    const counts = model.annexes.map((a) => a.sections.filter((s) => s.domain === d.slug).reduce((n, s) => n + s.clauses.length, 0));
    return block(
      'li',
      {},
      el('a', { href: urlFor({ kind: 'domain', domain: d.slug }) }, text(d.label)),
      el('span', { class: 'domain-count' }, text(`${counts.reduce((a, b) => a + b, 0)}条`)),
    );
  });
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

/** Every page of the document. */
export function allPages(model: DocumentModel, linked: Linked): Page[] {
  return [
    letterPage(model, linked),
    domainsPage(model),
    ...DOMAINS.map((d) => domainPage(model, d.slug)),
    ...model.annexes.flatMap((a) => [annexPage(model, a), ...a.sections.flatMap((s) => s.clauses.map((c) => clausePage(model, a, s, c)))]),
  ];
}
