// /search-corpus.json: everything the exact search pass looks through (see site/search/corpus.ts).

import type { APIRoute } from 'astro';
import { paragraphId } from '../model/ids.ts';
import { annexLabel, clauseRef } from '../model/labels.ts';
import { namesOfPilots, SEARCH_PLACE_NAMES } from '../model/places.ts';
import { DOMAINS } from '../model/tables.ts';
import { correctedText, foldWidth } from '../model/text.ts';
import { clauseCount } from '../model/walk.ts';
import type { Corpus } from '../site/search/corpus.ts';
import { deriveVariants, serializeVariants } from '../site/search/build/variants.ts';
import { annexOf, href, model, PILOTS, site } from '../site/model.ts';

export const GET: APIRoute = () => {
  const names = namesOfPilots(PILOTS, (slug) => annexOf(slug).scope?.text ?? '');
  // A name of one pilot joins its names; a name of several is a group (search/reading.ts).
  for (const extra of SEARCH_PLACE_NAMES) if (extra.slugs.length === 1) names.get(extra.slugs[0])!.push(extra.name);
  const corpus: Corpus = {
    regions: PILOTS.map((r) => ({ slug: r.slug, name: r.name, annex: r.annex, clauses: clauseCount(annexOf(r.slug)), names: names.get(r.slug)! })),
    heads: [model.letter.titleText, ...model.annexes.map((a) => a.titleText)],
    groups: SEARCH_PLACE_NAMES.filter((g) => g.slugs.length > 1).map((g) => ({ name: g.name, slugs: [...g.slugs] })),
    domains: DOMAINS.map((d) => ({ slug: d.slug, label: d.label })),
    topics: site.topics.map((t) => ({ slug: t.slug, label: t.label, phrases: t.phrases })),
    entries: [
      ...model.letter.paragraphs.map((p) => ({
        id: paragraphId(p.number),
        kind: 'paragraph' as const,
        url: href({ kind: 'letter', paragraph: p.number }),
        region: '',
        domain: '',
        label: `批复${p.label.text.replace('、', '')}`,
        title: p.sentences[0]?.text ?? '',
        text: p.text,
        ...(p.corrections.length ? { corrected: correctedText(p) } : {}),
      })),
      ...model.annexes.flatMap((a) => [
        ...(a.scope
          ? [{ id: `${a.region}-scope`, kind: 'scope' as const, url: href({ kind: 'annex', region: a.region }), region: a.region, domain: '', label: annexLabel(a.number), title: '试点范围', text: a.scope.text }]
          : []),
        ...a.sections.flatMap((s) =>
          s.clauses.map((c) => ({
            id: c.id,
            kind: 'clause' as const,
            url: href({ kind: 'clause', region: c.region, clause: c.number }),
            region: c.region,
            domain: c.domain,
            label: clauseRef(c),
            title: c.title,
            text: c.text,
            ...(c.corrections.length ? { corrected: correctedText(c) } : {}),
            ...(c.topics.length ? { topics: c.topics } : {}),
          })),
        ),
      ]),
    ],
    variants: '',
  };
  // Only characters whose simplified form the corpus has can matter (search/variants.ts).
  const chars = new Set<string>();
  for (const e of corpus.entries) for (const ch of foldWidth(`${e.title}${e.text}${e.corrected ?? ''}`)) chars.add(ch);
  corpus.variants = serializeVariants(deriveVariants(chars));
  return new Response(JSON.stringify(corpus), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
