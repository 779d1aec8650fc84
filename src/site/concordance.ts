// The concordance as the compare pages read it (src/model/concordance.ts): a domain's rows grouped
// by how many pilots share them, what each pilot has in a domain (shared measures, its own
// sentences), and how a sentence is cited on the page (（五）第2句, linking /{region}/{n}/#s{k}).

import { rowPilots, type Concordance, type ConcordanceCell, type ConcordanceRow } from '../model/concordance.ts';
import { clauseLabel } from '../model/numerals.ts';
import { ellipsis } from '../model/text.ts';
import { clauseById, href, site } from './model.ts';

/** The concordance of one domain (every domain slug of the model has one). */
export function concordanceOf(domain: string): Concordance {
  const found = site.concordance.find((c) => c.domain === domain);
  if (!found) throw new Error(`no concordance for ${domain}: is src/content/model.json current? Run npm run ingest.`);
  return found;
}

/** A domain's rows by how many pilots share them, most first (the order rows already have). */
export function rowGroups(c: Concordance): { pilots: number; rows: ConcordanceRow[] }[] {
  const groups: { pilots: number; rows: ConcordanceRow[] }[] = [];
  for (const row of c.rows) {
    const n = rowPilots(row).length;
    const last = groups.at(-1);
    if (last && last.pilots === n) last.rows.push(row);
    else groups.push({ pilots: n, rows: [row] });
  }
  return groups;
}

/** What one pilot has in one domain: the shared measures it takes part in, and its own sentences. */
export function pilotInDomain(c: Concordance, region: string): { measures: number; own: number } {
  return { measures: c.rows.filter((r) => r.cells.some((x) => x.region === region)).length, own: c.distinctive[region]?.length ?? 0 };
}

/** Where a sentence is, as the page cites it: （五）标题 or （五）第2句, and its address. */
export function sentenceRef(cell: Pick<ConcordanceCell, 'clause' | 'sentence'>): { href: string; label: string } {
  const { clause } = clauseById(cell.clause);
  const label = `${clauseLabel(clause.number)}${cell.sentence === 1 ? '标题' : `第${cell.sentence}句`}`;
  return { href: href({ kind: 'clause', region: clause.region, clause: clause.number, sentence: cell.sentence }), label };
}

/** A row's name for headings and contents: its reference wording, without the closing mark, cut at `max` characters. */
export function rowName(row: ConcordanceRow, max = 28): string {
  return ellipsis(row.reference.replace(/[。！？；，、\s]+$/u, ''), max);
}
