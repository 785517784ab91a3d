/**
 * The main flows in Firefox ESR: highlights and the tooltip on a fixture page, the reference
 * page deep link opened from the tooltip, and popup search. WebDriver BiDi may not navigate
 * to moz-extension:// pages, so the test reaches them the way a user does: through the
 * tooltip's link, then from that extension page to the popup page, where a comparison and a
 * code's snippets load their chunks on first use.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_UUID, launchFirefox, type FirefoxSession } from './harness/firefox.ts';
import { textCenter } from './harness/highlights.ts';
import { startServer, type FixtureServer } from './harness/server.ts';
import { inFirefoxTooltip, linkCenter, parsePoint, shownText } from './harness/tooltip.ts';

let server: FixtureServer;
let other: FixtureServer;
let firefox: FirefoxSession;
beforeAll(async () => {
  server = await startServer([
    (req, res) => {
      if (req.url !== '/long.html') return false;
      const rows = Array.from({ length: 8000 }, (_, i) =>
        i % 40 === 7
          ? `<p id="r${i}">Request ${i} failed: HTTP/1.1 503 Service Unavailable.</p>`
          : `<p>Row ${i}: in ${1990 + (i % 30)} we shipped ${i % 700} units.</p>`,
      );
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><meta charset="utf-8"><title>long</title>${rows.join('')}`);
      return true;
    },
  ]);
  other = await startServer();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox.close();
  await server.close();
  await other.close();
});

async function waitForPage(
  session: FirefoxSession,
  test: (href: string) => boolean,
  timeout = 10_000,
): Promise<Page> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const page of await session.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (test(href)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no such page opened');
}

const tooltipText = (page: Page) => inFirefoxTooltip(page, shownText);
/** Run in a page or frame: a 4xx is painted there. */
const has4xx = () => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 0;

describe('Firefox ESR', () => {
  let reference: Page;

  it('highlights codes and explains them on hover', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/mixed.html'));
    await page.waitForFunction(() => (CSS.highlights.get('http-status-5xx')?.size ?? 0) > 0, {
      timeout: 15_000,
    });
    const painted = await page.evaluate(() =>
      [...CSS.highlights].flatMap(([name, h]) =>
        [...h].map(
          (r) => `${name}:${r.startContainer.textContent?.slice(r.startOffset, r.endOffset)}`,
        ),
      ),
    );
    expect(painted).toEqual(
      expect.arrayContaining(['http-status-4xx:429', 'http-status-5xx:503', 'http-status-5xx:502']),
    );
    // 404 is a status in the access log only; the price, the CSS width and the textarea are left alone.
    expect(painted.filter((p) => p === 'http-status-4xx:404')).toHaveLength(1);

    const box = await page.evaluate(textCenter, { selector: '#answer code', start: 9, end: 12 });
    await page.mouse.move(box.x - 30, box.y + 30);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await expect
      .poll(() => tooltipText(page), { timeout: 10_000 })
      .toContain('Service Unavailable');

    // A real click: the link ignores a page script's click().
    const link = parsePoint(await inFirefoxTooltip(page, linkCenter));
    await page.mouse.move(link.x, link.y, { steps: 3 });
    await page.mouse.click(link.x, link.y);
    // Puppeteer reports a tab that opened on an extension page as about:blank; ask the tab itself.
    reference = await waitForPage(firefox, (href) => href.includes('/reference.html#503'));
    expect(await tooltipText(page)).toContain('503');
    await page.close();
  });

  it('reads a long page where the reader is: the top first, then wherever it scrolls', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/long.html'));
    const seen = (id: string) =>
      page.waitForFunction(
        (within) =>
          [...(CSS.highlights.get('http-status-5xx') ?? [])].some(
            (r) => r.startContainer.parentElement?.id === within,
          ),
        { timeout: 10_000 },
        id,
      );
    await seen('r7');
    // Not the whole page: the codes near the end wait for the reader.
    const far = await page.evaluate(() =>
      [...(CSS.highlights.get('http-status-5xx') ?? [])].some(
        (r) => r.startContainer.parentElement?.id === 'r7967',
      ),
    );
    expect(far).toBe(false);
    await page.evaluate(() => document.getElementById('r7967')?.scrollIntoView());
    await seen('r7967');
    await page.close();
  });

  it("reads frames: a frame's reader starts with its first code, even one a script writes later", async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/frames.html'));
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
      // A frame without a number at first; its script writes one a moment later.
      const later = document.createElement('iframe');
      later.src = `${src.slice(0, src.lastIndexOf('/'))}/frame-later.html`;
      document.body.append(later);
    }, other.url('/nginx-404.html'));
    await page.waitForFunction(has4xx, { timeout: 10_000 });
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(3);
    for (const frame of frames) await frame.waitForFunction(has4xx, { timeout: 10_000 });
    await page.close();
  });

  it('opens the reference page at the code', async () => {
    await reference.waitForSelector('#code-503[open]', { timeout: 10_000 });
    expect(await reference.$eval('h1', (h) => h.textContent)).toBe('HTTP status codes');
  });

  it('searches in the popup page', async () => {
    await reference.evaluate((uuid) => {
      location.href = `moz-extension://${uuid}/popup.html`;
    }, FIREFOX_UUID);
    await reference.waitForSelector('[role="option"]', { timeout: 10_000 });
    await reference.focus('[role="combobox"]');
    await reference.keyboard.type('ㅊㅇㅅㅇㅇ');
    await reference.waitForFunction(
      () => document.querySelector('[role="option"]')?.textContent?.includes('404'),
      { timeout: 10_000 },
    );
    await reference.keyboard.press('Enter');
    await reference.waitForSelector('h2', { timeout: 10_000 });
    expect(await reference.$eval('h2', (h) => h.textContent)).toBe('Not Found');
  });

  it("opens a comparison and a code's snippets, both loaded on first use", async () => {
    // Back to the search: Esc leaves the detail.
    await reference.keyboard.press('Escape');
    await reference.waitForSelector('[role="combobox"]', { timeout: 10_000 });
    await reference.focus('[role="combobox"]');
    await reference.keyboard.down('Control');
    await reference.keyboard.press('KeyA');
    await reference.keyboard.up('Control');
    await reference.keyboard.type('401 vs 403');
    await reference.waitForSelector('.result-compare', { timeout: 10_000 });
    await reference.keyboard.press('Enter');
    await reference.waitForSelector('.comparison table', { timeout: 10_000 });
    expect(
      await reference.$$eval('.comparison thead .code-badge', (els) =>
        els.map((e) => e.textContent),
      ),
    ).toEqual(['401', '403', '404']);
    await reference.keyboard.press('Escape');
    await reference.focus('[role="combobox"]');
    await reference.keyboard.down('Control');
    await reference.keyboard.press('KeyA');
    await reference.keyboard.up('Control');
    await reference.keyboard.type('429');
    await reference.waitForFunction(
      () => document.querySelector('[role="option"]')?.textContent?.startsWith('429'),
      { timeout: 10_000 },
    );
    await reference.keyboard.press('Enter');
    await reference.waitForSelector('.snippets [role="tab"]', { timeout: 10_000 });
    expect(await reference.$eval('.snippet-code', (e) => e.textContent)).toContain(
      'HTTP/1.1 429 Too Many Requests',
    );
  });
});
