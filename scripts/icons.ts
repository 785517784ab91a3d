/**
 * `npm run icons`: renders assets/icon.svg (and assets/icon-small.svg for the smallest
 * sizes) to the PNG sizes the stores and toolbars use, into public/icon/ where WXT finds
 * them. Uses the same Debian Chromium as the tests.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/harness/browser-paths.ts';

const SIZES = [16, 19, 32, 38, 48, 96, 128];
const large = await readFile('assets/icon.svg', 'utf8');
const small = await readFile('assets/icon-small.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
for (const size of SIZES) {
  const page = await browser.newPage({
    viewport: { width: size, height: size },
    deviceScaleFactor: 1,
  });
  const svg = (size < 48 ? small : large).replace(
    '<svg ',
    `<svg width="${size}" height="${size}" `,
  );
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({
    path: `public/icon/${size}.png`,
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  await page.close();
}
await browser.close();
process.stdout.write(`icons: ${SIZES.join(', ')} px\n`);
