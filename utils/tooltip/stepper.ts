/**
 * The keyboard's "next code" (Alt+Shift+S): the codes on screen in reading order, and the one
 * shown marked with a highlight of its own, registered only while the tooltip shows it.
 */
import { markRects } from '../page/hit-test.ts';
import type { CodeMark } from '../page/mark.ts';
import type { Painter, Registry } from '../page/painter.ts';

/** The current code's highlight (styled by the highlight stylesheets, above the class's tint). */
export const CURRENT_HIGHLIGHT = 'http-status-current';

export interface Step {
  readonly mark: CodeMark;
  /** Its place among the codes on screen, from 1. */
  readonly at: number;
  readonly of: number;
}

export class Stepper {
  readonly #win: Window;
  readonly #painter: Pick<Painter, 'all'>;
  readonly #registry: Registry;
  #last: CodeMark | undefined;
  #marked = false;

  constructor(win: Window, painter: Pick<Painter, 'all'>, registry: Registry = CSS.highlights) {
    this.#win = win;
    this.#painter = painter;
    this.#registry = registry;
  }

  /** The code on screen after the last one shown (the first after the last), now marked. */
  next(): Step | undefined {
    const onScreen = this.#onScreen();
    const last = this.#last ? onScreen.indexOf(this.#last) : -1;
    const next = onScreen[(last + 1) % onScreen.length];
    if (!next) return undefined;
    this.#last = next;
    const highlight = new Highlight();
    highlight.add(next.range);
    // Above the class highlight of the same text, whichever was registered first.
    highlight.priority = 1;
    this.#registry.set(CURRENT_HIGHLIGHT, highlight);
    this.#marked = true;
    return { mark: next, at: onScreen.indexOf(next) + 1, of: onScreen.length };
  }

  /** The tooltip no longer shows the stepped code: its mark goes (the place is kept). */
  end(): void {
    if (!this.#marked) return;
    this.#marked = false;
    this.#registry.delete(CURRENT_HIGHLIGHT);
  }

  /** The codes inside the viewport, top to bottom and left to right. */
  #onScreen(): CodeMark[] {
    const doc = this.#win.document;
    const height = this.#win.innerHeight;
    return this.#painter
      .all()
      .filter((m): m is CodeMark => m.kind === 'code')
      .map((m) => ({ m, r: markRects(doc, m)[0] }))
      .filter(
        (x): x is { m: CodeMark; r: DOMRect } =>
          !!x.r && x.r.bottom > 0 && x.r.top < height && x.r.width > 0,
      )
      .sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left)
      .map((x) => x.m);
  }
}
