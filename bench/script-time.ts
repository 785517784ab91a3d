/**
 * How long the content script itself ran, from a V8 CPU profile of the tab: the samples whose
 * stack holds a frame of the extension's content script (native calls it makes, such as hit
 * tests, included). The longest stretch of consecutive such samples says how long ours held
 * the thread without a break: the `longtask` API cannot say whose a task is, and a content
 * script's work often runs inside the page's own long tasks (the parser's, the first frame's).
 * Their sum says how much of the thread it took in all.
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

/** Milliseconds of the content script in a profile. */
export interface ScriptTime {
  /** The longest stretch without a break. */
  readonly longest: number;
  /** All of its samples. */
  readonly total: number;
}

export interface Profiler {
  /** Stops profiling. */
  stop(): Promise<ScriptTime>;
}

/**
 * A script of the extension (`chrome-extension://`): the content script, tooltip included.
 * The bench's browser has no other extension.
 */
export const isOurs = (url: string | undefined): boolean =>
  url?.startsWith('chrome-extension://') ?? false;

export async function startProfiler(context: BrowserContext, page: Page): Promise<Profiler> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach();
      return scriptTime(profile, isOurs);
    },
  };
}

/** The samples whose stack has a frame from a matching script: their longest run, and their sum. */
function scriptTime(profile: Profile, matches: (url: string) => boolean): ScriptTime {
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
    const verdict = !!node && (matches(node.callFrame.url) || (up !== undefined && inOurs(up)));
    ours.set(id, verdict);
    return verdict;
  };
  let longest = 0;
  let total = 0;
  let runStart: number | undefined;
  let t = profile.startTime;
  let last = t;
  for (const [i, id] of profile.samples.entries()) {
    t += profile.timeDeltas[i] ?? 0;
    if (inOurs(id)) {
      total += INTERVAL_US;
      runStart ??= t;
      last = t;
      longest = Math.max(longest, last - runStart + INTERVAL_US);
    } else {
      runStart = undefined;
    }
  }
  return { longest: longest / 1000, total: total / 1000 };
}
