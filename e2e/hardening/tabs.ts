/**
 * The tab record under pressure, in real Chromium: a page loading while the worker starts, a
 * worker stopped between events (as Chrome stops an idle one), pages pushing huge addresses,
 * secrets in addresses, and incognito windows (issue 18).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness/chromium.ts';
import { startServer, type FixtureServer } from '../harness/server.ts';
import { allowIncognito, reloadExtension, stopServiceWorker } from '../harness/service-worker.ts';

const html = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

/** Responses held until the test lets them go, by path. */
class Gates {
  readonly #open = new Map<string, () => void>();

  hold(path: string): Promise<void> {
    return new Promise((resolve) => this.#open.set(path, resolve));
  }
  arrived(path: string): boolean {
    return this.#open.has(path);
  }
  release(path: string): void {
    this.#open.get(path)?.();
  }
}
const gates = new Gates();

const REDIRECTS: Record<string, [number, string]> = {
  '/ht/r': [302, '/hardening-tabs-secret.html?session=SECRET&lang=en'],
  '/ht/chain/1': [302, '/ht/chain/2'],
  '/ht/chain/2': [301, '/ht/chain/slow'],
};

async function route(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  res.setHeader('cache-control', 'no-store');
  const redirect = REDIRECTS[path];
  if (redirect) {
    res.writeHead(redirect[0], { location: redirect[1] }).end();
    return true;
  }
  if (path === '/ht/missing' || path === '/favicon.ico') {
    res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/html' });
    res.end(html('Nothing here'));
    return true;
  }
  if (path === '/ht/slow-missing') {
    // The status and the start of the page now, the rest when the test says.
    res
      .writeHead(404, { 'content-type': 'text/html' })
      .write(`${html('Loading')}${' '.repeat(4096)}`);
    await gates.hold(path);
    res.end('<p>done</p>');
    return true;
  }
  if (path === '/ht/chain/slow') {
    await gates.hold(path);
    res.writeHead(404, { 'content-type': 'text/html' }).end(html('At the end of the chain'));
    return true;
  }
  return false;
}

/** An extension page that sends the worker nothing by itself (unlike the popup). */
const probeOf = async (chromium: ChromiumSession): Promise<Page> => {
  const probe = await chromium.context.newPage();
  await probe.goto(chromium.extensionUrl('options.html'));
  return probe;
};
const tabIdOf = async (probe: Page, url: string): Promise<number> => {
  const id = await probe.evaluate(
    async (wanted) => (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
};
const badgeOf = (probe: Page, tabId: number) =>
  probe.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
/** What storage.session holds, as text. */
const sessionText = (probe: Page) =>
  probe.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
/** The tab's record as the popup gets it (asking wakes a stopped worker). */
const recordOf = (probe: Page, tabId: number) =>
  probe.evaluate(
    async (id) =>
      (
        (await chrome.runtime.sendMessage({ type: 'tabStatus', data: { tabId: id } })) as {
          value?: { status?: number; url?: string; redirects: { status: number; url: string }[] };
        }
      ).value ?? null,
    tabId,
  );
/** The popup about a tab, opened as this-page.spec.ts does: a tab behind the page, then in front. */
async function popupFor(chromium: ChromiumSession, probe: Page, tabId: number): Promise<Page> {
  const url = chromium.extensionUrl('popup.html');
  const before = new Set(chromium.context.pages());
  await probe.evaluate(
    async ({ id, popupUrl }) => {
      const { windowId } = await chrome.tabs.update(id, { active: true });
      await chrome.tabs.create({ url: popupUrl, windowId, active: false });
    },
    { id: tabId, popupUrl: url },
  );
  const opened = () => chromium.context.pages().find((p) => !before.has(p) && p.url() === url);
  await expect.poll(opened, { timeout: 10_000 }).toBeDefined();
  const popup = opened() as Page;
  await popup.getByRole('option').first().waitFor();
  await popup.bringToFront();
  return popup;
}

export function tabsHardening(): void {
  describe('the tab record under pressure (Chromium)', () => {
    let server: FixtureServer;
    let chromium: ChromiumSession;
    let probe: Page;
    beforeAll(async () => {
      server = await startServer([route]);
      chromium = await launchChromium();
      probe = await probeOf(chromium);
      // The worker's listeners are in place once a page's status is seen (a loop: no test yet).
      const page = await chromium.context.newPage();
      for (const until = Date.now() + 20_000; Date.now() < until;) {
        await page.goto(server.url('/ht/missing'));
        if ((await badgeOf(probe, await tabIdOf(probe, page.url()))) === '404') break;
        await page.waitForTimeout(250);
      }
      await page.close();
    });
    afterAll(async () => {
      await chromium.close();
      await server.close();
    });

    it('badges a page that was loading while the worker started', async () => {
      const fresh = await launchChromium();
      try {
        const page = await fresh.context.newPage();
        const url = server.url('/ht/slow-missing');
        await page.goto(url, { waitUntil: 'commit' });
        // A fresh worker, as after an install or an update: the page's status has arrived
        // before it listens, the rest of the page arrives after.
        const worker = await reloadExtension(fresh);
        await worker.evaluate(() => chrome.storage.session.get(null));
        gates.release('/ht/slow-missing');
        const freshProbe = await probeOf(fresh);
        const tabId = await tabIdOf(freshProbe, url);
        await expect.poll(() => badgeOf(freshProbe, tabId), { timeout: 10_000 }).toBe('404');
      } finally {
        await fresh.close();
      }
    });

    it('keeps no record of a tab in an incognito window', async () => {
      const fresh = await launchChromium();
      try {
        await allowIncognito(fresh);
        const freshProbe = await probeOf(fresh);
        const normal = await fresh.context.newPage();
        // The reloaded worker's listeners are in place once a normal page's status is seen (a
        // load before them goes unseen): load until it is, then open the incognito window.
        await expect
          .poll(
            async () => {
              await normal.goto(server.url('/ht/missing?normal'));
              return recordOf(freshProbe, await tabIdOf(freshProbe, normal.url()));
            },
            { timeout: 20_000 },
          )
          .toMatchObject({ status: 404 });
        const url = server.url('/ht/missing?incognito');
        await freshProbe.evaluate((u) => chrome.windows.create({ url: u, incognito: true }), url);
        const incognitoTab = async () =>
          (await freshProbe.evaluate(() => chrome.tabs.query({}))).find(
            (t) => t.incognito && t.status === 'complete',
          )?.id;
        await expect.poll(incognitoTab, { timeout: 10_000 }).toBeDefined();
        // Past the 250 ms the worker gathers changes for before saving them.
        await normal.waitForTimeout(1000);
        expect(await recordOf(freshProbe, (await incognitoTab()) as number)).toBeNull();
        expect(await badgeOf(freshProbe, (await incognitoTab()) as number)).toBe('');
        expect(await sessionText(freshProbe)).not.toContain('incognito');
      } finally {
        await fresh.close();
      }
    });

    it('drops a closed tab from storage.session when the close wakes the worker', async () => {
      const page = await chromium.context.newPage();
      await page.goto(server.url('/ht/missing?closing'));
      const tabId = await tabIdOf(probe, page.url());
      const saved = async () => (await sessionText(probe)).includes(`[${tabId},`);
      await expect.poll(saved, { timeout: 10_000 }).toBe(true);
      await stopServiceWorker(chromium);
      await page.close();
      await expect.poll(saved, { timeout: 10_000 }).toBe(false);
    });

    it('keeps a normal tab’s record across a restart while pages push huge addresses', async () => {
      const huge = [];
      for (let i = 0; i < 6; i++) {
        const page = await chromium.context.newPage();
        await page.goto(server.url('/hardening-tabs-huge.html'));
        huge.push(page);
      }
      const page = await chromium.context.newPage();
      await page.goto(server.url('/ht/missing?normal'));
      const tabId = await tabIdOf(probe, page.url());
      await expect.poll(() => badgeOf(probe, tabId)).toBe('404');
      // Past the 250 ms the worker gathers changes for before saving them.
      await page.waitForTimeout(1000);
      await stopServiceWorker(chromium);
      await expect
        .poll(() => recordOf(probe, tabId), { timeout: 10_000 })
        .toMatchObject({
          status: 404,
        });
      expect((await sessionText(probe)).length).toBeLessThan(1_000_000);
      await Promise.all([...huge, page].map((p) => p.close()));
    });

    it('keeps no secret of an address in storage or in the popup', async () => {
      const page = await chromium.context.newPage();
      await page.goto(server.url('/ht/r?token=SECRET'));
      const tabId = await tabIdOf(probe, page.url());
      await expect.poll(() => recordOf(probe, tabId)).toMatchObject({ status: 200 });
      await expect
        .poll(async () => (await recordOf(probe, tabId)) as unknown, { timeout: 10_000 })
        .toMatchObject({ failedCount: 1 });
      await page.waitForTimeout(1000);
      expect(await sessionText(probe)).not.toContain('SECRET');
      const popup = await popupFor(chromium, probe, tabId);
      const section = popup.locator('.this-page');
      await section.waitFor();
      expect(await section.innerHTML()).not.toContain('SECRET');
      // Still recognisable: the keys stay, the values are masked.
      expect(await section.textContent()).toContain('/ht/r?token=…');
      expect(await section.textContent()).toContain('/hardening-tabs-gone.png?api_key=…&size=…');
      await popup.close();
      await page.close();
    });

    it('keeps the redirects of a navigation on its way across a stop of the worker', async () => {
      const page = await chromium.context.newPage();
      const loading = page.goto(server.url('/ht/chain/1'));
      await expect.poll(() => gates.arrived('/ht/chain/slow'), { timeout: 10_000 }).toBe(true);
      // Past the 250 ms the worker gathers changes for before saving them.
      await page.waitForTimeout(1000);
      await stopServiceWorker(chromium);
      gates.release('/ht/chain/slow');
      await loading;
      const tabId = await tabIdOf(probe, page.url());
      await expect.poll(() => badgeOf(probe, tabId), { timeout: 10_000 }).toBe('404');
      const popup = await popupFor(chromium, probe, tabId);
      await popup.locator('.this-page').waitFor();
      expect(await popup.locator('.chain-line').textContent()).toBe('302 → 301 → 404');
      expect(await popup.locator('ol.page-list .page-url').allTextContents()).toEqual([
        '/ht/chain/1',
        '/ht/chain/2',
        '/ht/chain/slow',
      ]);
      await popup.close();
      await page.close();
    });
  });
}
