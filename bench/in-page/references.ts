/**
 * The references and the page's shape, measured in the plain browser after `load`. Each
 * function goes to the page alone (`page.evaluate`), so it is self-contained.
 */

export interface FloorResult {
  readonly ms: number;
  readonly candidates: number;
  readonly textNodes: number;
}

/** The physical limit: every text node visited once and scanned for three-digit candidates. */
export function floorPass(): FloorResult {
  const start = performance.now();
  const candidate = /\b[1-5]\d\d\b/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let candidates = 0;
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    const data = (node as Text).data;
    candidate.lastIndex = 0;
    while (candidate.exec(data)) candidates++;
  }
  return { ms: performance.now() - start, candidates, textNodes };
}

export interface PeerResult {
  readonly ms: number;
  readonly marks: number;
}

interface MarkJs {
  markRegExp(re: RegExp, options: { each?: () => void; done?: () => void }): void;
}

/** mark.js wrapping every candidate in a <mark>, plus the layout its DOM changes force. */
export function peerPass(): Promise<PeerResult> {
  const Mark = (window as unknown as { Mark: new (root: Element) => MarkJs }).Mark;
  return new Promise((resolve) => {
    const start = performance.now();
    let marks = 0;
    new Mark(document.body).markRegExp(/\b[1-5]\d\d\b/g, {
      each: () => void marks++,
      done: () => {
        void document.body.offsetHeight;
        resolve({ ms: performance.now() - start, marks });
      },
    });
  });
}

export interface PageShape {
  readonly elements: number;
  readonly textBytes: number;
}

export function pageShape(): PageShape {
  return {
    elements: document.getElementsByTagName('*').length,
    textBytes: new Blob([document.body.textContent ?? '']).size,
  };
}
