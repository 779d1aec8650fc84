// Stage 4, validate: the rule list, in the order their findings are easiest to read: structure first, then numbering,
// then mapping, then the repairs.

import annexCount from './annex-count.ts';
import annexMarkerMissing from './annex-marker-missing.ts';
import annexRegion from './annex-region.ts';
import annexScopeMissing from './annex-scope-missing.ts';
import annexTitleUnmatched from './annex-title-unmatched.ts';
import clauseLabelHalfwidth from './clause-label-halfwidth.ts';
import clauseNumberSequence from './clause-number-sequence.ts';
import clauseTitleMissing from './clause-title-missing.ts';
import footerFieldMissing from './footer-field-missing.ts';
import footerKeySpace from './footer-key-space.ts';
import latinWord from './latin-word.ts';
import letterStructure from './letter-structure.ts';
import pageBreakJoin from './page-break-join.ts';
import sectionDomain from './section-domain.ts';
import sectionEmpty from './section-empty.ts';
import sectionNumberSequence from './section-number-sequence.ts';
import textOutsideStructure from './text-outside-structure.ts';
import titleSpace from './title-space.ts';
import type { Rule, RuleContext } from './rule.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';

/** Every validation rule; a new rule is a new file plus one line here. */
export const RULES: readonly Rule[] = [
  letterStructure,
  textOutsideStructure,
  annexCount,
  annexTitleUnmatched,
  annexRegion,
  annexScopeMissing,
  sectionNumberSequence,
  sectionDomain,
  sectionEmpty,
  clauseNumberSequence,
  clauseTitleMissing,
  pageBreakJoin,
  titleSpace,
  annexMarkerMissing,
  latinWord,
  clauseLabelHalfwidth,
  footerKeySpace,
  footerFieldMissing,
];

/** Runs every rule over the model. */
export function validate(ctx: RuleContext): Diagnostic[] {
  return RULES.flatMap((rule) => rule.check(ctx));
}
