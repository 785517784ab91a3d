/**
 * The page as the scanner sees it: its body, our own element in it, the text under the viewport
 * and how far around it to read.
 */
import { caretAt } from './hit-test.ts';

/** A text position under the viewport. */
export interface Seed {
  readonly node: Text;
  readonly offset: number;
}

/**
 * Our own element on the page (the tooltip's host): never read, its changes never ours to
 * follow (told by its tag), and put back if the page removes it.
 */
export interface OwnUi {
  /** The host element, once it is built. */
  readonly host: Element | null;
  readonly tag: string;
  /** Puts the host back if the page removed it. */
  reattach(): void;
}

/** What the scanner reads from the page. */
export interface PageView {
  root(): Element | null;
  /** Our own UI, never scanned. */
  ownHost(): Element | null;
  /** Text positions under the viewport now (called at a frame, when layout is up to date). */
  visibleTexts(): Seed[];
  /** Characters of text to read beyond the viewport, before and after it. */
  margin(): number;
}

/**
 * Few points, each a hit test that is slow on a long page (a block's children are searched one
 * by one: docs/performance.md): the top and bottom of the screen, the next
 * column tried only where a point finds no text, and three across the middle, where a
 * sidebar far from the main text in document order would be. The reading spans from the
 * first point to the last anyway; the middle keeps a fixed header from being the only
 * thing found at the top.
 */
const ROWS = [
  [0.02, false],
  [0.5, true],
  [0.98, false],
] as const;
const COLUMNS = [0.1, 0.5, 0.9] as const;

export class Viewport implements PageView {
  readonly #win: Window;
  readonly #ui: OwnUi;

  constructor(win: Window, ui: OwnUi) {
    this.#win = win;
    this.#ui = ui;
  }

  root(): Element | null {
    return this.#win.document.body;
  }

  ownHost(): Element | null {
    return this.#ui.host;
  }

  /**
   * Text positions under a few points across the viewport. Called by the scanner at a frame,
   * where the layout these lookups need is up to date after a scroll.
   */
  visibleTexts(): Seed[] {
    const win = this.#win;
    const out: Seed[] = [];
    const w = win.innerWidth;
    const h = win.innerHeight;
    for (const [row, every] of ROWS) {
      for (const col of COLUMNS) {
        const caret = caretAt(win.document, w * col, h * row);
        if (caret?.node.nodeType !== Node.TEXT_NODE) continue;
        if (!out.some((s) => s.node === caret.node))
          out.push({ node: caret.node as Text, offset: caret.offset });
        if (!every) break;
      }
    }
    return out;
  }

  /**
   * How many characters of text to read beyond the viewport, each way: about a screenful of
   * small text (a character of a 12 px monospace font covers about 7 × 15 px). From the
   * window's outer size: reading `innerWidth` or `innerHeight` makes the browser lay the page
   * out first (docs/performance.md).
   */
  margin(): number {
    const win = this.#win;
    return Math.min(
      16_000,
      Math.max(2_000, Math.round(((win.outerWidth || 1280) * (win.outerHeight || 800)) / 100)),
    );
  }
}
