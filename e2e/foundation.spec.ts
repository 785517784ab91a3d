/**
 * The foundation in both browsers: the background starts, the popup opens, and the content
 * script runs on a page served from 127.0.0.1. (Firefox's popup page is opened in
 * firefox.spec.ts: WebDriver BiDi may not navigate to it directly.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium.ts';
import { FIREFOX_ADDON_ID, launchFirefox, type FirefoxSession } from './harness/firefox.ts';
import { readHighlights, textCenter, waitForHighlights } from './harness/highlights.ts';
import { startServer, type FixtureServer } from './harness/server.ts';
import { inFirefoxTooltip, shownText } from './harness/tooltip.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

describe('Chromium', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium.close();
  });

  it('starts the background worker, which answers the protocol', async () => {
    expect(chromium.worker.url()).toBe(chromium.extensionUrl('background.js'));
    const page = await chromium.context.newPage();
    await page.goto(chromium.extensionUrl('popup.html'));
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'getCodes', data: { codes: [404] } }),
    );
    expect(reply).toMatchObject({ ok: true, value: [{ code: 404 }] });
    const refused = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'getCodes', data: { codes: 'x' } }),
    );
    expect(refused).toMatchObject({ ok: false });
    await page.close();
  });

  it('opens the popup with the search box focused', async () => {
    const page = await chromium.context.newPage();
    await page.goto(chromium.extensionUrl('popup.html'));
    const search = page.getByRole('combobox');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('runs the content script on a page from 127.0.0.1', async () => {
    const page = await chromium.context.newPage();
    await page.goto(server.url('/nginx-404.html'));
    await waitForHighlights(page);
    const painted = await readHighlights(page);
    expect(painted.map((p) => `${p.name}:${p.text}`)).toContain('http-status-4xx:404');
    await page.close();
  });
});

describe('Firefox ESR', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox.close();
  });

  it('installs the add-on', () => {
    expect(firefox.addonId).toBe(FIREFOX_ADDON_ID);
  });

  it('starts the background, which answers the content script', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/nginx-404.html'));
    await page.waitForFunction(() => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 0, {
      timeout: 15_000,
    });
    // The tooltip's text comes from the background: hovering the code proves it answered.
    const box = await page.evaluate(textCenter, { selector: 'h1', start: 0, end: 3 });
    await page.mouse.move(box.x, box.y + 40);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await expect
      .poll(() => inFirefoxTooltip(page, shownText), { timeout: 10_000 })
      .toContain('Not Found');
    await page.close();
  });

  it('runs the content script on a page from 127.0.0.1', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/nginx-404.html'));
    await page.waitForFunction(() => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 0, {
      timeout: 15_000,
    });
    await page.close();
  });
});
