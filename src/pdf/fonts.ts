// The faces the PDFs are set in, and where a machine keeps them. Typst embeds these OpenType/CFF
// collections as compact CID subsets; without them the build makes no PDFs rather than setting
// the text in whatever face happens to be installed.

import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The font collections the template names: body text, headings, and the running header and footer. */
export const PDF_FONT_FILES = ['NotoSerifCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc', 'NotoSansCJK-Regular.ttc'] as const;

/** Where distributions install Noto CJK (Debian and Ubuntu first, then Fedora, Arch, and by hand). */
const FONT_DIRS = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/google-noto-cjk', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/noto', '/usr/local/share/fonts'];

/**
 * The paths of every face the PDFs need, from CJK_FONT_DIR or the usual folders (each file may sit
 * in a different one), or null when any is missing: then the build skips the PDFs and says why.
 */
export function findPdfFonts(env: Record<string, string | undefined>): string[] | null {
  const dirs = [env.CJK_FONT_DIR, ...FONT_DIRS].filter((d): d is string => Boolean(d));
  const found = PDF_FONT_FILES.map((file) => dirs.map((d) => join(d, file)).find((p) => existsSync(p)));
  return found.every((p): p is string => p !== undefined) ? found : null;
}
