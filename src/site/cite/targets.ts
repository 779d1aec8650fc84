// The citation target of each kind of page, from the model: what the cite panel, the JSON-LD and
// the print view say about a page. `url` is the published address: absolute on the configured
// origin, or site-relative when the build has none; the panel then completes it from the address
// the page was loaded from (panel.ts), so a copied link always has a host that exists. On an English
// page the target is still the Chinese original, with the English page as its translation.

import { clauseLabelEn, clauseTitleEn } from '../../model/english.ts';
import type { Lang } from '../../model/urls.ts';
import { annexEn, english } from '../english.ts';
import { annexOf, clauseById, model, publicHref } from '../model.ts';
import type { CiteTarget, Translation } from './formats.ts';

const doc = () => ({
  docTitle: model.meta.title,
  docNumber: model.meta.docNumber,
  issuer: model.meta.issuer,
  published: model.meta.datePublished ?? model.meta.dateWritten ?? '',
});

/** The English names of the document, from the translation. */
function docEn(): Pick<Translation, 'docTitle' | 'docNumber'> {
  if (!english) throw new Error('an English page without the translation: run npm run ingest');
  return { docTitle: english.letter.title, docNumber: english.letter.docNumber };
}

/** The whole document (the approval letter with its annexes). */
export function documentTarget(lang: Lang = 'zh'): CiteTarget {
  const target: CiteTarget = { ...doc(), kind: 'document', url: publicHref({ kind: 'letter' }), key: 'guohan-2025-86' };
  if (lang === 'en') target.translation = { ...docEn(), url: publicHref({ kind: 'letter' }, 'en') };
  return target;
}

/** One annex. */
export function annexTarget(region: string, lang: Lang = 'zh'): CiteTarget {
  const annex = annexOf(region);
  const target: CiteTarget = { ...doc(), kind: 'annex', url: publicHref({ kind: 'annex', region }), key: `guohan-2025-86-${region}`, annex: annex.number, annexTitle: annex.titleText };
  if (lang === 'en') target.translation = { ...docEn(), url: publicHref({ kind: 'annex', region }, 'en'), annexTitle: annexEn(region).title };
  return target;
}

/** One clause. */
export function clauseTarget(id: string, lang: Lang = 'zh'): CiteTarget {
  const { annex, clause } = clauseById(id);
  const where = { kind: 'clause', region: clause.region, clause: clause.number } as const;
  const target: CiteTarget = {
    ...doc(),
    kind: 'clause',
    url: publicHref(where),
    key: `guohan-2025-86-${clause.id}`,
    annex: annex.number,
    annexTitle: annex.titleText,
    label: clause.labelText,
    clauseTitle: clause.title,
  };
  if (lang === 'en' && english) {
    target.translation = { ...docEn(), url: publicHref(where, 'en'), annexTitle: annexEn(clause.region).title, label: clauseLabelEn(clause.number), clauseTitle: clauseTitleEn(english, clause.region, clause.id) };
  }
  return target;
}
