import { REGIONS, regionByAnnex } from '../../model/tables.ts';
import { defineRule, quote } from './rule.ts';

/** Annex N is the pilot the region table gives for N, and its title names that pilot. */
export default defineRule('annex-region', (ctx, report) => {
  for (const annex of ctx.model.annexes) {
    const region = regionByAnnex(annex.number);
    if (!region) {
      report((annex.marker ?? annex.title).at, `附件${annex.number} has no region; the table has ${REGIONS.length}.`, 'Add the region to REGIONS in src/model/tables.ts (a public contract).');
    } else if (!annex.titleText.startsWith(region.name)) {
      report(annex.title.at, `the title of 附件${annex.number}, ${quote(annex.titleText, 40)}, does not name ${region.name}.`);
    }
  }
});
