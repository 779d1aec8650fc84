// The system Chromium, through playwright-core: nothing downloads a browser. Found from
// CHROMIUM_PATH or the usual install locations; the error says how to install it when absent.

import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../src/site-config.ts';

/** Launches headless Chromium with the flags a closed network and a root user need. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found. Install it (Debian: apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.');
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
}
