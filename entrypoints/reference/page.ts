/** What the reference page does to its document outside Preact: scrolling to a code, printing. */
import type { VendorId } from '../../data/types.ts';
import { entryId } from './entries.tsx';

/** Sets `--head-height` on the root to the sticky header's height now. */
export function syncHeadHeight(): void {
  const height = document.querySelector('.page-head')?.getBoundingClientRect().height ?? 0;
  document.documentElement.style.setProperty('--head-height', `${Math.ceil(height)}px`);
}

/**
 * Keeps `--head-height` equal to the sticky header's height, so that whatever the page scrolls
 * to (`scroll-margin-top` in reference.css) lands below it. For the page's lifetime.
 */
export function trackHeadHeight(): void {
  const measure = new ResizeObserver(syncHeadHeight);
  const watch = (tries = 60): void => {
    const head = document.querySelector('.page-head');
    if (head) measure.observe(head);
    else if (tries > 0) requestAnimationFrame(() => watch(tries - 1));
  };
  watch();
}

/** Waits for the list to render, then opens the code's entry, brings it into view and focuses it. */
export function scrollToCode(code: number, vendor?: VendorId, tries = 60): void {
  const el =
    document.getElementById(entryId(code, vendor)) ??
    document.getElementById(entryId(code)) ??
    document.querySelector(`[data-code="${code}"]`);
  if (el instanceof HTMLDetailsElement) {
    el.open = true;
    // The jump bar may have appeared with the list, before the observer reported it.
    syncHeadHeight();
    el.scrollIntoView({ block: 'start' });
    el.querySelector('summary')?.focus({ preventScroll: true });
  } else if (tries > 0) {
    requestAnimationFrame(() => scrollToCode(code, vendor, tries - 1));
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
