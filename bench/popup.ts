/**
 * The popup from a sleeping worker to its first result (the worker is put to sleep as
 * `worker.ts` says). Then popup.html opens in a tab, and an init script notes
 * `performance.now()` (from the popup's navigation start) when `[role="option"]` appears. It
 * reports it on the console: waiting for it with Playwright (`waitForFunction`) would first
 * evaluate Playwright's injected script in the page, about 10 ms on this machine, which could
 * land before the popup's first render and count as its own.
 */
import type { ChromiumSession } from '../e2e/harness/chromium.ts';
import { asleepThenAwake, type SleepTimes } from './worker.ts';

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

export const popupTimes = (session: ChromiumSession, runs: number): Promise<SleepTimes> =>
  asleepThenAwake(session, runs, async (sleep) => {
    await sleep();
    return openPopup(session);
  });
