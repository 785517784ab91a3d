/** What the reference page does to its document outside Preact: scrolling to a code, printing. */
import { entryId } from './entries.tsx';

/** Waits for the list to render, then brings the code into view and focuses it. */
export function scrollToCode(code: number, tries = 60): void {
  const el =
    document.getElementById(entryId(code)) ?? document.querySelector(`[data-code="${code}"]`);
  if (el instanceof HTMLDetailsElement) {
    el.open = true;
    // Below the sticky header, not under it.
    const header = document.querySelector('.page-head')?.getBoundingClientRect().height ?? 0;
    scrollTo({ top: el.getBoundingClientRect().top + scrollY - header - 8 });
    el.querySelector('summary')?.focus({ preventScroll: true });
  } else if (tries > 0) {
    requestAnimationFrame(() => scrollToCode(code, tries - 1));
  }
}

/**
 * Printing shows every explanation: closed <details> would print as headings only. For the
 * page's lifetime (it has no teardown).
 */
export function openEntriesWhenPrinting(): void {
  const opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
      d.open = true;
      opened.push(d);
    }
  });
  addEventListener('afterprint', () => opened.splice(0).forEach((d) => (d.open = false)));
}
