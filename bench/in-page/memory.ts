/**
 * What the memory figures do inside the page (`../memory.ts`): scroll a page end to end as a
 * reader would, change a page 10 000 times as a long-lived single-page app does, and hold one
 * range per status of the log in `CSS.highlights` (the baseline: the ranges themselves).
 * Each is a self-contained function, serialized by Playwright.
 */

/** Scrolls from top to bottom, `screens` viewports a step, giving each step two frames. */
export async function scrollEndToEnd(screens: number): Promise<number> {
  let steps = 0;
  while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
    scrollBy(0, innerHeight * screens);
    for (let f = 0; f < 2; f++) await new Promise((resolve) => requestAnimationFrame(resolve));
    steps++;
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  return steps;
}

/**
 * `count` DOM mutations in batches of 50 per frame, as a feed that never stops: an item added
 * at the top (one in ten reports an error with a status), the oldest dropped past 200 items,
 * another item's text edited. Returns when all are done.
 */
export async function mutateLikeAnApp(count: number): Promise<void> {
  const feed = document.createElement('ul');
  document.body.prepend(feed);
  for (let done = 0; done < count;) {
    for (let k = 0; k < 50 && done < count; k++, done++) {
      const kind = done % 3;
      if (kind === 0) {
        const item = document.createElement('li');
        item.textContent =
          done % 30 === 0
            ? `Sync ${done} failed: the server answered 502 Bad Gateway.`
            : `Message ${done}: the order of ${(done % 9) + 1} items was shipped.`;
        feed.prepend(item);
      } else if (kind === 1 && feed.children.length > 200) {
        feed.lastElementChild?.remove();
      } else {
        const item = feed.children[done % Math.max(1, feed.children.length)];
        if (item) item.textContent = `Edited ${done}: seen by ${done % 50} people.`;
      }
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/**
 * One range per status field of the log (the number after the quoted request), all registered
 * in one highlight: what holding every code of the log as a live range costs at least.
 */
export function holdLogRanges(name: string): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const highlight = new Highlight();
  const field = /" ([1-5]\d\d) /g;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (const m of text.matchAll(field)) {
      const range = new Range();
      const start = (m.index ?? 0) + 2;
      range.setStart(node, start);
      range.setEnd(node, start + 3);
      highlight.add(range);
    }
  }
  CSS.highlights.set(name, highlight);
  return highlight.size;
}
