/**
 * A page's first tooltip: from the pointer's arrival on a code to the tooltip on screen, with
 * the worker asleep and awake. The tooltip delay is set to 0 for the measure (its default,
 * 300 ms, hides what follows): what is left is the tooltip built on first hover
 * (`utils/tooltip/tooltip.ts`, see docs/performance.md) and its text's round trip to the worker.
 * Each opening is a fresh tab, so the tooltip and its text are never there already.
 */
import { changeSettings, type ChromiumSession } from '../e2e/harness/chromium.ts';
import { textCenter } from '../e2e/harness/highlights.ts';
import { asleepThenAwake, type SleepTimes } from './worker.ts';

/** The page hovered: one code, in a heading. */
export const HOVER_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>' +
  '<body><h1>404 Not Found</h1><p>The page you asked for is not here.</p></body></html>';

declare global {
  interface Window {
    benchPointer?: number;
    benchTooltip?: number;
  }
}

/** In the page: notes the pointer's first move from now on, and the first frame showing the tooltip. */
function noteTooltip(): void {
  addEventListener('pointermove', () => (window.benchPointer ??= performance.now()), {
    capture: true,
  });
  const check = () => {
    // Its shadow root is closed: the host shows once the text is in it (Tooltip.show).
    const host = document.querySelector('http-status-tooltip');
    if (host && getComputedStyle(host).display !== 'none') window.benchTooltip = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function firstTooltip(session: ChromiumSession, url: string, asleep: () => Promise<void>) {
  const page = await session.context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 0);
    await asleep();
    const at = await page.evaluate(textCenter, { selector: 'h1', start: 0, end: 3 });
    await page.mouse.move(at.x - 40, at.y + 40);
    await page.evaluate(noteTooltip);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => window.benchTooltip, null, { timeout: 15_000 });
    return await page.evaluate(() => (window.benchTooltip ?? 0) - (window.benchPointer ?? 0));
  } finally {
    await page.close();
  }
}

/** The worker now: Playwright hands out a new one each time it starts again. */
const liveWorker = (session: ChromiumSession) =>
  session.context.serviceWorkers().at(-1) ?? session.worker;

const setDelay = (session: ChromiumSession, tooltipDelay: number | undefined) =>
  changeSettings(liveWorker(session), { tooltipDelay });

export async function tooltipTimes(
  session: ChromiumSession,
  url: string,
  runs: number,
): Promise<SleepTimes> {
  await setDelay(session, 0);
  try {
    return await asleepThenAwake(session, runs, (sleep) => firstTooltip(session, url, sleep));
  } finally {
    await setDelay(session, undefined).catch(() => undefined);
  }
}
