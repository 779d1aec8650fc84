// The fragment ids of the document's parts on its pages, written once: the URL function links to
// them (urls.ts) and the components that set the text put them on its elements. On the page that
// holds the whole document (/print/), a part of an annex carries its region (beijing-clause-12),
// since every annex has a section 1 and a clause 1.

/** Sentence k of a clause, on the clause's own page: s3. */
export const sentenceAnchor = (k: number) => `s${k}`;

/** Paragraph n of the approval letter: p2. */
export const paragraphAnchor = (n: number) => `p${n}`;

/** Section n of an annex: section-5. */
export const sectionAnchor = (n: number) => `section-${n}`;

/** Clause n of an annex: clause-12. */
export const clauseAnchor = (n: number) => `clause-${n}`;

/** The editorial note explaining correction `id` (ids are unique in the document): note-dawanqu-2-he. */
export const noteAnchor = (id: string) => `note-${id}`;

/** The letter's list of annexes. */
export const ANNEX_LIST_ANCHOR = 'annexes';

/** The annex scope sentence on an annex page. */
export const SCOPE_ANCHOR = 'scope';

/** Annex n on the whole-document page: annex-3. */
export const annexAnchor = (n: number) => `annex-${n}`;

/** The letter on the whole-document page. */
export const LETTER_ANCHOR = 'letter';

/** An anchor of one annex's page as it stands on the whole-document page: beijing-clause-12. */
export const withinPrint = (region: string, anchor: string) => `${region}-${anchor}`;

/** The letter's anchors on the whole-document page: letter-p2. */
export const letterWithinPrint = (anchor: string) => `${LETTER_ANCHOR}-${anchor}`;

/** The id of the heading that names a section or article: section-5-h. */
export const headingOf = (anchor: string) => `${anchor}-h`;
