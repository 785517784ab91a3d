/**
 * A frame waits here, touching no extension API, until its text shows a number that could be a
 * status (`candidate.ts`): most frames never do, and then the content script costs its compile and
 * this watch alone, without the settings' read and the reader's set-up (docs/performance.md,
 * _Round two_).
 *
 * While the page loads, the text after the last one checked is walked at the end of each of the
 * parser's chunks (its mutation records are not read: the parser makes one per node, and reading
 * them would build a wrapper for every element); at DOMContentLoaded the whole text is walked once
 * more, for what scripts wrote behind the parser. After that, each change is checked as it comes.
 * Past WATCH_CHARS of text or WATCH_RECORDS changes without a candidate, the watch gives way to the
 * reader, which reads near the viewport only: a huge page is not checked whole here.
 */
import { mayHoldStatus } from './candidate.ts';
import { neverRead } from './places.ts';

/** Characters of one walk, or of the changes after the load, without a candidate. */
export const WATCH_CHARS = 200_000;
/** Mutation records after which the reader starts anyway (as its preview stops following them). */
export const WATCH_RECORDS = 20_000;

// Node types and the walker's filter as numbers: reading `Node` or `NodeFilter` would build their
// interface objects in the isolated world, which every frame would pay at start.
const TEXT = 3;
const ELEMENT = 1;
const FRAGMENT = 11;
const SHOW_TEXT = 4;

/** Text no reading covers, as the reader skips it (a page's inline JSON is full of `200`). */
const unread = (node: Node | null): boolean => neverRead((node as Element | null)?.localName ?? '');
/** A text this long is looked at with its parent even without a candidate (a script's budget). */
const LONG_TEXT = 2000;

export class CandidateWatch {
  readonly #doc: Document;
  readonly #found: () => void;
  readonly #observer: MutationObserver;
  /** Where the walk of a loading page stands, and the length of its last text when checked. */
  #walker: TreeWalker | undefined;
  #lastLength = 0;
  #chars = 0;
  #records = 0;
  #done = false;

  /**
   * Calls `found` once, when the document holds a candidate (at once if it does already, unless
   * `changesOnly`: then only text added or changed from now on counts).
   */
  constructor(doc: Document, found: () => void, signal: AbortSignal, changesOnly = false) {
    this.#doc = doc;
    this.#found = found;
    this.#observer = new MutationObserver((records) => this.#changed(records));
    if (signal.aborted) return;
    signal.addEventListener('abort', () => this.#stop(), { once: true });
    this.#observer.observe(doc, { childList: true, subtree: true, characterData: true });
    if (doc.readyState !== 'loading') {
      if (!changesOnly) this.#walkAll();
      return;
    }
    doc.addEventListener('DOMContentLoaded', () => this.#walkAll(), { once: true, signal });
    // What is parsed already (a watch begun once the settings came).
    this.#advance();
  }

  #changed(records: MutationRecord[]): void {
    this.#records += records.length;
    if (this.#records > WATCH_RECORDS) return this.#wake();
    if (this.#doc.readyState === 'loading') {
      for (const record of records)
        if (record.type === 'characterData') this.#checkText(record.target as Text);
      this.#advance();
      return;
    }
    const added = new Set<Node>();
    for (const record of records) {
      if (record.type === 'characterData') this.#checkText(record.target as Text);
      else for (const node of record.addedNodes) added.add(node);
    }
    // A node whose parent came in the same records is checked with it.
    for (const node of added)
      if (!(node.parentNode && added.has(node.parentNode))) this.#check(node);
  }

  /** The parser's new text: what follows the last text checked (which it may have grown). */
  #advance(): void {
    let walker = this.#walker;
    if (!walker || !walker.currentNode.isConnected) {
      walker = this.#walker = this.#doc.createTreeWalker(this.#doc, SHOW_TEXT);
    } else if (walker.currentNode.nodeType === TEXT) {
      const last = walker.currentNode as Text;
      if (last.data.length !== this.#lastLength) {
        this.#chars -= this.#lastLength;
        this.#lastLength = last.data.length;
        this.#checkText(last);
      }
    }
    for (let text = walker.nextNode(); text && !this.#done; text = walker.nextNode()) {
      this.#lastLength = (text as Text).data.length;
      this.#checkText(text as Text);
    }
  }

  /** Every text of the document, once: after the parse, or when injected into a loaded page. */
  #walkAll(): void {
    this.#walker = undefined;
    this.#chars = 0;
    this.#check(this.#doc);
  }

  #check(node: Node): void {
    if (this.#done) return;
    if (node.nodeType === TEXT) return this.#checkText(node as Text);
    if (node.nodeType !== ELEMENT && node.nodeType !== FRAGMENT && node !== this.#doc) return;
    if (unread(node)) return;
    const walker = this.#doc.createTreeWalker(node, SHOW_TEXT);
    for (let text = walker.nextNode(); text && !this.#done; text = walker.nextNode())
      this.#checkText(text as Text);
  }

  #checkText(text: Text): void {
    if (this.#done) return;
    const data = text.data;
    const candidate = mayHoldStatus(data);
    // The parent only when it matters: looking at it builds its wrapper.
    if ((candidate || data.length > LONG_TEXT) && unread(text.parentNode)) return;
    this.#chars += data.length;
    if (candidate || this.#chars > WATCH_CHARS) this.#wake();
  }

  #wake(): void {
    if (this.#done) return;
    this.#stop();
    this.#found();
  }

  #stop(): void {
    this.#done = true;
    this.#observer.disconnect();
    this.#walker = undefined;
  }
}

/** Resolves once the document holds a candidate (never, for most frames). */
export const whenCandidate = (
  doc: Document,
  signal: AbortSignal,
  changesOnly = false,
): Promise<void> => new Promise((resolve) => new CandidateWatch(doc, resolve, signal, changesOnly));
