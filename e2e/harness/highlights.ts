/** Reads what the extension highlighted, from the page's main world (CSS.highlights is shared). */
import type { Page } from 'playwright-core';

export interface Painted {
  readonly name: string;
  readonly text: string;
  /** Id of the closest ancestor element that has one. */
  readonly within: string;
}

export async function readHighlights(page: Page): Promise<Painted[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string; within: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('http-status')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const parent = r.startContainer.parentElement?.closest('[id]');
        out.push({ name, text: range.toString(), within: parent?.id ?? '' });
      }
    }
    return out.sort((a, b) => a.within.localeCompare(b.within) || a.text.localeCompare(b.text));
  });
}

/** Waits until at least `count` highlighted ranges exist. */
export async function waitForHighlights(page: Page, count = 1, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      let total = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('http-status')) total += h.size;
      return total >= n;
    },
    count,
    { timeout },
  );
}

/** The highlighted ranges that lie inside the viewport now, each with the start of its line. */
export async function highlightsOnScreen(page: Page): Promise<{ text: string; line: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; line: string }[] = [];
    // Measuring a range in a huge text node is slow: skip, by offset, those of the node on
    // screen that lie far above or below it.
    const top = document.caretPositionFromPoint(5, 1);
    const bottom = document.caretPositionFromPoint(innerWidth - 5, innerHeight - 1);
    const far = (r: AbstractRange) =>
      (r.startContainer === top?.offsetNode && r.startOffset < top.offset - 500) ||
      (r.startContainer === bottom?.offsetNode && r.startOffset > bottom.offset + 500);
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('http-status')) continue;
      for (const r of highlight) {
        if (far(r)) continue;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const box = range.getBoundingClientRect();
        if (box.width === 0 || box.bottom < 0 || box.top > innerHeight) continue;
        const data = r.startContainer.textContent ?? '';
        const lineStart = data.lastIndexOf('\n', r.startOffset - 1) + 1;
        out.push({ text: range.toString(), line: data.slice(lineStart, lineStart + 60) });
      }
    }
    return out;
  });
}

/** Characters of a text to point at: [start, end) of the first text node of `selector`. */
export interface TextSpan {
  readonly selector: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Runs in the page (`page.evaluate(textCenter, span)`, Playwright or Puppeteer): the middle of
 * a span of text, in viewport coordinates, where a pointer rests on it.
 */
export function textCenter({ selector, start, end }: TextSpan): { x: number; y: number } {
  const node = document.querySelector(selector)?.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const box = range.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
