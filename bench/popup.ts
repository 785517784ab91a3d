/**
 * The popup from a sleeping worker to its first result. The worker is put to sleep with the
 * DevTools protocol's `ServiceWorker.stopAllWorkers`, sent from an ordinary tab (it stops the
 * workers of the whole profile, the extension's included), and its `runningStatus` is
 * followed until it reads `stopped`. Then popup.html opens in a tab, and an init script notes
 * `performance.now()` (from the popup's navigation start) when `[role="option"]` appears. It
 * reports it on the console: waiting for it with Playwright (`waitForFunction`) would first
 * evaluate Playwright's injected script in the page, about 10 ms on this machine, which could
 * land before the popup's first render and count as its own.
 */
import type { CDPSession } from 'playwright-core';
import type { ChromiumSession } from '../e2e/harness/chromium.ts';

export interface PopupTimes {
  /** Worker asleep before each opening. */
  readonly asleep: number[];
  /** Opened again right after, the worker awake. */
  readonly awake: number[];
  /** Why runs are missing, if some failed. */
  readonly errors: string[];
}

/** The console message's tag (repeated in `noteFirstOption`, which runs in the page). */
const FIRST_OPTION = 'bench-first-option';

function noteFirstOption(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[role="option"]')) return;
    console.debug(`bench-first-option ${performance.now()}`);
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function openPopup(session: ChromiumSession): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.addInitScript(noteFirstOption);
    const seen = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no result in the popup')), 15_000);
      page.on('console', (message) => {
        const [tag, at] = message.text().split(' ');
        if (tag !== FIRST_OPTION) return;
        clearTimeout(timer);
        resolve(Number(at));
      });
    });
    await page.goto(session.extensionUrl('popup.html'), { waitUntil: 'commit' });
    return await seen;
  } finally {
    await page.close();
  }
}

interface WorkerState {
  readonly running: () => string | undefined;
  /** The version's life cycle: `installing` … `activated`. */
  readonly version: () => string | undefined;
}

/** Follows the extension worker's running status and version state through the ServiceWorker domain. */
async function watchWorker(cdp: CDPSession, origin: string): Promise<WorkerState> {
  let running: string | undefined;
  let version: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(origin)) continue;
      running = v.runningStatus;
      version = v.status;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return { running: () => running, version: () => version };
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** Puts the extension's worker to sleep on demand: see the module comment. */
export interface WorkerSleeper {
  /** Stops the worker, and waits until it reads `stopped`. */
  sleep(): Promise<void>;
  close(): Promise<void>;
}

export async function workerSleeper(session: ChromiumSession): Promise<WorkerSleeper> {
  const helper = await session.context.newPage();
  const cdp = await session.context.newCDPSession(helper);
  const worker = await watchWorker(cdp, session.extensionUrl(''));
  // Stopping a worker that is still installing fails its install for the whole session
  // ("Receiving end does not exist" ever after): wait until it is activated.
  await until(() => worker.version() === 'activated', 10_000);
  return {
    async sleep() {
      for (let attempt = 0; attempt < 3; attempt++) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        if (await until(() => worker.running() === 'stopped', 2000)) return;
      }
      throw new Error('the worker did not stop');
    },
    async close() {
      await cdp.detach();
      await helper.close();
    },
  };
}

export async function popupTimes(session: ChromiumSession, runs: number): Promise<PopupTimes> {
  const sleeper = await workerSleeper(session);
  const asleep: number[] = [];
  const awake: number[] = [];
  const errors: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      try {
        await sleeper.sleep();
        asleep.push(await openPopup(session));
        awake.push(await openPopup(session));
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  } finally {
    await sleeper.close();
  }
  return { asleep, awake, errors };
}
