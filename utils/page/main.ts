/**
 * The content script's work, wired: the settings, the highlighter and its tooltip, messages
 * from the background, and the end of it all when the extension goes away.
 */
import { browser } from 'wxt/browser';
import { isContentMessage, sendMessage } from '../protocol.ts';
import type { Settings } from '../settings.ts';
import { Explainer } from '../tooltip/explainer.ts';
import { TooltipText, type TooltipBackend } from '../tooltip/text.ts';
import { PageContext } from './context.ts';
import { Highlighter } from './highlighter.ts';
import { Painter } from './painter.ts';
import { highlightsHere } from './site.ts';
import { StoredSettings } from './stored-settings.ts';

const BACKGROUND: TooltipBackend = {
  describe: (codes) => sendMessage('describeCodes', { codes }, browser.runtime),
  openReference: (code) => void sendMessage('openReference', { code }, browser.runtime),
};

/** One run of the highlighter and its tooltip, with the settings it started with. */
class PageRun {
  readonly #controller = new AbortController();
  readonly #explainer: Explainer;
  readonly #highlighter: Highlighter;

  constructor(settings: StoredSettings, text: TooltipText) {
    const signal = this.#controller.signal;
    const painter = new Painter();
    const win = window;
    this.#explainer = new Explainer({ win, painter, text, settings, link: BACKGROUND, signal });
    const sensitivity = settings.current.sensitivity;
    this.#highlighter = new Highlighter({ win, sensitivity, painter, ui: this.#explainer, signal });
    this.#highlighter.start();
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

class ContentScript {
  readonly #settings: StoredSettings;
  /** Outlives the runs: text fetched stays, per language. */
  readonly #text: TooltipText;
  #run: PageRun | undefined;

  constructor(settings: StoredSettings) {
    this.#settings = settings;
    this.#text = new TooltipText(BACKGROUND, settings.current.language);
  }

  /** Starts or stops highlighting as the settings say. */
  apply(): void {
    this.stop();
    if (highlightsHere(this.#settings.current, window))
      this.#run = new PageRun(this.#settings, this.#text);
  }

  changed(next: Settings, previous: Settings): void {
    if (next.language !== previous.language) {
      this.#text.setLanguage(next.language);
      this.#run?.explainer.hide();
    }
    if (
      highlightsHere(previous, window) !== highlightsHere(next, window) ||
      previous.sensitivity !== next.sensitivity
    )
      this.apply();
  }

  check(): void {
    this.#run?.check();
  }

  /** The keyboard command: the tooltip of the next code on screen. */
  next(): void {
    this.#run?.explainer.next();
  }

  stop(): void {
    this.#run?.stop();
    this.#run = undefined;
  }
}

/**
 * Runs from document_start, as soon as the settings are read: while the page loads, the
 * highlighter paints the top of what is parsed in the frames the browser renders meanwhile, and
 * starts in full at DOMContentLoaded. (Chromium injects document_end scripts only after the
 * page's first layout, long after DOMContentLoaded on a very large page: docs/performance.md.)
 */
export async function runContentScript(context = new PageContext()): Promise<void> {
  const settings = new StoredSettings();
  await settings.read();
  const script = new ContentScript(settings);
  const { signal } = context;
  settings.follow((next, previous) => script.changed(next, previous), signal);
  const onMessage = (message: unknown): undefined => {
    if (isContentMessage(message) && message.type === 'nextCode') script.next();
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
  // Disabled, removed or updated extension: take every highlight and our host away; a page
  // made editable: its marks. The reader scrolling or pointing at the page is when stale
  // highlights would matter.
  const check = (e: Event): void => {
    if (e.isTrusted && !context.isInvalid) script.check();
  };
  for (const type of ['scroll', 'pointerover'] as const)
    document.addEventListener(type, check, { capture: true, passive: true, signal });
  context.onInvalidated(() => script.stop());
  script.apply();
}
