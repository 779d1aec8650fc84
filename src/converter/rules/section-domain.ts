import { DOMAINS, matchDomains } from '../../model/tables.ts';
import { defineRule } from './rule.ts';

/** Every annex has seven sections that map, in order, onto the seven domains of the domain table (src/model/tables.ts). */
export default defineRule('section-domain', (ctx, report) => {
  const labels = DOMAINS.map((d) => d.label).join('、');
  for (const annex of ctx.model.annexes) {
    annex.sections.forEach((section, i) => {
      const expected = DOMAINS[i];
      const heading = section.heading.text;
      if (!expected) {
        report(section.label.at, `附件${annex.number} has more than ${DOMAINS.length} sections; “${section.label.text}${heading}” maps to no domain.`);
      } else if (section.domain === null) {
        const found = matchDomains(heading).map((d) => d.label);
        report(
          section.heading.at,
          found.length
            ? `“${heading}” names ${found.join(' and ')}, but section ${i + 1} must be ${expected.label}.`
            : `“${heading}” maps to no domain; section ${i + 1} must be ${expected.label}.`,
          `Section headings must name their domain (${labels}); if the wording is new, add a keyword to DOMAINS in src/model/tables.ts.`,
        );
      } else if (section.domain !== expected.slug) {
        report(section.heading.at, `“${heading}” names ${section.domain}, but section ${i + 1} must be ${expected.label}.`);
      }
    });
    if (annex.sections.length < DOMAINS.length) {
      report(annex.title.at, `附件${annex.number} has ${annex.sections.length} sections; expected ${DOMAINS.length}, one per domain (${labels}).`);
    }
  }
});
