/**
 * What explains a highlighted code: the hover that shows the tooltip, and the keyboard's "next
 * code". The tooltip's element is built the first time it shows, and its text asked of the
 * background the first time the pointer rests on a code: a page never hovered pays for neither.
 */
import { markRects } from '../page/hit-test.ts';
import type { CodeMark, Mark } from '../page/mark.ts';
import type { Painter } from '../page/painter.ts';
import type { OwnUi } from '../page/viewport.ts';
import { Hover, type HoverDeps } from './hover.ts';
import type { ReferenceLink } from './render.ts';
import { Tooltip, TOOLTIP_TAG } from './tooltip.ts';

export interface ExplainerDeps extends Pick<HoverDeps, 'win' | 'text' | 'settings' | 'signal'> {
  readonly painter: Pick<Painter, 'marksIn' | 'all'>;
  readonly link: ReferenceLink;
}

export class Explainer implements OwnUi {
  readonly tag = TOOLTIP_TAG;
  readonly #win: Window;
  readonly #painter: ExplainerDeps['painter'];
  readonly #tooltip: Tooltip;
  readonly #hover: Hover;
  #lastShown: Mark | undefined;

  /** Follows the pointer from now on, until `signal` aborts (which removes the tooltip too). */
  constructor(deps: ExplainerDeps) {
    this.#win = deps.win;
    this.#painter = deps.painter;
    this.#tooltip = new Tooltip(deps.win.document, deps.link);
    this.#hover = new Hover({ ...deps, tooltip: this.#tooltip });
    deps.signal.addEventListener('abort', () => this.#tooltip.destroy(), { once: true });
  }

  /** The tooltip's host element, once built (ours: never read, and kept attached). */
  get host(): Element | null {
    return this.#tooltip.host;
  }

  reattach(): void {
    this.#tooltip.ensureAttached();
  }

  hide(): void {
    this.#hover.hide();
  }

  /** Shows the tooltip of the next code on screen after the last one shown. */
  next(): void {
    const doc = this.#win.document;
    const onScreen = this.#painter
      .all()
      .filter((m): m is CodeMark => m.kind === 'code')
      .map((m) => ({ m, r: markRects(doc, m)[0] }))
      .filter(
        (x): x is { m: CodeMark; r: DOMRect } =>
          !!x.r && x.r.bottom > 0 && x.r.top < this.#win.innerHeight && x.r.width > 0,
      )
      .sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left);
    if (onScreen.length === 0) return;
    const at = onScreen.findIndex((x) => x.m === this.#lastShown);
    const next = onScreen[(at + 1) % onScreen.length];
    if (!next) return;
    this.#lastShown = next.m;
    this.#hover.show(next.m);
  }
}
