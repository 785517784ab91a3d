/** When the scanner reads: at the next frame, just after it, or in a task of its own. */

export interface Schedule {
  /**
   * The next frame, before the browser renders it: after a scroll, layout is already up to date
   * there (the lookups cost microseconds), and the ranges added are painted in that same frame.
   */
  inFrame(run: () => void): void;
  /**
   * Just after the next frame is rendered, when layout is clean whatever the page did before:
   * a lookup in the first frame after DOMContentLoaded would lay out the whole page inside our
   * call (docs/performance.md).
   */
  afterFrame(run: () => void): void;
  /** A task of its own, soon (the margins, after the frame's screen). */
  soon(run: () => void): void;
}

const nextTask = (run: () => void): void => void setTimeout(run, 0);

/** The page's own frames and tasks; tests run them by hand. */
export const PAGE_SCHEDULE: Schedule = {
  inFrame: (run) => void requestAnimationFrame(run),
  afterFrame: (run) => void requestAnimationFrame(() => nextTask(run)),
  soon: nextTask,
};
