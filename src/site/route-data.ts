// Starlight route middleware: adapts each page's route data to its kind (from the generated
// frontmatter). Titles name region and clause; the table of contents lists what the page holds
// (sections and clauses of an annex, regions of a domain); pages without one get none.

import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { jsonLdFor } from './json-ld.ts';
import { absoluteHref, annexOf, clauseById, domainOf, DOMAINS, model, site } from './model.ts';

type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];
const item = (slug: string, text: string, children: TocItem[] = [], depth = 2): TocItem => ({ depth, slug, text, children });

/** The <title> of a page of each kind. */
function titleFor(data: StarlightRouteData['entry']['data'], siteTitle: string): string | undefined {
  switch (data.kind) {
    case 'clause': {
      const { annex } = clauseById(data.id);
      return `${data.regionName}${data.label}${data.clauseTitle} · 附件${annex.number} | ${siteTitle}`;
    }
    case 'annex':
      return `附件${data.annex} ${data.regionName}实施方案 | ${siteTitle}`;
    case 'domain':
      return `${domainOf(data.domain).label}：十个试点的条款对照 | ${siteTitle}`;
    case 'letter':
      return `${model.letter.titleText}（${data.docNumber}）`;
    case 'topic':
      return `${data.title}：十个试点的相关条款 | ${siteTitle}`;
    default:
      return undefined;
  }
}

function tocFor(data: StarlightRouteData['entry']['data']): TocItem[] | undefined {
  switch (data.kind) {
    case 'annex':
      return annexOf(data.region).sections.map((s) =>
        item(`section-${s.number}`, `${s.label.text}${s.heading.text}`, s.clauses.map((c) => item(`clause-${c.number}`, `${c.labelText}${c.title}`, [], 3))),
      );
    case 'domain':
      return model.annexes.map((a) => item(a.region, `附件${a.number} ${a.regionName}`));
    case 'topic':
      return model.annexes.filter((a) => a.sections.some((s) => s.clauses.some((c) => c.topics.includes(data.topic)))).map((a) => item(a.region, `附件${a.number} ${a.regionName}`));
    case 'topics':
      return DOMAINS.filter((d) => site.topics.some((t) => t.domain === d.slug)).map((d) => item(d.slug, d.label));
    case 'letter':
      return [
        ...model.letter.paragraphs.map((p) => item(`p${p.number}`, `${p.label.text}${p.sentences[0]?.slice(0, 12) ?? ''}…`)),
        item('annexes', '附件'),
      ];
    case 'clause':
      // The clause page shows its annex's contents instead (see components/TableOfContents.astro).
      return [];
    default:
      return undefined;
  }
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const data = route.entry.data;
  const title = titleFor(data, route.siteTitle);
  if (title) {
    for (const tag of route.head) {
      if (tag.tag === 'title') tag.content = title;
      if (tag.tag === 'meta' && tag.attrs?.property === 'og:title') tag.attrs.content = title.replace(/ \| .*$/, '');
    }
  }
  const ld = jsonLdFor(data as { kind: string; id: string; region?: string });
  if (ld) route.head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: ld });
  // Shared links preview with the site's card (public/og.png, 1200×630).
  const image = absoluteHref({ kind: 'asset', path: 'og.png' });
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image }, content: '' },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: `${model.meta.docNumber} 要素市场化配置综合改革试点` }, content: '' },
  );
  const items = tocFor(data);
  route.toc = items ? { minHeadingLevel: 2, maxHeadingLevel: 3, items } : undefined;
});
