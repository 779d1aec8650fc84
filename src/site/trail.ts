// Where a page sits in the site, as its breadcrumb says it: 首页 › 附件4 合肥都市圈 › 二、… › （七）.
// The last step names the page itself; the context bar of long pages repeats it as it scrolls.

import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { clauseLabelEn } from '../model/english.ts';
import { annexName, sectionHeading } from '../model/labels.ts';
import type { Lang, UrlTarget } from '../model/urls.ts';
import { annexEn, nameEn } from './english.ts';
import { annexOf, clauseById, domainOf, href } from './model.ts';
import { uiOf } from './ui.ts';

type Data = StarlightRouteData['entry']['data'];

/** One step of a breadcrumb; the page itself has no link. */
export interface Step {
  label: string;
  href?: string;
}

/** The breadcrumb of a page of each kind, from the home page; null for the home page and pages without one. */
export function trailFor(data: Data, lang: Lang = 'zh'): Step[] | null {
  const en = lang === 'en';
  const ui = uiOf(lang);
  const home = { label: ui.home, href: href({ kind: 'home' }, lang) };
  const annexStep = (region: string) => {
    const annex = annexOf(region);
    return en ? `Annex ${annex.number} ${nameEn('region', region)}` : annexName(annex);
  };
  switch (data.kind) {
    case 'clause': {
      const { annex, section, clause } = clauseById(data.id);
      const sectionStep = en ? `${section.number}. ${annexEn(annex.region).sections[section.number]}` : sectionHeading(section);
      return [home, { label: annexStep(annex.region), href: href({ kind: 'annex', region: annex.region }, lang) }, { label: sectionStep, href: href({ kind: 'annex', region: annex.region, section: section.number }, lang) }, { label: en ? clauseLabelEn(clause.number) : clause.labelText }];
    }
    case 'annex':
      return [home, { label: annexStep(data.region) }];
    case 'domain':
      return [home, { label: ui.domains, href: href({ kind: 'domains' }, lang) }, { label: en ? nameEn('domain', data.domain) : domainOf(data.domain).label }];
    case 'domains':
      return [home, { label: ui.domains }];
    case 'topics':
      return [home, { label: ui.topics }];
    case 'topic':
      return [home, { label: ui.topics, href: href({ kind: 'topics' }, lang) }, { label: data.title }];
    case 'letter':
      return [home, { label: ui.letter }];
    case 'print':
      return [home, { label: ui.fullText }];
    case 'concordance':
      return [home, { label: ui.compare, href: href({ kind: 'compare' }, lang) }, { label: en ? nameEn('domain', data.domain) : domainOf(data.domain).label }];
    default:
      return null;
  }
}

/** The address target of a generated page (its own URL in either language). */
export function pageTarget(data: Data): UrlTarget | null {
  switch (data.kind) {
    case 'letter':
      return { kind: 'letter' };
    case 'annex':
      return { kind: 'annex', region: data.region };
    case 'clause':
      return { kind: 'clause', region: data.region, clause: data.clause };
    case 'domain':
      return { kind: 'domain', domain: data.domain };
    case 'domains':
      return { kind: 'domains' };
    case 'topic':
      return { kind: 'topic', topic: data.topic };
    case 'topics':
      return { kind: 'topics' };
    case 'print':
      return { kind: 'print' };
    case 'concordance':
      return { kind: 'compare', domain: data.domain };
    case 'page':
      return data.id === 'home' ? { kind: 'home' } : data.id === 'search' ? { kind: 'search' } : data.id === 'about' ? { kind: 'about' } : data.id === 'compare' ? { kind: 'compare' } : data.id === 'measures' ? { kind: 'measures' } : null;
    default:
      return null;
  }
}

/** What the page is, in a few words (the breadcrumb's last step, else its title). */
export function pageName(data: Data, lang: Lang = 'zh'): string {
  return trailFor(data, lang)?.at(-1)?.label ?? data.title;
}
