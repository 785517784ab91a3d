/**
 * Until DOMContentLoaded, from the first number that could be a status (the highlighter waits
 * for it), the top of the page is read as the parser adds it: after each of the parser's chunks
 * (a mutation observer, whose callback runs as the chunk's task ends), at each frame the browser
 * renders meanwhile (painted in that frame), and on a timer, so little is left for the
 * DOMContentLoaded task, which the page's first frame waits for. It stops once a screenful and
 * the margin below it are read. Its first reading waits for the first of these: read at once,
 * inside the task that found the number, it held back the frame that would have shown it
 * (`prose` painted after DOMContentLoaded in 3 of 3 loads: docs/performance.md). (A run read meanwhile that the parser or a
 * script changes afterwards is read again when next in reach: see `Readings.dropIfChanged`.)
 *
 * Why the observer: a page that arrives at once is often parsed without a pause for timers
 * until its DOMContentLoaded, while its chunks' ends are still there (docs/performance.md).
 * Its records are not read, but the browser makes one per node added: past PREVIEW_RECORDS
 * (a page with a huge DOM and little text at its top) it is left to the timer and the frames.
 */
import type { Scanner } from './scanner.ts';

/** Nodes added while the page loads past which the preview stops following each parser chunk. */
const PREVIEW_RECORDS = 20_000;
/** The least time between two readings after parser chunks (a page's inline scripts make many). */
const PREVIEW_EVERY_MS = 4;

export class Preview {
  readonly #win: Window;
  readonly #scanner: Scanner;
  readonly #growth: MutationObserver;
  #previewing = true;
  #previewed = false;
  #records = 0;
  #grown = Number.NEGATIVE_INFINITY;

  /** Starts reading the top of the page as it is parsed, until `finish` or `signal` aborts. */
  constructor(win: Window, scanner: Scanner, signal: AbortSignal) {
    this.#win = win;
    this.#scanner = scanner;
    this.#growth = new MutationObserver((added) => this.#grew(added));
    this.#growth.observe(win.document, { childList: true, subtree: true });
    win.requestAnimationFrame(this.#onFrame);
    win.setTimeout(this.#onTimer, 0);
    signal.addEventListener('abort', () => this.finish(), { once: true });
  }

  /** Stops; true when something was read meanwhile (the scanner keeps what it read). */
  finish(): boolean {
    this.#previewing = false;
    this.#growth.disconnect();
    return this.#previewed;
  }

  #grew(added: MutationRecord[]): void {
    this.#records += added.length;
    if (this.#records > PREVIEW_RECORDS) this.#growth.disconnect();
    // Each reading walks the top of the page again: not more often than the timers would.
    const now = performance.now();
    if (now - this.#grown < PREVIEW_EVERY_MS) return;
    this.#grown = now;
    this.#read();
  }

  #read(): void {
    if (!this.#previewing) return;
    this.#previewed = true;
    if (this.#scanner.preview()) {
      this.#previewing = false;
      this.#growth.disconnect();
    }
  }

  readonly #onFrame = (): void => {
    this.#read();
    if (this.#previewing) this.#win.requestAnimationFrame(this.#onFrame);
  };

  readonly #onTimer = (): void => {
    this.#read();
    if (this.#previewing) this.#win.setTimeout(this.#onTimer, 16);
  };
}
