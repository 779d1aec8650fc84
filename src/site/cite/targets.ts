// The citation target of each kind of page, from the model: what the cite panel, the JSON-LD and
// the print view say about a page. `url` is the published address: absolute on the configured
// origin, or site-relative when the build has none; the panel then completes it from the address
// the page was loaded from (panel.ts), so a copied link always has a host that exists.

import { annexOf, clauseById, model, publicHref } from '../model.ts';
import type { CiteTarget } from './formats.ts';

const doc = () => ({
  docTitle: model.meta.title,
  docNumber: model.meta.docNumber,
  issuer: model.meta.issuer,
  published: model.meta.datePublished ?? model.meta.dateWritten ?? '',
});

/** The whole document (the approval letter with its annexes). */
export function documentTarget(): CiteTarget {
  return { ...doc(), kind: 'document', url: publicHref({ kind: 'letter' }), key: 'guohan-2025-86' };
}

/** One annex. */
export function annexTarget(region: string): CiteTarget {
  const annex = annexOf(region);
  return { ...doc(), kind: 'annex', url: publicHref({ kind: 'annex', region }), key: `guohan-2025-86-${region}`, annex: annex.number, annexTitle: annex.titleText };
}

/** One clause. */
export function clauseTarget(id: string): CiteTarget {
  const { annex, clause } = clauseById(id);
  return {
    ...doc(),
    kind: 'clause',
    url: publicHref({ kind: 'clause', region: clause.region, clause: clause.number }),
    key: `guohan-2025-86-${clause.id}`,
    annex: annex.number,
    annexTitle: annex.titleText,
    label: clause.labelText,
    clauseTitle: clause.title,
  };
}
