import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { requireServices } from './services.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; undefined where it is not installed. */
export async function launchChromium(): Promise<Browser | undefined> {
  if (!chromiumAvailable()) return undefined;
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Whether the browser tests can run; prints why not, and fails instead where CI requires them. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const reason = `Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`;
  if (requireServices) throw new Error(`${reason}, and GB_REQUIRE_SERVICES=1 requires it`);
  console.warn(`skipping the browser tests: ${reason}`);
  return false;
}
