/**
 * The extension's service worker in Chromium stopped, as the browser does after 30 idle seconds
 * (the next event the extension listens to starts a fresh one), or started afresh by reloading
 * the extension, as after an update (nothing of the old one is kept).
 */
import type { Page, Worker } from 'playwright-core';
import type { ChromiumSession } from './chromium.ts';

interface WorkerVersion {
  readonly scriptURL: string;
  readonly runningStatus: string;
}

/** Stops the worker and waits until the browser says it has stopped. */
export async function stopServiceWorker(chromium: ChromiumSession): Promise<void> {
  const page = await chromium.context.newPage();
  const cdp = await chromium.context.newCDPSession(page);
  const prefix = `chrome-extension://${chromium.extensionId}/`;
  let status = '';
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the service worker did not stop (${status})`)),
      10_000,
    );
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      for (const v of versions) if (v.scriptURL.startsWith(prefix)) status = v.runningStatus;
      if (status !== 'stopped') return;
      clearTimeout(timer);
      resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}

/**
 * Reloads the extension as an update does; resolves with the new worker. Chromium disables an
 * unpacked extension that reloads outside developer mode, so that mode is turned on first.
 */
export function reloadExtension(chromium: ChromiumSession): Promise<Worker> {
  return whileReloading(chromium, async () => {
    // The reload ends the worker that asks for it: no answer comes back.
    void chromium.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  });
}

/**
 * Lets the extension run in incognito windows, as the switch in chrome://extensions does (the
 * extension reloads); resolves with the new worker.
 */
export function allowIncognito(chromium: ChromiumSession): Promise<Worker> {
  return whileReloading(chromium, (settings) =>
    settings.evaluate(
      (extensionId) =>
        (
          chrome as unknown as { developerPrivate: DeveloperPrivate }
        ).developerPrivate.updateExtensionConfiguration({ extensionId, incognitoAccess: true }),
      chromium.extensionId,
    ),
  );
}

/** What chrome://extensions can do (its page is where these calls are evaluated). */
interface DeveloperPrivate {
  updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionConfiguration(c: { extensionId: string; incognitoAccess: boolean }): Promise<void>;
}
/** What chrome://extensions can do (its page is where these calls are evaluated). */
async function whileReloading(
  chromium: ChromiumSession,
  reload: (settings: Page) => Promise<void>,
): Promise<Worker> {
  const settings = await chromium.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(() =>
    (
      chrome as unknown as { developerPrivate: DeveloperPrivate }
    ).developerPrivate.updateProfileConfiguration({
      inDeveloperMode: true,
    }),
  );
  const started = chromium.context.waitForEvent('serviceworker', { timeout: 10_000 });
  await reload(settings);
  await settings.close();
  return started;
}

interface Dispatchable {
  dispatch(...args: unknown[]): void;
}
/** The namespace the extension itself uses (`wxt/browser`): `browser` where it is, else `chrome`. */
type EventScope = { browser?: { runtime: { id?: string } }; chrome: unknown };

/** Dispatches a browser event of the worker, `event` a path like `omnibox.onInputEntered`. */
export const dispatchInWorker = (worker: Worker, event: string, args: unknown[]): Promise<void> =>
  worker.evaluate(
    ({ path, values }) => {
      const g = globalThis as unknown as EventScope;
      const root = g.browser?.runtime.id ? g.browser : g.chrome;
      const [api, name] = path.split('.') as [string, string];
      const apis = root as unknown as Record<string, Record<string, Dispatchable>>;
      apis[api]?.[name]?.dispatch(...values);
    },
    { path: event, values: args },
  );
