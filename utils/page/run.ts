/**
 * One run of the highlighter and its tooltip, with the settings it started with: everything it
 * starts is registered with one AbortController, so that `stop` takes it all away at once.
 */
import { Explainer } from '../tooltip/explainer.ts';
import type { ReferenceLink } from '../tooltip/render.ts';
import type { TooltipText } from '../tooltip/text.ts';
import { Highlighter } from './highlighter.ts';
import { Painter } from './painter.ts';
import type { StoredSettings } from './stored-settings.ts';

export interface RunDeps {
  readonly settings: StoredSettings;
  /** Outlives the runs: text fetched stays, per language. */
  readonly text: TooltipText;
  readonly link: ReferenceLink;
  /** False once the extension is gone (asking tears the content script down). */
  readonly alive: () => boolean;
  /** True once the content script saw a number that could be a status: no need to wait for one. */
  readonly seen: () => boolean;
}

export class PageRun {
  readonly #controller = new AbortController();
  readonly #explainer: Explainer;
  readonly #highlighter: Highlighter;

  constructor({ settings, text, link, alive, seen }: RunDeps) {
    const signal = this.#controller.signal;
    const painter = new Painter();
    const win = window;
    this.#explainer = new Explainer({ win, painter, text, settings, link, signal });
    const sensitivity = settings.current.sensitivity;
    const ui = this.#explainer;
    this.#highlighter = new Highlighter({ win, sensitivity, painter, ui, alive, signal });
    this.#highlighter.start({ seen: seen() });
    signal.addEventListener('abort', () => painter.clear(), { once: true });
  }

  get explainer(): Explainer {
    return this.#explainer;
  }

  /** The reader points at or scrolls the page: has it been made editable meanwhile? */
  check(): void {
    this.#highlighter.checkEditing();
  }

  /** Removes every highlight, listener and observer, and the tooltip, at once. */
  stop(): void {
    this.#controller.abort();
  }
}
