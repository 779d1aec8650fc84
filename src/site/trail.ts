// Where a page sits in the site, as its breadcrumb says it: 首页 › 附件4 合肥都市圈 › 二、… › （七）.
// The last step names the page itself; the context bar of long pages repeats it as it scrolls.

import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { annexName, sectionHeading } from '../model/labels.ts';
import { annexOf, clauseById, domainOf, href } from './model.ts';

type Data = StarlightRouteData['entry']['data'];

/** One step of a breadcrumb; the page itself has no link. */
export interface Step {
  label: string;
  href?: string;
}

/** The breadcrumb of a page of each kind, from 首页; null for the home page and pages without one. */
export function trailFor(data: Data): Step[] | null {
  const home = { label: '首页', href: href({ kind: 'home' }) };
  switch (data.kind) {
    case 'clause': {
      const { annex, section, clause } = clauseById(data.id);
      return [home, { label: annexName(annex), href: href({ kind: 'annex', region: annex.region }) }, { label: sectionHeading(section), href: href({ kind: 'annex', region: annex.region, section: section.number }) }, { label: clause.labelText }];
    }
    case 'annex':
      return [home, { label: annexName(annexOf(data.region)) }];
    case 'domain':
      return [home, { label: '七类要素', href: href({ kind: 'domains' }) }, { label: domainOf(data.domain).label }];
    case 'domains':
      return [home, { label: '七类要素' }];
    case 'topics':
      return [home, { label: '政策主题' }];
    case 'topic':
      return [home, { label: '政策主题', href: href({ kind: 'topics' }) }, { label: data.title }];
    case 'letter':
      return [home, { label: '国务院批复' }];
    case 'print':
      return [home, { label: '全文' }];
    case 'concordance':
      return [home, { label: '试点对照', href: href({ kind: 'compare' }) }, { label: domainOf(data.domain).label }];
    default:
      return null;
  }
}

/** What the page is, in a few words (the breadcrumb's last step, else its title). */
export function pageName(data: Data): string {
  return trailFor(data)?.at(-1)?.label ?? data.title;
}
