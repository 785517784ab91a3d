/**
 * The content script's work, wired: the settings, the highlighter and its tooltip, messages
 * from the background, and the end of it all when the extension goes away.
 */
import { isContentMessage, sendMessage } from '../protocol.ts';
import { listen } from '../listen.ts';
import type { Settings } from '../settings.ts';
import { TooltipText, type TooltipBackend } from '../tooltip/text.ts';
import { PageContext } from './context.ts';
import { whenCandidate } from './candidate-watch.ts';
import { extension } from './extension.ts';
import { whenStatus } from './frame-status.ts';
import { PageRun, type RunDeps } from './run.ts';
import { highlightsHere } from './site.ts';
import { StoredSettings } from './stored-settings.ts';

/**
 * The background, as this content script asks it: not at all once the extension is gone
 * (asking tears everything down), and never with an error thrown into the page.
 */
function backgroundOf(context: PageContext): TooltipBackend {
  return {
    describe: async (codes) => {
      if (context.isInvalid) throw new Error('the extension is gone');
      return sendMessage('describeCodes', { codes }, extension().runtime);
    },
    openReference: (code) => {
      if (context.isInvalid) return;
      sendMessage('openReference', { code }, extension().runtime).catch(() => undefined);
    },
  };
}

class ContentScript {
  readonly #settings: StoredSettings;
  readonly #deps: RunDeps;
  #run: PageRun | undefined;

  constructor(settings: StoredSettings, context: PageContext, seen: () => boolean) {
    this.#settings = settings;
    const link = backgroundOf(context);
    const text = new TooltipText(link, settings.current.language);
    this.#deps = { settings, text, link, alive: () => !context.isInvalid, seen };
  }

  /** Starts or stops highlighting as the settings say. */
  apply(): void {
    this.stop();
    if (highlightsHere(this.#settings.current, window)) this.#run = new PageRun(this.#deps);
  }

  changed(next: Settings, previous: Settings): void {
    if (next.language !== previous.language) {
      this.#deps.text.setLanguage(next.language);
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

export interface StartOptions {
  /**
   * A frame below the top one: past a number that could be a status, it waits for a status the
   * detector finds before it reads its settings (`frame-status.ts`).
   */
  readonly frame?: boolean;
  /**
   * Read the settings before waiting for that number (Chromium's top frame): a page that arrives
   * at once is parsed in one long task, and an answer asked for during it comes only after it,
   * when the first screen should be painted already. If the page is still loading when they
   * come, the reader is set up at once, and its preview reads the top between the parser's chunks
   * from the first such number (the reader set up only at that number painted `prose` after its
   * first frame in 3 of 5 loads: docs/performance.md). Firefox's parser lets the answer in: there
   * the wait comes first, and a page without such a number never touches storage.
   */
  readonly settingsFirst?: boolean;
}

/**
 * Runs from document_start in every frame. The reader starts only with a number that could be a
 * status (most pages show none; `candidate-watch.ts`), in a frame below the top only with a
 * status the detector finds: then, with the settings read, the highlighter paints the top of
 * what is parsed in the frames the browser renders meanwhile, and starts in full at
 * DOMContentLoaded. (Chromium injects document_end scripts only after the page's first layout,
 * long after DOMContentLoaded on a very large page: docs/performance.md.)
 */
export async function runContentScript(
  context = new PageContext(),
  { frame = false, settingsFirst = true }: StartOptions = {},
): Promise<void> {
  const { signal } = context;
  let seen = false;
  const candidate = async () => {
    await whenCandidate(document, signal);
    if (frame) await whenStatus(document, signal);
    seen = true;
  };
  if (!settingsFirst) await candidate();
  const settings = new StoredSettings();
  try {
    await settings.read();
  } catch {
    // The extension went away as the page loaded: nothing to do, and nothing to throw.
    return;
  }
  const script = new ContentScript(settings, context, () => seen);
  settings.follow((next, previous) => script.changed(next, previous), signal);
  if (settingsFirst && document.readyState !== 'loading') await candidate();
  const onMessage = (message: unknown): undefined => {
    if (isContentMessage(message) && message.type === 'nextCode') script.next();
  };
  // The keyboard command goes to the top frame alone (frameId 0): a frame never builds the
  // runtime's event binding for it.
  if (window === window.top) listen(extension().runtime.onMessage, signal, onMessage);
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
