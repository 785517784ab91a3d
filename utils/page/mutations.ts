/**
 * Follows a dynamic page (SPA updates, infinite scroll, text edited in place) with one
 * MutationObserver whose records are coalesced: the changed blocks are collected, blocks
 * inside another queued block are dropped, and one rescan runs after a short quiet delay.
 * A page that changes without pause cannot make us loop: the delay grows while it churns
 * (a circuit breaker), and a huge batch becomes one full rescan.
 */
import { blockOf, isInline } from './text-blocks.ts';

export interface WatchOptions {
  readonly target: Node;
  /** Nodes whose changes are ours (the tooltip host) and never trigger work. */
  readonly isOwn: (node: Node) => boolean;
  readonly onBlocks: (blocks: Set<Element>) => void;
  readonly onEverything: () => void;
  readonly onRemoved: () => void;
}

/** The quiet delay before a rescan, in ms, and how far it grows while a page churns. */
const BASE_DELAY = 60;
const MAX_DELAY = 4000;
/** Above this many blocks in one batch, rescan the whole page instead. */
const MAX_BLOCKS = 400;

/** Text or inline content changes its parent block's text; a block element stands alone. */
const isBlock = (n: Node): boolean => n.nodeType === Node.ELEMENT_NODE && !isInline(n as Element);

export function watchMutations(o: WatchOptions): { disconnect(): void } {
  let queued = new Set<Element>();
  let removed = false;
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = BASE_DELAY;
  let lastFlush = 0;

  const queue = (node: Node | null): void => {
    if (!node || overflow) return;
    const block = blockOf(node);
    if (block) queued.add(block);
    if (queued.size > MAX_BLOCKS) overflow = true;
  };
  const flush = (): void => {
    timer = undefined;
    const now = Date.now();
    // Churning page: back off; a calm page returns to the base delay.
    delay = now - lastFlush < delay * 2 ? Math.min(MAX_DELAY, delay * 2) : BASE_DELAY;
    lastFlush = now;
    if (removed) o.onRemoved();
    if (overflow) o.onEverything();
    else if (queued.size > 0) o.onBlocks(outermost(queued));
    queued = new Set();
    removed = false;
    overflow = false;
  };

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (o.isOwn(r.target)) continue;
      if (r.type === 'characterData') {
        queue(r.target);
        continue;
      }
      for (const n of r.addedNodes) {
        if (o.isOwn(n)) continue;
        queue(isBlock(n) ? n : r.target);
      }
      for (const n of r.removedNodes) {
        if (o.isOwn(n)) continue;
        removed = true;
        if (!isBlock(n)) queue(r.target);
      }
    }
    if (timer === undefined && (queued.size > 0 || removed || overflow))
      timer = setTimeout(flush, delay);
  });
  observer.observe(o.target, { childList: true, characterData: true, subtree: true });
  return {
    disconnect() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/** Drops blocks that sit inside another block of the set: reading the outer one reads them. */
export function outermost(blocks: Set<Element>): Set<Element> {
  const out = new Set<Element>();
  for (const block of blocks) {
    let parent = block.parentElement;
    while (parent && !blocks.has(parent)) parent = parent.parentElement;
    if (!parent) out.add(block);
  }
  return out;
}
