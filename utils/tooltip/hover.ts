/**
 * Hover: a passive pointer listener, throttled to one hit-test per frame; after the pointer
 * rests on a code for the user's delay, the tooltip shows beside it. Hidden on scroll, when
 * the pointer leaves, and on Esc. Only the reader's own (trusted) events count: a page script
 * can neither show nor hide it.
 */
import { isReaderPointer, markAt, markRects } from '../page/hit-test.ts';
import type { Mark } from '../page/mark.ts';
import type { Painter } from '../page/painter.ts';
import type { TooltipContent } from './render.ts';
import type { TooltipText } from './text.ts';
import type { Tooltip } from './tooltip.ts';

export interface HoverDeps {
  readonly win: Window;
  readonly painter: Pick<Painter, 'marksIn'>;
  readonly tooltip: Tooltip;
  readonly text: Pick<TooltipText, 'prefetch' | 'contentOf'>;
  /** The settings of the moment: the delay is read at each rest. */
  readonly settings: { readonly current: { readonly tooltipDelay: number } };
  readonly signal: AbortSignal;
  /** The tooltip no longer shows the mark `show` was given (hidden, or another code's now). */
  readonly released?: () => void;
}

type Position = TooltipContent['position'];

/** Pointer grace period to move from a code into its tooltip (to click its link). */
const LEAVE_GRACE = 250;

export class Hover {
  readonly #deps: HoverDeps;
  #frame = 0;
  #x = 0;
  #y = 0;
  #current: Mark | undefined;
  #showTimer: ReturnType<typeof setTimeout> | undefined;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #overTooltip = false;
  #ticket = 0;
  /** The tooltip shows what `show` asked for (the keyboard), not what the pointer rests on. */
  #shown = false;

  constructor(deps: HoverDeps) {
    this.#deps = deps;
    const { win, signal } = deps;
    const options = { passive: true, capture: true, signal } as const;
    win.addEventListener('pointermove', (e) => this.#onMove(e), options);
    win.addEventListener('scroll', (e) => this.#onScroll(e), options);
    win.addEventListener('keydown', (e) => this.#onKey(e), options);
    win.document.addEventListener('mouseout', (e) => this.#onLeave(e), options);
    signal.addEventListener(
      'abort',
      () => {
        this.hide();
        if (this.#frame) win.cancelAnimationFrame(this.#frame);
      },
      { once: true },
    );
  }

  /** Shows a mark's tooltip at once (keyboard navigation), with its place among the codes. */
  show(mark: Mark, position?: Position): void {
    this.#clearTimers();
    this.#current = mark;
    this.#shown = true;
    this.#show(mark, undefined, position);
  }

  hide(): void {
    this.#clearTimers();
    this.#current = undefined;
    this.#ticket++;
    this.#deps.tooltip.hide();
    this.#release();
  }

  #release(): void {
    if (!this.#shown) return;
    this.#shown = false;
    this.#deps.released?.();
  }

  #clearTimers(): void {
    clearTimeout(this.#showTimer);
    clearTimeout(this.#hideTimer);
    this.#showTimer = this.#hideTimer = undefined;
  }

  #show(mark: Mark, rect?: DOMRect, position?: Position): void {
    const mine = ++this.#ticket;
    void this.#deps.text.contentOf(mark).then((content) => {
      const anchor = rect ?? markRects(this.#deps.win.document, mark)[0];
      if (!content || !anchor || mine !== this.#ticket) return;
      this.#deps.tooltip.show(position ? { ...content, position } : content, anchor);
    });
  }

  /** What is under the pointer now (once a frame). */
  #test(): void {
    const since = performance.now();
    this.#frame = 0;
    if (this.#overTooltip) return;
    const { win, painter, tooltip, text, settings } = this.#deps;
    const hit = markAt(win.document, painter, this.#x, this.#y);
    if (hit?.mark === this.#current) return;
    this.#clearTimers();
    this.#current = hit?.mark;
    if (hit) {
      // Another code's tooltip comes (the stepped one's goes when the tooltip hides).
      this.#release();
      text.prefetch(hit.mark);
      const delay = settings.current.tooltipDelay;
      const wait = tooltip.visible ? 0 : Math.max(0, delay - (performance.now() - since));
      this.#showTimer = setTimeout(() => this.#show(hit.mark, hit.rect), wait);
    } else if (tooltip.visible) {
      this.#hideTimer = setTimeout(() => this.hide(), LEAVE_GRACE);
    }
  }

  #onMove(e: PointerEvent): void {
    if (!isReaderPointer(e)) return;
    // Before the tooltip is first built, the pointer cannot be over it.
    const host = this.#deps.tooltip.host;
    this.#overTooltip = host !== null && e.composedPath().includes(host);
    if (this.#overTooltip) {
      clearTimeout(this.#hideTimer);
      return;
    }
    this.#x = e.clientX;
    this.#y = e.clientY;
    if (this.#frame === 0) this.#frame = this.#deps.win.requestAnimationFrame(() => this.#test());
  }

  #onKey(e: KeyboardEvent): void {
    if (e.isTrusted && e.key === 'Escape' && this.#deps.tooltip.visible) this.hide();
  }

  #onScroll(e: Event): void {
    if (e.isTrusted) this.hide();
  }

  #onLeave(e: MouseEvent): void {
    if (e.isTrusted && e.relatedTarget === null) this.hide();
  }
}
