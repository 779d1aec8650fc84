// Reads what people type or paste to name a clause (附件3（十二）, 杭甬温 第十二条, hangyongwen 12,
// 国函〔2025〕86号 附件8 （五）, a whole footnote citation) and says where it points, or why it
// cannot point anywhere. Used by the header's quick search and the "go to clause" box.

import { annexLabel, annexName } from '../../model/labels.ts';
import { parseChineseNumeral } from '../../model/numerals.ts';
import { foldWidth } from '../../model/text.ts';

/** What the parser needs to know about a region. */
export interface RefRegion {
  slug: string;
  name: string;
  annex: number;
  clauses: number;
  /** Every name that stands for the pilot, its own first (model/places.ts): 北京, 苏南, 大湾区, 杭州, 通州 … */
  names: readonly string[];
}

export type ClauseRef =
  | { ok: true; region: string; annex: number; clause: number | null }
  | { ok: false; message: string };

const NUMERAL = '[0-9〇零一二两三四五六七八九十百]+';

/**
 * True when the text names an annex by its number (附件三, annex 3). A reference with neither that
 * nor a clause number names only a pilot or a place (宁波, beijing): it points at the plan, but what
 * the reader typed is a place, not a clause reference.
 */
export function namesAnnex(input: string): boolean {
  return new RegExp(`(?:附件|annex\\s*)${NUMERAL}`, 'i').test(foldWidth(input));
}

/** The longest reference worth reading: a whole pasted footnote citation is about 110 characters. */
const LONGEST = 300;

const namesByLength = new WeakMap<readonly RefRegion[], { n: string; r: RefRegion }[]>();

/** Every name, alias and slug of the regions with its region, longest first; made once per list. */
function longestFirst(regions: readonly RefRegion[]): { n: string; r: RefRegion }[] {
  let names = namesByLength.get(regions);
  if (!names) {
    names = regions.flatMap((r) => [...r.names, r.slug].map((n) => ({ n, r }))).sort((a, b) => b.n.length - a.n.length);
    namesByLength.set(regions, names);
  }
  return names;
}

function number(s: string): number | undefined {
  return parseChineseNumeral(s);
}

/**
 * Parses a clause reference. Returns null when the text does not look like one (then it is a
 * search), a target when it does, and a message when it names something that does not exist.
 */
export function parseClauseRef(input: string, regions: readonly RefRegion[]): ClauseRef | null {
  // Longer input is prose, not a reference: never parse it (patterns stay cheap on any input).
  if (input.length > LONGEST) return null;
  // Width and case folded (９ and ｂｅｉｊｉｎｇ read as 9 and beijing), whitespace runs as one space.
  // The document's own name and number add nothing: every reference is to this document.
  let s = foldWidth(input)
    .replace(/\s+/g, ' ')
    .replace(/国函\s*[〔[(（]\s*2025\s*[〕\])）]\s*86\s*号/g, ' ')
    .replace(/《国务院关于[^》]*批复》/g, ' ')
    .trim();
  if (!s) return null;

  let annex: number | undefined;
  let region: RefRegion | undefined;
  const byAnnex = new RegExp(`(?:附件|annex\\s*)(${NUMERAL})`, 'i').exec(s);
  if (byAnnex) {
    annex = number(byAnnex[1]);
    s = s.replace(byAnnex[0], ' ');
    if (annex === undefined) return { ok: false, message: `无法读懂附件编号“${byAnnex[1]}”。` };
    if (annex < 1 || annex > regions.length) return { ok: false, message: `没有${annexLabel(annex)}：本批复共${regions.length}个附件。` };
  }
  // The longest name or alias that occurs wins (粤港澳大湾区内地九市 before 大湾区).
  const named = longestFirst(regions).find(({ n }) => (/^[a-z]+$/.test(n) ? new RegExp(`\\b${n}\\b`, 'i').test(s) : s.includes(n)));
  if (named) {
    region = named.r;
    s = s.replace(/《[^》]*》/g, ' ').replace(new RegExp(named.n, 'i'), ' ');
  }
  if (annex !== undefined) {
    const fromAnnex = regions.find((r) => r.annex === annex)!;
    if (region && region !== fromAnnex) return { ok: false, message: `${annexLabel(annex)}是${fromAnnex.name}，不是${region.name}。` };
    region = fromAnnex;
  }
  if (!region) return null;
  s = s.replace(/《[^》]*》/g, ' ');

  // What is left should be the clause number, in any of its written forms, or nothing.
  const clauseMatch =
    new RegExp(`第\\s*[（(]?\\s*(${NUMERAL})\\s*[）)]?\\s*条`).exec(s) ??
    new RegExp(`[（(]\\s*(${NUMERAL})\\s*[）)]`).exec(s) ??
    new RegExp(`(?:^|[\\s/#-])(${NUMERAL})\\s*/?\\s*$`).exec(s.trim());
  const rest = clauseMatch ? s.replace(clauseMatch[0], ' ') : s;
  if (!clauseMatch) {
    // A region alone is a reference to its annex; anything else left over makes it a search.
    return /^[\s,，、·/#-]*$/.test(rest) ? { ok: true, region: region.slug, annex: region.annex, clause: null } : null;
  }
  const n = number(clauseMatch[1]);
  if (n === undefined || n < 1) return { ok: false, message: `无法读懂条款编号“${clauseMatch[1]}”。` };
  if (n > region.clauses) {
    return { ok: false, message: `${annexName({ number: region.annex, regionName: region.name })}共${region.clauses}条，没有第${n}条。` };
  }
  return { ok: true, region: region.slug, annex: region.annex, clause: n };
}
