/**
 * A reader's jump, as with the End key or a link, run in the page after it settled: scrolls so
 * that the target lies on screen and times how long until a highlighted range lies inside the
 * viewport.
 */
import { pageScript } from './script.ts';

export interface JumpOptions {
  readonly prefix: string;
  /**
   * `end`: the bottom of the page, whose last block holds a code. `middle`: the first text with
   * an unmistakable status mention after the middle element of the page, found before the
   * clock starts.
   */
  readonly target: 'middle' | 'end';
  /** False in the browser without the extension: done 100 ms after the first frame. */
  readonly expectHighlights: boolean;
}

export interface JumpResult {
  /**
   * From the scroll to the first look that saw a highlighted range on screen (in the first
   * frame's animation callbacks, or a poll every 2 ms after); null if none in 5 s.
   */
  readonly ms: number | null;
  /** Longest long task from the scroll until then (0 when none reached 50 ms). */
  readonly longestTaskMs: number;
  /**
   * From the scroll to the first frame after it (its animation callbacks, before it is
   * rendered): no highlight can be on screen earlier than the text it marks.
   */
  readonly frameMs: number | null;
  /** Whether the highlights were there in that first frame, before it was rendered. */
  readonly inFirstFrame: boolean;
}

/** The parent of the first text with an unmistakable status after the middle element. */
function middleTarget(): Element | null {
  const all = document.body.getElementsByTagName('*');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  walker.currentNode = all[all.length >> 1] as Element;
  const unmistakable =
    /HTTP\/1\.1"? [1-5]\d\d\b|\b[1-5]\d\d (Not Found|OK|Bad Gateway|Service Unavailable|Too Many Requests|Internal Server Error)\b/;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (unmistakable.test((n as Text).data)) return n.parentElement;
  }
  return null;
}

function highlightRanges(prefix: string): Set<AbstractRange> {
  const out = new Set<AbstractRange>();
  for (const [name, h] of CSS.highlights)
    if (name.startsWith(prefix)) for (const r of h) out.add(r);
  return out;
}

function onScreen(r: AbstractRange): boolean {
  if (!r.startContainer.isConnected) return false;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  const box = range.getBoundingClientRect();
  return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
}

/** The clock of one jump: its first frame, and the first look that saw a new range on screen. */
class JumpClock {
  readonly #prefix: string;
  readonly #before: Set<AbstractRange>;
  readonly #start: number;
  #frameMs: number | null = null;
  #seenMs: number | null = null;
  #inFirstFrame = false;

  constructor(prefix: string, before: Set<AbstractRange>) {
    this.#prefix = prefix;
    this.#before = before;
    this.#start = performance.now();
  }

  /** A range new since the jump has been seen on screen. */
  get seen(): boolean {
    return this.#seenMs !== null;
  }

  look(now: number): void {
    if (
      this.#seenMs === null &&
      [...highlightRanges(this.#prefix)].some((r) => !this.#before.has(r) && onScreen(r))
    )
      this.#seenMs = now - this.#start;
  }

  /** In an animation callback: the first one marks the first frame. */
  frame(now: number): void {
    this.#frameMs ??= now - this.#start;
  }

  /** In the first frame, after the content script's own callback: were the highlights there? */
  firstFrame(now: number): void {
    this.frame(now);
    this.look(now);
    this.#inFirstFrame = this.#seenMs !== null;
  }

  /** Whether to stop looking: seen, or past 5 s (or, without highlights, past the frame). */
  over(now: number, expectHighlights: boolean): boolean {
    const over = expectHighlights ? now - this.#start > 5000 : this.#frameMs !== null;
    return this.#seenMs !== null || over;
  }

  /** `found`: the jump counts (highlights expected, and seen). */
  result(found: boolean, longestTask: number): JumpResult {
    return {
      ms: found ? this.#seenMs : null,
      longestTaskMs: longestTask >= 50 ? longestTask : 0,
      frameMs: this.#frameMs,
      inFirstFrame: this.#inFirstFrame,
    };
  }
}

async function jumpPass(options: JumpOptions): Promise<JumpResult> {
  let element: Element | null = null;
  if (options.target === 'middle') {
    element = middleTarget();
    if (!element) return { ms: null, longestTaskMs: 0, frameMs: null, inFirstFrame: false };
  }
  const before = highlightRanges(options.prefix);
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask' });
  const clock = new JumpClock(options.prefix, before);
  // The first frame after the jump: its animation callbacks run before it is rendered. The
  // scroll event comes in that frame after the content script's listener, so a callback asked
  // for here runs after the one the content script asked for, and sees what it added.
  const inFirstFrame = () => requestAnimationFrame(() => clock.firstFrame(performance.now()));
  addEventListener('scroll', inFirstFrame, { once: true });
  requestAnimationFrame(() => clock.frame(performance.now()));
  if (element) element.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, document.documentElement.scrollHeight);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    const now = performance.now();
    clock.look(now);
    if (clock.over(now, options.expectHighlights)) break;
  }
  const found = options.expectHighlights && clock.seen;
  // Long tasks are reported after they end: let the observer catch up.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return clock.result(found, longest);
}

/** The jump as an expression for `page.evaluate`, resolving to its result. */
export const jumpScript = (options: JumpOptions): string =>
  pageScript([middleTarget, highlightRanges, onScreen, JumpClock], jumpPass, options);
