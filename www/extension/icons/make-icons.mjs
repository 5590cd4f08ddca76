// Renders icon.svg to the PNG sizes the manifest names, with the system Chromium:
//   node www/extension/icons/make-icons.mjs
// The PNGs are committed; run this again only when icon.svg changes.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const svg = await readFile(`${here}icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
  await page.locator('svg').screenshot({ path: `${here}icon-${size}.png`, omitBackground: true });
}
await browser.close();
