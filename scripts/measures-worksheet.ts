// npm run measures:worksheet -- {domain}: the review worksheet of one domain, as Markdown on stdout
// (redirect it where you like; nothing is written). Part A lists the converter's proposals (groups
// of measure parts from two or more pilots, average weighted containment ≥ 0.6); part B lists every
// part of the domain's sections, pilot by pilot, with the reviewed measure it is in (if any) and its
// nearest parts elsewhere. A reader decides from it what goes into seeds/measures/{domain}.yaml
// (seeds/measures/README.md). Reads src/content/model.json: run `npm run ingest` first.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { averageLinkage, type Scored } from '../src/converter/measures/grouping.ts';
import { partsOf } from '../src/converter/measures/parts.ts';
import { containment, profile } from '../src/converter/measures/similarity.ts';
import type { SiteModel } from '../src/model/site-model.ts';
import { DOMAINS, REGIONS } from '../src/model/tables.ts';
import { placeNames } from '../src/model/wording.ts';

const domain = process.argv[2];
if (!DOMAINS.some((d) => d.slug === domain)) {
  console.error(`Usage: npm run measures:worksheet -- {domain}, one of ${DOMAINS.map((d) => d.slug).join(', ')}.`);
  process.exit(2);
}
const file = join(import.meta.dirname, '../src/content/model.json');
let site: SiteModel;
try {
  site = JSON.parse(readFileSync(file, 'utf8')) as SiteModel;
} catch {
  console.error(`${file} is missing or unreadable: run npm run ingest first.`);
  process.exit(1);
}

const parts = partsOf(site.model);
const profiles = profile(
  parts.map((p) => p.text),
  placeNames(site.model),
);
const pairs: Scored[] = [];
const near = parts.map(() => [] as { other: number; score: number }[]);
for (let a = 0; a < parts.length; a++) {
  for (let b = a + 1; b < parts.length; b++) {
    const score = containment(profiles, a, b);
    if (score >= 0.3) {
      near[a].push({ other: b, score });
      near[b].push({ other: a, score });
    }
    if (score >= 0.4) pairs.push({ a, b, score });
  }
}
const group = averageLinkage(parts.length, pairs, 0.6);
const members = new Map<number, number[]>();
group.forEach((g, i) => members.set(g, [...(members.get(g) ?? []), i]));
const pilotsOf = (g: number[]) => new Set(g.map((i) => parts[i].region)).size;
const mostly = (g: number[]) => {
  const count = new Map<string, number>();
  for (const i of g) count.set(parts[i].domain, (count.get(parts[i].domain) ?? 0) + 1);
  return [...count].sort((x, y) => y[1] - x[1])[0][0];
};
const proposals = [...members.values()].filter((g) => pilotsOf(g) > 1 && mostly(g) === domain).sort((x, y) => pilotsOf(y) - pilotsOf(x));

// The reviewed measures each part is in now: those quoting its sentence where the quote and the part overlap.
const quotes = new Map<string, { id: string; text: string }[]>();
for (const m of site.comparison.measures) for (const c of m.cells) quotes.set(`${c.clause}#s${c.sentence}`, [...(quotes.get(`${c.clause}#s${c.sentence}`) ?? []), { id: m.id, text: c.text }]);
const short = new Map(REGIONS.map((r) => [r.slug, r.short]));
const line = (i: number) => {
  const p = parts[i];
  const ref = `${p.clause}#s${p.sentence}`;
  const now = (quotes.get(ref) ?? []).filter((q) => q.text.includes(p.text) || p.text.includes(q.text)).map((q) => q.id);
  return `\`${ref}\` (${short.get(p.region)}${p.domain !== domain ? `, ${p.domain}` : ''}) ${p.text}${now.length ? `  〔now: ${[...new Set(now)].join(', ')}〕` : ''}`;
};

const label = DOMAINS.find((d) => d.slug === domain)!.label;
const out: string[] = [`# ${label} (${domain}): measure proposals for review`, '', `${parts.filter((p) => p.domain === domain).length} measure parts in this domain's sections (clause titles excluded). Scores are weighted containment, 0–1 (src/converter/measures/similarity.ts); 〔now: id〕 is the reviewed measure the sentence has a part in.`, '', '## A. Proposed measures (parts of two or more pilots, average containment ≥ 0.6)', ''];
proposals.forEach((g, k) => out.push(`### P${k + 1}: ${pilotsOf(g)} pilots`, '', ...g.map((i) => `- ${line(i)}`), ''));
out.push('## B. Every part, pilot by pilot, with its nearest parts of other pilots (containment ≥ 0.3, best 4) outside its proposal', '');
for (const r of REGIONS) {
  out.push(`### ${r.short}`, '');
  parts.forEach((p, i) => {
    if (p.domain !== domain || p.region !== r.slug) return;
    const k = proposals.findIndex((g) => g.includes(i));
    out.push(`- ${line(i)}${k >= 0 ? `  **[P${k + 1}]**` : ''}`);
    for (const c of near[i].filter((c) => parts[c.other].region !== r.slug && group[c.other] !== group[i]).sort((x, y) => y.score - x.score).slice(0, 4)) out.push(`  - ${c.score.toFixed(2)} ${line(c.other)}`);
  });
  out.push('');
}
// A reader that stops early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
process.stdout.write(out.join('\n') + '\n');
