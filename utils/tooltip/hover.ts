/**
 * Hover: a passive pointer listener, throttled to one hit-test per frame; after the pointer
 * rests on a code for the user's delay, the tooltip shows beside it. Hidden on scroll, when
 * the pointer leaves, and on Esc.
 */
import { isReaderPointer, markAt, markRects } from '../page/hit-test.ts';
import type { Mark, Painter } from '../page/painter.ts';
import type { Tooltip, TooltipContent } from './tooltip.ts';

export interface HoverOptions {
  readonly win: Window;
  readonly painter: Painter;
  readonly tooltip: Tooltip;
  readonly delay: () => number;
  /** The pointer came to rest on a mark: its content may be fetched now, during the delay. */
  readonly prefetch: (mark: Mark) => void;
  /** Tooltip content for a mark; undefined while it is still being fetched. */
  readonly content: (mark: Mark) => Promise<TooltipContent | undefined>;
}

export interface Hover {
  /** The pointer is at (x, y) since `since` (`performance.now()`): the delay counts from then. */
  point(x: number, y: number, since: number): void;
  /** Shows a mark's tooltip at once (keyboard navigation). */
  show(mark: Mark): void;
  hide(): void;
  destroy(): void;
}

/** Pointer grace period to move from a code into its tooltip (to click its link). */
const LEAVE_GRACE = 250;

export function createHover({
  win,
  painter,
  tooltip,
  delay,
  prefetch,
  content,
}: HoverOptions): Hover {
  const doc = win.document;
  let frame = 0;
  let x = 0;
  let y = 0;
  let current: Mark | undefined;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let overTooltip = false;
  let ticket = 0;

  const clearTimers = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    showTimer = hideTimer = undefined;
  };
  const hide = () => {
    clearTimers();
    current = undefined;
    ticket++;
    tooltip.hide();
  };
  const show = (mark: Mark, rect?: DOMRect) => {
    const mine = ++ticket;
    void content(mark).then((c) => {
      const anchor = rect ?? markRects(doc, mark)[0];
      if (c && anchor && mine === ticket) tooltip.show(c, anchor);
    });
  };

  const test = (since = performance.now()) => {
    frame = 0;
    if (overTooltip) return;
    const hit = markAt(doc, painter, x, y);
    if (hit?.mark === current) return;
    clearTimers();
    current = hit?.mark;
    if (hit) {
      prefetch(hit.mark);
      const wait = tooltip.visible ? 0 : Math.max(0, delay() - (performance.now() - since));
      showTimer = setTimeout(() => show(hit.mark, hit.rect), wait);
    } else if (tooltip.visible) {
      hideTimer = setTimeout(hide, LEAVE_GRACE);
    }
  };

  const onMove = (e: PointerEvent) => {
    if (!isReaderPointer(e)) return;
    overTooltip = e.composedPath().includes(tooltip.host);
    if (overTooltip) {
      clearTimeout(hideTimer);
      return;
    }
    x = e.clientX;
    y = e.clientY;
    if (frame === 0) frame = win.requestAnimationFrame(() => test());
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.isTrusted && e.key === 'Escape' && tooltip.visible) hide();
  };
  const onLeave = (e: MouseEvent) => {
    if (e.relatedTarget === null) hide();
  };

  const opts = { passive: true, capture: true } as const;
  win.addEventListener('pointermove', onMove, opts);
  win.addEventListener('scroll', hide, opts);
  win.addEventListener('keydown', onKey, opts);
  doc.addEventListener('mouseout', onLeave, opts);
  return {
    point(px, py, since) {
      x = px;
      y = py;
      test(since);
    },
    show: (mark) => {
      clearTimers();
      current = mark;
      show(mark);
    },
    hide,
    destroy() {
      hide();
      if (frame) win.cancelAnimationFrame(frame);
      win.removeEventListener('pointermove', onMove, opts);
      win.removeEventListener('scroll', hide, opts);
      win.removeEventListener('keydown', onKey, opts);
      doc.removeEventListener('mouseout', onLeave, opts);
    },
  };
}
