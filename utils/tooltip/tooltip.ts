/**
 * The hover tooltip: one host element outside the page's content (appended to <html>), a
 * closed shadow root so page styles and scripts cannot reach in, shown in the top layer (popover) so it sits
 * above page content and fullscreen elements. Built the first time it shows, with plain DOM;
 * styled with a constructed stylesheet, which a strict page CSP does not block.
 */
import { render, type ReferenceLink, type TooltipContent } from './render.ts';
import CSS from './tooltip.css?inline';

/** The tooltip's host element: ours, so the page reader and the mutation watcher skip it. */
export const TOOLTIP_TAG = 'http-status-tooltip';

const HOST_STYLE = {
  position: 'fixed',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  inset: 'auto',
  'z-index': '2147483647',
  display: 'none',
  'pointer-events': 'auto',
  width: 'max-content',
  height: 'auto',
};

const important = (host: HTMLElement, prop: string, value: string): void =>
  host.style.setProperty(prop, value, 'important');

/** The host and the box inside its shadow root. */
function build(doc: Document): { host: HTMLElement; box: HTMLElement } {
  const host = doc.createElement(TOOLTIP_TAG);
  for (const [p, v] of Object.entries(HOST_STYLE)) important(host, p, v);
  host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];
  const box = doc.createElement('div');
  box.className = 'tip';
  box.setAttribute('role', 'tooltip');
  shadow.append(box);
  return { host, box };
}

/** Below the code, or above it when there is no room; kept inside the viewport. */
function place(host: HTMLElement, box: HTMLElement, anchor: DOMRect, win: Window): void {
  const gap = 6;
  const { width, height } = box.getBoundingClientRect();
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  let top = anchor.bottom + gap;
  if (top + height > vh && anchor.top - gap - height >= 0) top = anchor.top - gap - height;
  top = Math.max(4, Math.min(top, vh - height - 4));
  const left = Math.max(4, Math.min(anchor.left, vw - width - 4));
  important(host, 'left', `${Math.round(left)}px`);
  important(host, 'top', `${Math.round(top)}px`);
}

export class Tooltip {
  readonly #doc: Document;
  readonly #link: ReferenceLink;
  #parts: { readonly host: HTMLElement; readonly box: HTMLElement } | undefined;
  #visible = false;

  constructor(doc: Document, link: ReferenceLink) {
    this.#doc = doc;
    this.#link = link;
  }

  /** The host element, once the tooltip has been built. */
  get host(): HTMLElement | null {
    return this.#parts?.host ?? null;
  }

  get visible(): boolean {
    return this.#visible;
  }

  show(content: TooltipContent, anchor: DOMRect): void {
    this.#parts ??= build(this.#doc);
    const { host, box } = this.#parts;
    this.ensureAttached();
    render(box, content, this.#link);
    important(host, 'display', 'block');
    if (!this.#visible && typeof host.showPopover === 'function') {
      try {
        host.showPopover();
      } catch {
        // Not connected or already open: the fixed position still shows it.
      }
    }
    this.#visible = true;
    place(host, box, anchor, this.#doc.defaultView ?? window);
  }

  hide(): void {
    const host = this.#parts?.host;
    if (!this.#visible || !host) return;
    this.#visible = false;
    if (typeof host.hidePopover === 'function') {
      try {
        host.hidePopover();
      } catch {
        // Already hidden.
      }
    }
    important(host, 'display', 'none');
  }

  /** Re-attaches the host if the page removed it. */
  ensureAttached(): void {
    const host = this.#parts?.host;
    if (host && !host.isConnected) this.#doc.documentElement.append(host);
  }

  destroy(): void {
    this.#parts?.host.remove();
  }
}
