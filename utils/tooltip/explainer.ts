/**
 * What explains a highlighted code: the hover that shows the tooltip, and the keyboard's "next
 * code". The tooltip's element is built the first time it shows, and its text asked of the
 * background the first time the pointer rests on a code: a page never hovered pays for neither.
 */
import type { Painter } from '../page/painter.ts';
import type { OwnUi } from '../page/viewport.ts';
import { Hover, type HoverDeps } from './hover.ts';
import type { ReferenceLink } from './render.ts';
import { Stepper } from './stepper.ts';
import { Tooltip, TOOLTIP_TAG } from './tooltip.ts';

export interface ExplainerDeps extends Pick<HoverDeps, 'win' | 'text' | 'settings' | 'signal'> {
  readonly painter: Pick<Painter, 'marksIn' | 'all'>;
  readonly link: ReferenceLink;
}

export class Explainer implements OwnUi {
  readonly tag = TOOLTIP_TAG;
  readonly #tooltip: Tooltip;
  readonly #hover: Hover;
  readonly #stepper: Stepper;

  /** Follows the pointer from now on, until `signal` aborts (which removes the tooltip too). */
  constructor(deps: ExplainerDeps) {
    this.#tooltip = new Tooltip(deps.win.document, deps.link);
    const stepper = new Stepper(deps.win, deps.painter);
    this.#stepper = stepper;
    this.#hover = new Hover({ ...deps, tooltip: this.#tooltip, released: () => stepper.end() });
    deps.signal.addEventListener(
      'abort',
      () => {
        stepper.end();
        this.#tooltip.destroy();
      },
      { once: true },
    );
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

  /** Shows the tooltip of the next code on screen after the last one shown, marked, with "3 / 13". */
  next(): void {
    const step = this.#stepper.next();
    if (step) this.#hover.show(step.mark, { at: step.at, of: step.of });
  }
}
