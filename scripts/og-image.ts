// npm run og-image: renders public/og.png (1200×630), the card that shared links preview with.
// Run it after changing the document's name; the PNG is committed like any other asset.

import { launchChromium } from './lib/browser.ts';

const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; font-family: 'Noto Sans CJK SC', sans-serif; background: #fbf8f3; color: #1d1d1f; }
  .band { height: 18px; background: #a51d2d; }
  .main { padding: 70px 90px; }
  .num { font-size: 44px; font-weight: 700; color: #a51d2d; letter-spacing: 2px; }
  h1 { font-family: 'Noto Serif CJK SC', serif; font-size: 58px; line-height: 1.35; margin: 28px 0 0; font-weight: 700; }
  p { font-size: 30px; color: #555; margin-top: 44px; }
</style></head><body><div class="band"></div><div class="main">
  <div class="num">国函〔2025〕86号</div>
  <h1>国务院关于全国部分地区要素市场化<br>配置综合改革试点实施方案的批复</h1>
  <p>十个试点实施方案全文 · 逐条检索、引用、对照</p>
</div></body></html>`;

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
process.stdout.write('Wrote public/og.png\n');
