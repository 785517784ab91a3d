/**
 * `npm run screenshots`: pictures of the real build for the README (and the stores), in
 * Korean and English, light and dark. Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { changeSettings, launchChromium } from '../e2e/harness/chromium.ts';
import { startServer } from '../e2e/harness/server.ts';
import { waitForChromiumTooltip } from '../e2e/harness/tooltip.ts';
import { highlightName } from '../utils/status-class.ts';
import { guideShots } from './screenshots-guide.ts';

const OUT = 'docs/screenshots';

/** The middle of the `502` in the demo page's Korean comment. */
const codeBox = (page: Page) =>
  page.evaluate(() => {
    const node = document.querySelector('#second p')?.firstChild as Text;
    const at = node.data.indexOf('502');
    const r = document.createRange();
    r.setStart(node, at);
    r.setEnd(node, at + 3);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
await mkdir(`${OUT}/store`, { recursive: true });
const server = await startServer();

for (const lang of ['en', 'ko'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const session = await launchChromium({
      locale: lang === 'ko' ? 'ko-KR' : 'en-US',
      colorScheme: scheme,
    });
    // Headless Chromium keeps an English UI whatever `--lang` says: the reader's choice, stored.
    await changeSettings(session.worker, { language: lang });
    const name = (what: string) => `${OUT}/${what}-${lang}-${scheme}.png`;

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 580 });
    await popup.goto(session.extensionUrl('popup.html'));
    await popup.getByRole('option').first().waitFor();
    await popup.keyboard.type(lang === 'ko' ? '너무 많은' : 'rate limit');
    await popup.waitForFunction(() =>
      document.querySelector('[role="option"]')?.textContent?.startsWith('429'),
    );
    await popup.screenshot({ path: name('popup-search') });
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { level: 2 }).first().waitFor();
    await popup.screenshot({ path: name('popup-detail') });

    const reference = await session.context.newPage();
    await reference.setViewportSize({ width: 1000, height: 760 });
    await reference.goto(session.extensionUrl('reference.html#503'));
    await reference.locator('#code-503[open]').waitFor();
    await reference.waitForTimeout(200);
    await reference.screenshot({ path: name('reference') });
    await guideShots(session, lang, name);

    const page = await session.context.newPage();
    await page.setViewportSize({ width: 900, height: 640 });
    await page.goto(server.url('/demo.html'));
    await page.waitForFunction(
      (highlight) => (CSS.highlights.get(highlight)?.size ?? 0) > 0,
      highlightName(5),
    );
    let box = await codeBox(page);
    await page.mouse.move(box.x, box.y + 30);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await waitForChromiumTooltip(page, '502');
    await page.waitForTimeout(150);
    await page.screenshot({ path: name('page-tooltip') });

    // Store listings take 1280 × 800 pictures: the page with a tooltip, and the full list.
    if (scheme === 'light') {
      await page.setViewportSize({ width: 1280, height: 800 });
      box = await codeBox(page);
      await page.mouse.move(box.x, box.y + 40);
      await page.mouse.move(box.x, box.y, { steps: 3 });
      await waitForChromiumTooltip(page, '502');
      await page.screenshot({ path: `${OUT}/store/page-tooltip-${lang}.png` });
      await reference.setViewportSize({ width: 1280, height: 800 });
      await reference.goto(session.extensionUrl('reference.html'));
      await reference.getByRole('heading', { level: 2 }).first().waitFor();
      await reference.screenshot({ path: `${OUT}/store/reference-${lang}.png` });
    }

    await session.close();
    process.stdout.write(`${lang} ${scheme}\n`);
  }
}
await server.close();
