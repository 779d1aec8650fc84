// What the pages read from their address, as anyone may write it: a malformed escape raises no
// error anywhere. Desktop only: what an address means does not depend on the screen.

import { describe, expect, it } from 'vitest';
import { siteOn, VIEWPORTS } from './support.ts';

describe('addresses, as anyone may write them', () => {
  const site = siteOn(VIEWPORTS.desktop);

  it('a malformed escape in the address (#%, #s%, ?q=%) raises no error on any kind of page, Chinese or English', async () => {
    const errors: string[] = [];
    const record = (e: Error) => errors.push(`${site.page.url()}: ${e.message}`);
    site.page.on('pageerror', record);
    const paths = [
      'compare/land/?pilots=beijing,chengdu#%',
      'compare/land/?pilots=beijing%2C%#%E0%A4%A',
      'compare/?pilots=%E0%A4%A,beijing#%',
      'compare/measures/?topic=%&pilots=%#%',
      `search/?q=${encodeURIComponent('土地')}%&region=%#%`,
      'search/?q=%E0%A4%A#%',
      'beijing/12/#s%',
      'beijing/12/?x=%#%E0%A4%A',
      'beijing/#%',
      'beijing/?view=%#clause-%',
      'letter/#%',
      'domains/land/#%',
      'topics/#%',
      'annex/1/12/#s%',
      'beijing/%E0%A4%A/',
      'en/#%',
      'en/beijing/12/#s%',
      'en/beijing/#%',
      'en/search/?q=%&region=%#%',
    ];
    try {
      for (const path of paths) {
        await site.page.goto(site.url + path);
        await site.page.waitForLoadState('networkidle');
        // Scrolling runs the contents' tracking; a changed fragment runs what listens to it.
        await site.page.mouse.wheel(0, 600);
        await site.page.evaluate(() => {
          location.hash = '%';
        });
        await site.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }
    } finally {
      site.page.off('pageerror', record);
    }
    expect(errors).toEqual([]);
  });

});
