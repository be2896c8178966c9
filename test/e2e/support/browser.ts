/** Debian's Chromium through playwright-core, with the project's flags (scripts/find-chromium.mjs). */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/find-chromium.mjs';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}
