/**
 * The popup about a tab, opened as the toolbar button would open it, and what the background
 * knows of that tab: its id, its badge, and a wait until its webRequest listeners are in place.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumSession } from './chromium.ts';

/** The id of the tab showing a page, as the extension knows it. */
export async function tabIdOf(chromium: ChromiumSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await chromium.worker.evaluate(
    async (wanted) => (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

export const badgeOf = (chromium: ChromiumSession, tabId: number) =>
  chromium.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/**
 * Opens the popup about a tab the way the toolbar button would find it: the popup asks for the
 * active tab of its own window, so popup.html opens as a background tab in the window where
 * that tab is active. Once it has shown its lists it comes to the front, where clicks, timers
 * and frames run as in a visible popup.
 */
export async function popupFor(chromium: ChromiumSession, tabId: number): Promise<Page> {
  const url = chromium.extensionUrl('popup.html');
  const before = new Set(chromium.context.pages());
  await chromium.worker.evaluate(
    async ({ id, popupUrl }) => {
      const { windowId } = await chrome.tabs.update(id, { active: true });
      await chrome.tabs.create({ url: popupUrl, windowId, active: false });
    },
    { id: tabId, popupUrl: url },
  );
  const opened = () => chromium.context.pages().find((p) => !before.has(p) && p.url() === url);
  await expect.poll(opened).toBeDefined();
  const popup = opened() as Page;
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.getByRole('option').first().waitFor();
  await popup.bringToFront();
  return popup;
}

/**
 * Right after the browser starts, the worker's webRequest listeners take a moment to be in
 * place: pages loaded before are not seen. Loads `url`, a page answered with `badge`, until
 * its badge shows.
 */
export async function warmUp(chromium: ChromiumSession, url: string, badge: string): Promise<void> {
  const page = await chromium.context.newPage();
  // A loop, not expect.poll: this runs in beforeAll, outside any test.
  for (const until = Date.now() + 20_000; Date.now() < until;) {
    await page.goto(url);
    if ((await badgeOf(chromium, await tabIdOf(chromium, page))) === badge) break;
    await page.waitForTimeout(250);
  }
  await page.close();
}

/** The popup page in a window of the popup's size, its first list shown. */
export async function openPopup(chromium: ChromiumSession): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(chromium.extensionUrl('popup.html'));
  await page.getByRole('option').first().waitFor();
  return page;
}

/** The popup's detail of a code, reached as a user does: type it, press Enter. */
export async function openDetail(chromium: ChromiumSession, code: number): Promise<Page> {
  const page = await openPopup(chromium);
  await page.keyboard.type(String(code));
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain(`${code}`);
  await page.keyboard.press('Enter');
  await page.locator('.code-detail').waitFor();
  return page;
}
