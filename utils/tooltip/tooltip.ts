/**
 * The hover tooltip: one host element outside the page's content (appended to <html>), a
 * shadow root so page styles cannot reach in, shown in the top layer (popover) so it sits
 * above page content and fullscreen elements. Built with plain DOM to keep the content
 * script small; styled with a constructed stylesheet, which a strict page CSP does not block.
 */
import type { TooltipEntry } from '../protocol.ts';
import { TOOLTIP_TAG } from './slot.ts';
import CSS from '../tooltip.css?inline';

export interface TooltipContent {
  readonly entry?: TooltipEntry;
  /** For a class mention: `5xx` and the class name. */
  readonly classLabel?: { readonly token: string; readonly name: string };
  readonly linkLabel: string;
  readonly lang: string;
}

export interface Tooltip {
  readonly host: HTMLElement;
  show(content: TooltipContent, anchor: DOMRect): void;
  hide(): void;
  readonly visible: boolean;
  /** Re-attaches the host if the page removed it. */
  ensureAttached(): void;
  destroy(): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = doc.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
};

export function createTooltip(doc: Document, onOpen: (code: number) => void): Tooltip {
  const host = doc.createElement(TOOLTIP_TAG);
  const important = (prop: string, value: string) =>
    host.style.setProperty(prop, value, 'important');
  for (const [p, v] of Object.entries({
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
  }))
    important(p, v);
  host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];
  const box = el(doc, 'div', 'tip');
  box.setAttribute('role', 'tooltip');
  shadow.append(box);
  let visible = false;

  const attach = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };

  return {
    host,
    get visible() {
      return visible;
    },
    ensureAttached: attach,
    show(content, anchor) {
      attach();
      box.replaceChildren();
      box.lang = content.lang;
      /** One meaning: a head line (the code's badge, its name, `more`) in a block of its own. */
      const meaningBlock = (code: string, name: string, ...more: HTMLElement[]): HTMLElement => {
        const head = el(doc, 'div', 'head');
        head.append(
          el(doc, 'span', `code c${code[0]}`, code),
          el(doc, 'span', 'name', name),
          ...more,
        );
        const m = el(doc, 'div', 'm');
        m.append(head);
        box.append(m);
        return m;
      };
      if (content.classLabel) meaningBlock(content.classLabel.token, content.classLabel.name);
      const entry = content.entry;
      for (const meaning of entry?.meanings ?? []) {
        const phrase =
          meaning.phrase === meaning.name ? [] : [el(doc, 'span', 'phrase', meaning.phrase)];
        meaningBlock(
          String(entry?.code),
          meaning.name,
          ...phrase,
          el(doc, 'span', 'tag', meaning.tag),
        ).append(el(doc, 'p', 'sum', meaning.summary));
      }
      if (entry) {
        const link = el(doc, 'a', '', content.linkLabel);
        link.href = '#';
        link.addEventListener('click', (e) => {
          e.preventDefault();
          onOpen(entry.code);
        });
        box.append(link);
      }
      important('display', 'block');
      if (!visible && typeof host.showPopover === 'function') {
        try {
          host.showPopover();
        } catch {
          // Not connected or already open: the fixed position still shows it.
        }
      }
      visible = true;
      place(box, anchor, doc.defaultView ?? window, important);
    },
    hide() {
      if (!visible) return;
      visible = false;
      if (typeof host.hidePopover === 'function') {
        try {
          host.hidePopover();
        } catch {
          // Already hidden.
        }
      }
      important('display', 'none');
    },
    destroy() {
      host.remove();
    },
  };
}

/** Below the code, or above it when there is no room; kept inside the viewport. */
function place(
  box: HTMLElement,
  anchor: DOMRect,
  win: Window,
  set: (p: string, v: string) => void,
): void {
  const gap = 6;
  const { width, height } = box.getBoundingClientRect();
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  let top = anchor.bottom + gap;
  if (top + height > vh && anchor.top - gap - height >= 0) top = anchor.top - gap - height;
  top = Math.max(4, Math.min(top, vh - height - 4));
  const left = Math.max(4, Math.min(anchor.left, vw - width - 4));
  set('left', `${Math.round(left)}px`);
  set('top', `${Math.round(top)}px`);
}
