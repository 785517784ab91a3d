/**
 * The extension's worker asleep, then awake, for the figures that depend on it (the popup's
 * first result, a page's first tooltip). The worker is put to sleep with the DevTools
 * protocol's `ServiceWorker.stopAllWorkers`, sent from an ordinary tab (it stops the workers of
 * the whole profile, the extension's included), and its `runningStatus` is followed until it
 * reads `stopped`.
 */
import type { CDPSession } from 'playwright-core';
import type { ChromiumSession } from '../e2e/harness/chromium.ts';

/** Milliseconds of one measure, worker asleep and awake, in pairs. */
export interface SleepTimes {
  /** Worker asleep before each measure. */
  readonly asleep: number[];
  /** Measured again right after, the worker awake. */
  readonly awake: number[];
  /** Why runs are missing, if some failed. */
  readonly errors: string[];
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

/** Puts the extension's worker to sleep on demand. */
interface WorkerSleeper {
  /** Stops the worker, and waits until it reads `stopped`. */
  sleep(): Promise<void>;
  close(): Promise<void>;
}

async function workerSleeper(session: ChromiumSession): Promise<WorkerSleeper> {
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

/**
 * `runs` pairs of a measure: first with the worker asleep, then at once again, awake.
 * `measure` calls the `sleep` it is given where the worker must be asleep (the awake measure
 * gets one that does nothing).
 */
export async function asleepThenAwake(
  session: ChromiumSession,
  runs: number,
  measure: (sleep: () => Promise<void>, asleep: boolean) => Promise<number>,
): Promise<SleepTimes> {
  const sleeper = await workerSleeper(session);
  const asleep: number[] = [];
  const awake: number[] = [];
  const errors: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      try {
        asleep.push(await measure(() => sleeper.sleep(), true));
        awake.push(await measure(async () => undefined, false));
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  } finally {
    await sleeper.close();
  }
  return { asleep, awake, errors };
}
