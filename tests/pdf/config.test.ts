// When the build makes PDFs and for which address: the Noto CJK faces must be found and SKIP_PDF
// unset; without SITE_URL there is no origin, so the PDFs never print or link a made-up host.

import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployment, findPdfFonts, PDF_FONT_FILES, pdfEnabled } from '../../src/site-config.ts';

describe('making PDFs', () => {
  it('looks for the faces in CJK_FONT_DIR first', () => {
    const installed = findPdfFonts({});
    if (!installed) throw new Error('The Noto CJK faces are missing: install fonts-noto-cjk.');
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    try {
      installed.forEach((path, i) => symlinkSync(path, join(dir, PDF_FONT_FILES[i])));
      expect(findPdfFonts({ CJK_FONT_DIR: dir })).toEqual(PDF_FONT_FILES.map((f) => join(dir, f)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('happens when the faces are there, unless SKIP_PDF=1', () => {
    expect(pdfEnabled({})).toBe(true);
    expect(pdfEnabled({ SKIP_PDF: '1' })).toBe(false);
  });

  it('has no origin without SITE_URL, and the configured one without its trailing slash', () => {
    expect(deployment({}).origin).toBeNull();
    expect(deployment({ SITE_URL: '' }).origin).toBeNull();
    expect(deployment({ SITE_URL: 'https://example.org/' }).origin).toBe('https://example.org');
  });
});
