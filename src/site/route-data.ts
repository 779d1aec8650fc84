// Starlight route middleware: adapts each page's route data to its kind (from the generated
// frontmatter). Titles name region and clause, and are escaped (Starlight writes head entries as
// HTML); canonical and social metadata use the published address; the table of contents lists what
// the page holds (sections and clauses of an annex, regions of a domain); pages without one get none.

import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { domainId } from '../model/ids.ts';
import { annexLabel, annexName, clauseHeading, sectionHeading } from '../model/labels.ts';
import { DOMAINS } from '../model/tables.ts';
import { clausesWithTopic } from '../model/walk.ts';
import { META_CONTENT_SECURITY_POLICY } from '../site-config.ts';
import { firstWords } from '../model/words.ts';
import { toChineseNumeral } from '../model/numerals.ts';
import { counterpart } from './counterpart.ts';
import { annexEn, clauseHeadingEn, english, nameEn } from './english.ts';
import { escapeHtml } from './html.ts';
import { jsonLdFor } from './json-ld.ts';
import { domainMeasures, ownOf, pilotGroups } from './compare.ts';
import { annexOf, clauseById, deployed, href, labelOf, model, PILOTS, publicHref, site } from './model.ts';
import pagesSheet from '../styles/pages.css?url&no-inline';

type Data = StarlightRouteData['entry']['data'];
type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];
const item = (slug: string, text: string, children: TocItem[] = [], depth = 2): TocItem => ({ depth, slug, text, children });

/** The <title> of an English page of each kind, as text. */
function titleEn(data: Data, siteTitle: string): string {
  const tail = `${siteTitle} (unofficial English translation)`;
  switch (data.kind) {
    case 'clause': {
      const { clause } = clauseById(data.id);
      return `${nameEn('region', clause.region)} ${clauseHeadingEn(clause)} · Annex ${clause.annex} | ${tail}`;
    }
    case 'annex':
      return `Annex ${annexOf(data.region).number}: ${data.title} | ${tail}`;
    case 'domain':
      return `${data.title}: the clauses of the ${PILOTS.length} pilots | ${tail}`;
    case 'letter':
      return `${data.title} (${model.letter.docNumber.text}) | ${tail}`;
    case 'topic':
      return `${data.title}: the clauses of the ${PILOTS.length} pilots | ${tail}`;
    default:
      return `${data.title} | ${tail}`;
  }
}

/** The <title> of a page of each kind, as text. */
function titleFor(data: Data, siteTitle: string): string {
  switch (data.kind) {
    case 'clause': {
      const { clause } = clauseById(data.id);
      return `${clause.regionName}${clause.labelText}${clause.title} · ${annexLabel(clause.annex)} | ${siteTitle}`;
    }
    case 'annex': {
      const annex = annexOf(data.region);
      return `${annexLabel(annex.number)} ${annex.regionName}实施方案 | ${siteTitle}`;
    }
    case 'domain':
      return `${labelOf(domainId(data.domain))}：${toChineseNumeral(PILOTS.length)}个试点的条款对照 | ${siteTitle}`;
    case 'letter':
      return `${model.letter.titleText}（${model.letter.docNumber.text}）`;
    case 'topic':
      return `${data.title}：${toChineseNumeral(PILOTS.length)}个试点的相关条款 | ${siteTitle}`;
    default:
      return `${data.title} | ${siteTitle}`;
  }
}

function tocFor(data: Data, en: boolean): TocItem[] | undefined {
  switch (data.kind) {
    case 'annex':
      return annexOf(data.region).sections.map((s) =>
        item(
          `section-${s.number}`,
          en ? `${s.number}. ${annexEn(data.region).sections[s.number]}` : sectionHeading(s),
          s.clauses.map((c) => item(`clause-${c.number}`, en ? clauseHeadingEn(c) : clauseHeading(c), [], 3)),
        ),
      );
    case 'domain':
      return model.annexes.map((a) => item(a.region, en ? `Annex ${a.number} ${nameEn('region', a.region)}` : annexName(a)));
    case 'topic':
      return model.annexes.filter((a) => clausesWithTopic(a, data.topic).length > 0).map((a) => item(a.region, en ? `Annex ${a.number} ${nameEn('region', a.region)}` : annexName(a)));
    case 'topics':
      return DOMAINS.filter((d) => site.topics.some((t) => t.domain === d.slug)).map((d) => item(d.slug, en ? nameEn('domain', d.slug) : d.label));
    case 'letter':
      return [
        ...model.letter.paragraphs.map((p) => item(`p${p.number}`, en ? `${p.number}. ${firstWordsEn(english!.letter.paragraphs[p.number]?.[0] ?? '', 6)}…` : `${p.label.text}${firstWords(p.sentences[0]?.text ?? '', 12)}…`)),
        item('annexes', en ? 'Annexes' : '附件'),
      ];
    case 'print':
      return [
        item('letter', en ? english!.letter.title : labelOf('letter')),
        ...model.annexes.map((a) => item(`annex-${a.number}`, en ? `Annex ${a.number} ${nameEn('region', a.region)}` : annexName(a), a.sections.map((s) => item(`${a.region}-section-${s.number}`, en ? `${s.number}. ${annexEn(a.region).sections[s.number]}` : sectionHeading(s), [], 3)))),
      ];
    case 'concordance': {
      const measures = domainMeasures(data.domain);
      return en
        ? [
            item('measures', `Shared measures (${measures.length})`, pilotGroups(measures).map((g) => item(`pilots-${g.pilots}`, `${g.pilots} pilots (${g.measures.length})`, [], 3))),
            item('distinctive', 'Not found in the other plans', PILOTS.map((r) => item(`own-${r.slug}`, `${nameEn('region', r.slug)} (${ownOf(r.slug, data.domain).length})`, [], 3))),
          ]
        : [
            item('measures', `共同举措（${measures.length}项）`, pilotGroups(measures).map((g) => item(`pilots-${g.pilots}`, `${g.pilots}个试点（${g.measures.length}项）`, [], 3))),
            item('distinctive', '未找到相近表述的内容', PILOTS.map((r) => item(`own-${r.slug}`, `${r.name}（${ownOf(r.slug, data.domain).length}处）`, [], 3))),
          ];
    }
    case 'clause':
      // The clause page shows its annex's contents instead (components/starlight/PageSidebar.astro).
      return [];
    default:
      return undefined;
  }
}

/** The first words of an English text, up to `max` of them. */
function firstWordsEn(text: string, max: number): string {
  return text.split(/\s+/).slice(0, max).join(' ').replace(/[,;:.]$/, '');
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const data = route.entry.data;
  const en = route.locale === 'en';
  const title = en ? titleEn(data, route.siteTitle) : titleFor(data, route.siteTitle);
  const notFound = data.kind === 'page' && data.id === '404';
  for (const tag of route.head) {
    if (tag.tag === 'title') tag.content = escapeHtml(title);
    if (tag.tag === 'meta' && tag.attrs?.property === 'og:title') tag.attrs.content = title.replace(/ \| [^|]*$/, '');
  }
  if (notFound) {
    // The 404 page is served at any address: it has no address of its own to be canonical for.
    route.head = route.head.filter((t) => !(t.tag === 'link' && t.attrs?.rel === 'canonical') && t.attrs?.property !== 'og:url');
    route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, content: '' });
  }
  // No page names the software and versions that built it (Starlight's generator tags): that tells
  // a reader nothing, and an attacker which versions to try.
  route.head = route.head.filter((t) => !(t.tag === 'meta' && t.attrs?.name === 'generator'));
  // Without a configured origin Starlight writes no canonical link, and neither do we: a canonical
  // address must be absolute, and the build does not know the host.
  // The policy travels with every page, for hosts that cannot send it as a header; right after the
  // charset, since a <meta> policy covers only what follows it.
  const charset = route.head.findIndex((t) => t.tag === 'meta' && t.attrs?.charset);
  route.head.splice(charset + 1, 0, { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, content: '' });
  // What every page but a clause page adds to the site's stylesheet (src/styles/pages.css): a clause
  // page, where most links land, loads only what it shows.
  if (data.kind !== 'clause') route.head.push({ tag: 'link', attrs: { rel: 'stylesheet', href: pagesSheet }, content: '' });
  // The whole document says, before anything is laid out, how it was opened: at its top (a link or
  // a typed address without a #fragment) marks <html data-arrival="top">; at an address inside
  // it, a reload or a return through the history (where the browser restores a place) marks
  // nothing. Opened at its top, it lays out its clauses as the reader reaches them; opened lower
  // down, everything first, so that text estimated at a guessed height never moves under the
  // reader's eyes (src/styles/lists.css). A tiny blocking script file (public/arrival.js, written
  // minified and explained here), not inline, under the site's Content-Security-Policy, and on this
  // page only: no other page pays for it.
  if (data.kind === 'print') route.head.push({ tag: 'script', attrs: { src: href({ kind: 'asset', path: 'arrival.js' }) }, content: '' });
  const ld = jsonLdFor(data as { kind: string; id: string; region?: string });
  if (ld) route.head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: ld });
  if (deployed.origin) {
    // Shared links preview with the site's card (public/og.png, 1200×630); OpenGraph wants an absolute URL.
    route.head.push(
      { tag: 'meta', attrs: { property: 'og:image', content: publicHref({ kind: 'asset', path: 'og.png' }) }, content: '' },
      { tag: 'meta', attrs: { property: 'og:image:alt', content: `${model.meta.docNumber} 要素市场化配置综合改革试点` }, content: '' },
    );
  }
  // The same page in the other language, both ways (hreflang), where it has one.
  if (english) {
    const path = context.url.pathname;
    const other = counterpart(path, en ? 'en' : 'zh', en ? 'zh' : 'en', deployed.base, true);
    if (other.same && !notFound) {
      const absolute = (p: string) => (deployed.origin ? deployed.origin + p : p);
      const zh = en ? other.href : path;
      const enPath = en ? path : other.href;
      route.head.push(
        { tag: 'link', attrs: { rel: 'alternate', hreflang: 'zh-CN', href: absolute(zh) }, content: '' },
        { tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: absolute(enPath) }, content: '' },
        { tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: absolute(zh) }, content: '' },
      );
    }
  }
  const items = tocFor(data, en);
  route.toc = items ? { minHeadingLevel: 2, maxHeadingLevel: 3, items } : undefined;
});
