/**
 * How long the content script itself ran without a break, from a V8 CPU profile of the tab:
 * the longest stretch of consecutive samples whose stack holds a frame of the extension's
 * content script (native calls it makes, such as hit tests, included). The `longtask` API
 * cannot say whose a task is, and a content script's work often runs inside the page's own
 * long tasks (the parser's, the first frame's); this says how long ours held the thread.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Sampling interval, in microseconds. */
const INTERVAL_US = 200;

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly url: string };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface Profiler {
  /** Stops profiling; the longest stretch of the content script, in milliseconds. */
  stop(): Promise<number>;
}

export async function startProfiler(context: BrowserContext, page: Page): Promise<Profiler> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach();
      return longestStretch(profile, (url) => url.includes('/content-scripts/'));
    },
  };
}

/** The longest run of consecutive samples whose stack has a frame from a matching script. */
export function longestStretch(profile: Profile, isOurs: (url: string) => boolean): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const inOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const verdict = !!node && (isOurs(node.callFrame.url) || (up !== undefined && inOurs(up)));
    ours.set(id, verdict);
    return verdict;
  };
  let longest = 0;
  let runStart: number | undefined;
  let t = profile.startTime;
  let last = t;
  for (const [i, id] of profile.samples.entries()) {
    t += profile.timeDeltas[i] ?? 0;
    if (inOurs(id)) {
      runStart ??= t;
      last = t;
      longest = Math.max(longest, last - runStart + INTERVAL_US);
    } else {
      runStart = undefined;
    }
  }
  return longest / 1000;
}
