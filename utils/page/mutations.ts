/**
 * Follows a dynamic page (SPA updates, infinite scroll, text edited in place, text made
 * editable) with one MutationObserver whose records are coalesced: the changed blocks are collected, blocks
 * inside another queued block are dropped, and one rescan runs after a short quiet delay.
 * A page that changes without pause cannot make us loop: the delay grows while it churns
 * (a circuit breaker), and a huge batch becomes one full rescan.
 */
import { blockOf, isInline } from './places.ts';

/** What the watcher reports, once per quiet delay. */
export interface PageChanges {
  /** Nodes whose changes are ours (the tooltip host) and never trigger work. */
  isOwn(node: Node): boolean;
  /** These blocks changed (none inside another). */
  blocks(blocks: Set<Element>): void;
  /** So much changed that the whole page is to be read again. */
  everything(): void;
  /** Something was removed (before `blocks` or `everything`, in the same report). */
  removed(): void;
}

/** The quiet delay before a rescan, in ms, and how far it grows while a page churns. */
const BASE_DELAY = 60;
const MAX_DELAY = 4000;
/** Above this many blocks in one batch, rescan the whole page instead. */
const MAX_BLOCKS = 400;

/** Text or inline content changes its parent block's text; a block element stands alone. */
const isBlock = (n: Node): boolean => n.nodeType === Node.ELEMENT_NODE && !isInline(n as Element);

/** Drops blocks that sit inside another block of the set: reading the outer one reads them. */
function outermost(blocks: Set<Element>): Set<Element> {
  const out = new Set<Element>();
  for (const block of blocks) {
    let parent = block.parentElement;
    while (parent && !blocks.has(parent)) parent = parent.parentElement;
    if (!parent) out.add(block);
  }
  return out;
}

export class MutationWatcher {
  readonly #changes: PageChanges;
  #queued = new Set<Element>();
  #removed = false;
  #overflow = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #delay = BASE_DELAY;
  #lastFlush = 0;

  constructor(changes: PageChanges) {
    this.#changes = changes;
  }

  /** Watches `target` until `signal` aborts. */
  observe(target: Node, signal: AbortSignal): void {
    const observer = new MutationObserver((records) => this.#note(records));
    // Of attributes, only `contenteditable`: text made editable is no longer ours to mark.
    observer.observe(target, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['contenteditable'],
    });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        if (this.#timer !== undefined) clearTimeout(this.#timer);
      },
      { once: true },
    );
  }

  #note(records: MutationRecord[]): void {
    const changes = this.#changes;
    for (const r of records) {
      if (changes.isOwn(r.target)) continue;
      if (r.type === 'characterData' || r.type === 'attributes') {
        this.#queue(r.target);
        continue;
      }
      for (const n of r.addedNodes) {
        if (changes.isOwn(n)) continue;
        this.#queue(isBlock(n) ? n : r.target);
      }
      for (const n of r.removedNodes) {
        if (changes.isOwn(n)) continue;
        this.#removed = true;
        if (!isBlock(n)) this.#queue(r.target);
      }
    }
    if (this.#timer === undefined && (this.#queued.size > 0 || this.#removed || this.#overflow))
      this.#timer = setTimeout(() => this.#flush(), this.#delay);
  }

  #queue(node: Node | null): void {
    if (!node || this.#overflow) return;
    const block = blockOf(node);
    if (block) this.#queued.add(block);
    if (this.#queued.size > MAX_BLOCKS) this.#overflow = true;
  }

  #flush(): void {
    this.#timer = undefined;
    const now = Date.now();
    // Churning page: back off; a calm page returns to the base delay.
    this.#delay =
      now - this.#lastFlush < this.#delay * 2 ? Math.min(MAX_DELAY, this.#delay * 2) : BASE_DELAY;
    this.#lastFlush = now;
    if (this.#removed) this.#changes.removed();
    if (this.#overflow) this.#changes.everything();
    else if (this.#queued.size > 0) this.#changes.blocks(outermost(this.#queued));
    this.#queued = new Set();
    this.#removed = false;
    this.#overflow = false;
  }
}
