/**
 * `npm run screenshots`: pictures of the real build for the README (and the stores), in
 * Korean and English, light and dark. Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../e2e/harness/chromium.ts';
import { startServer } from '../e2e/harness/server.ts';

const OUT = 'docs/screenshots';
await mkdir(OUT, { recursive: true });
const server = await startServer();

for (const lang of ['en', 'ko'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const session = await launchChromium({
      locale: lang === 'ko' ? 'ko-KR' : 'en-US',
      colorScheme: scheme,
    });
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

    const page = await session.context.newPage();
    await page.setViewportSize({ width: 900, height: 420 });
    await page.goto(server.url('/mixed.html'));
    await page.waitForFunction(() => (CSS.highlights.get('http-status-5xx')?.size ?? 0) > 0);
    const box = await page.evaluate(() => {
      const node = document.querySelector('#answer code')?.firstChild as Text;
      const r = document.createRange();
      r.setStart(node, 9);
      r.setEnd(node, 12);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y + 30);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await page.waitForFunction(() =>
      document.querySelector('http-status-tooltip')?.shadowRoot?.textContent?.includes('503'),
    );
    await page.waitForTimeout(150);
    await page.screenshot({ path: name('page-tooltip') });

    await session.close();
    process.stdout.write(`${lang} ${scheme}\n`);
  }
}
await server.close();
