/**
 * The on-page reading, assembled: detector → scanner → painter, the preview while the page
 * loads, and the mutation watcher after it. Everything it starts is registered with `signal`:
 * its abort stops the reading and removes every listener and observer at once.
 */
import type { Sensitivity } from '../detector/types.ts';
import { whenCandidate } from './candidate-watch.ts';
import { PageDetector } from './detector.ts';
import { MutationWatcher, type PageChanges } from './mutations.ts';
import type { Painter } from './painter.ts';
import { Preview } from './preview.ts';
import { Scanner } from './scanner.ts';
import { Viewport, type OwnUi } from './viewport.ts';

export interface HighlighterDeps {
  readonly win: Window;
  readonly sensitivity: Sensitivity;
  readonly painter: Painter;
  /** Our own element on the page (the tooltip), never read. */
  readonly ui: OwnUi;
  /** False once the extension is gone: nothing more is read or painted. */
  readonly alive: () => boolean;
  readonly signal: AbortSignal;
}

export class Highlighter {
  readonly #win: Window;
  readonly #painter: Painter;
  readonly #ui: OwnUi;
  readonly #signal: AbortSignal;
  readonly #scanner: Scanner;
  /** The document was in designMode when last looked at. */
  #editing = false;

  constructor({ win, sensitivity, painter, ui, alive, signal }: HighlighterDeps) {
    this.#win = win;
    this.#painter = painter;
    this.#ui = ui;
    this.#signal = signal;
    this.#scanner = new Scanner({
      view: new Viewport(win, ui),
      painter,
      detector: new PageDetector(win.document, sensitivity),
      readable: () => alive() && !this.checkEditing(),
    });
  }

  /**
   * True while the document is in designMode (being written, as in a rich-text editor): none
   * of it is read, and the marks go. Looked at before each reading and when the reader points
   * at the page (nothing tells when a page switches it).
   */
  checkEditing(): boolean {
    const editing = this.#win.document.designMode === 'on';
    if (editing === this.#editing) return editing;
    this.#editing = editing;
    if (editing) this.#scanner.forgetAll();
    else this.#scanner.update();
    return editing;
  }

  /**
   * Reads the page from now on: the top of what is parsed while it loads, from its first number
   * that could be a status (`seen`: the caller saw it already), then in full.
   */
  start({ seen = false }: { readonly seen?: boolean } = {}): void {
    const win = this.#win;
    const doc = win.document;
    const scanner = this.#scanner;
    const signal = this.#signal;
    signal.addEventListener('abort', () => scanner.stop(), { once: true });
    // Scrolling (the window's or any element's) and resizing bring other text into reach.
    // Events a page script makes up (untrusted) drive none of our work.
    const passive = { passive: true, signal } as const;
    doc.addEventListener('scroll', (e) => e.isTrusted && scanner.update({ scrolled: true }), {
      ...passive,
      capture: true,
    });
    win.addEventListener('resize', (e) => e.isTrusted && scanner.update(), passive);
    if (doc.readyState === 'loading') this.#whileLoading(seen);
    else this.#begin(false);
  }

  /**
   * The page is still loading: nothing is read before its text shows a number that could be a
   * status (`candidate-watch.ts`). From there the preview reads the top of what is parsed, after
   * each of the parser's chunks and at each frame; at DOMContentLoaded the page is read in full,
   * or, if no such number came yet, once one comes. A page that loads slowly without one (an
   * article waiting for its thirty frames) is no longer walked at every chunk and frame for
   * nothing: our time in it before its load went from 15 to 5 ms (docs/performance.md).
   */
  #whileLoading(seen: boolean): void {
    const doc = this.#win.document;
    let preview: Preview | undefined;
    let parsed = false;
    const found = (): void => {
      seen = true;
      if (doc.readyState === 'loading')
        preview = new Preview(this.#win, this.#scanner, this.#signal);
      else if (parsed) this.#begin(false);
    };
    // A number the content script waited for already is not looked for twice (Firefox's top frame).
    if (seen) found();
    else void whenCandidate(doc, this.#signal).then(found);
    // Either order works at DOMContentLoaded: the watch's own listener, which walks the whole
    // text, comes first; a number it finds there begins the reading here or just after.
    const loaded = (e: Event): void => {
      if (!e.isTrusted) return;
      doc.removeEventListener('DOMContentLoaded', loaded);
      parsed = true;
      if (seen) this.#begin(preview?.finish() ?? false);
    };
    doc.addEventListener('DOMContentLoaded', loaded, { signal: this.#signal });
  }

  /**
   * Once the page is parsed: the mutation watcher starts (it would otherwise report every node
   * the parser adds) and the page is read in full, keeping what the preview read.
   */
  #begin(previewed: boolean): void {
    new MutationWatcher(this.#changes()).observe(this.#win.document.documentElement, this.#signal);
    this.#scanner.start({ afterPreview: previewed });
  }

  #changes(): PageChanges {
    const painter = this.#painter;
    const scanner = this.#scanner;
    const ui = this.#ui;
    return {
      // The tooltip's host (its content is in a shadow root, which the watcher does not see).
      isOwn: (node) => (node as Element).localName === ui.tag,
      blocks: (blocks) => scanner.rescan(blocks),
      everything: () => {
        painter.forget(painter.all().map((m) => m.block));
        scanner.start();
      },
      removed: () => {
        ui.reattach();
        painter.forget(
          painter
            .all()
            .filter((m) => !m.block.isConnected || !m.range.startContainer.isConnected)
            .map((m) => m.block),
        );
        // Drops the readings of removed text; what moved into view is read.
        scanner.rescan([]);
      },
    };
  }
}
