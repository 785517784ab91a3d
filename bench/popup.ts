/**
 * The popup from a sleeping worker (put to sleep as `worker.ts` says), then awake. popup.html
 * opens in a tab, and an init script notes `performance.now()` (from the popup's navigation
 * start) when the first `[role="option"]` appears (the empty state's list), and types a query
 * into the search field the moment it exists (`teapot`, whose answer, 418, is not in the empty
 * state), noting when its result appears. It reports on the console: waiting with Playwright
 * (`waitForFunction`) would first evaluate Playwright's injected script in the page, about
 * 10 ms on this machine, which could land before the popup's first render and count as its own.
 */
import type { ChromiumSession } from '../e2e/harness/chromium.ts';
import { asleepThenAwake, type SleepTimes } from './worker.ts';

/** The console message's tag (repeated in `notePopup`, which runs in the page). */
const TAG = 'bench-popup';

/** Milliseconds from the popup's navigation start. */
export interface PopupRun {
  /** The empty state's first row. */
  readonly firstOption: number;
  /** The search field, where the query is typed at once. */
  readonly typed: number;
  /** The typed query's result. */
  readonly result: number;
}

function notePopup(): void {
  const seen: Record<string, number> = {};
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (seen['firstOption'] === undefined && document.querySelector('[role="option"]'))
      seen['firstOption'] = now;
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (seen['typed'] === undefined && input) {
      seen['typed'] = now;
      input.value = 'teapot';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (document.querySelector('[id^="result-418-"]')) {
      seen['result'] = now;
      console.debug(`bench-popup ${JSON.stringify(seen)}`);
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function openPopup(session: ChromiumSession): Promise<PopupRun> {
  const page = await session.context.newPage();
  try {
    await page.addInitScript(notePopup);
    const seen = new Promise<PopupRun>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no result in the popup')), 15_000);
      page.on('console', (message) => {
        const text = message.text();
        if (!text.startsWith(`${TAG} `)) return;
        clearTimeout(timer);
        resolve(JSON.parse(text.slice(TAG.length + 1)) as PopupRun);
      });
    });
    await page.goto(session.extensionUrl('popup.html'), { waitUntil: 'commit' });
    return await seen;
  } finally {
    await page.close();
  }
}

/** The popup's figures, worker asleep and awake. */
export interface PopupTimes {
  readonly firstOption: SleepTimes;
  readonly result: SleepTimes;
  /** From the search field's appearance (where the query was typed) to its result. */
  readonly afterTyping: SleepTimes;
}

export async function popupTimes(session: ChromiumSession, runs: number): Promise<PopupTimes> {
  const all: PopupRun[][] = [[], []];
  const times = await asleepThenAwake(session, runs, async (sleep, asleep) => {
    await sleep();
    const run = await openPopup(session);
    all[asleep ? 0 : 1]?.push(run);
    return run.result;
  });
  const pick = (f: (r: PopupRun) => number): SleepTimes => ({
    asleep: (all[0] ?? []).map(f),
    awake: (all[1] ?? []).map(f),
    errors: times.errors,
  });
  return {
    firstOption: pick((r) => r.firstOption),
    result: times,
    afterTyping: pick((r) => r.result - r.typed),
  };
}
