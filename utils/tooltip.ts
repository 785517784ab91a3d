/**
 * The hover tooltip: one host element outside the page's content (appended to <html>), a
 * shadow root so page styles cannot reach in, shown in the top layer (popover) so it sits
 * above page content and fullscreen elements. Built with plain DOM to keep the content
 * script small; styled with a constructed stylesheet, which a strict page CSP does not block.
 */
import type { TooltipEntry } from './protocol.ts';

export const TOOLTIP_TAG = 'http-status-tooltip';

const CSS = `
:host { all: initial; }
.tip { box-sizing: border-box; max-width: min(380px, calc(100vw - 16px)); padding: 10px 12px; border-radius: 8px;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif;
  color: #1b1f24; background: #fff; border: 1px solid #d0d7de; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.m + .m { margin-top: 8px; padding-top: 8px; border-top: 1px solid #d0d7de; }
.head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.code { font-weight: 700; padding: 0 6px; border-radius: 5px; color: #fff; background: var(--c); }
.name { font-weight: 600; }
.phrase, .tag { color: #57606a; font-size: 12px; }
.sum { margin: 4px 0 0; }
a { display: inline-block; margin-top: 6px; color: #0a66c2; cursor: pointer; text-decoration: underline; }
.c1 { --c: #5b5f97 } .c2 { --c: #1a7f37 } .c3 { --c: #0969da } .c4 { --c: #b35900 } .c5 { --c: #cf222e }
@media (prefers-color-scheme: dark) {
  .tip { color: #e6edf3; background: #22272e; border-color: #3d444d; box-shadow: 0 6px 24px rgba(0,0,0,.5); }
  .m + .m { border-color: #3d444d; } .phrase, .tag { color: #9ea7b3; } a { color: #58a6ff; }
  .code { color: #0d1117; }
  .c1 { --c: #a5a8e6 } .c2 { --c: #3fb950 } .c3 { --c: #58a6ff } .c4 { --c: #f0883e } .c5 { --c: #ff7b72 }
}`;

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
      if (content.classLabel) {
        const m = el(doc, 'div', 'm');
        const head = el(doc, 'div', 'head');
        head.append(
          el(doc, 'span', `code c${content.classLabel.token[0]}`, content.classLabel.token),
          el(doc, 'span', 'name', content.classLabel.name),
        );
        m.append(head);
        box.append(m);
      }
      const entry = content.entry;
      for (const meaning of entry?.meanings ?? []) {
        const m = el(doc, 'div', 'm');
        const head = el(doc, 'div', 'head');
        head.append(
          el(doc, 'span', `code c${Math.floor((entry?.code ?? 0) / 100)}`, String(entry?.code)),
          el(doc, 'span', 'name', meaning.name),
        );
        if (meaning.phrase !== meaning.name) head.append(el(doc, 'span', 'phrase', meaning.phrase));
        head.append(el(doc, 'span', 'tag', meaning.tag));
        m.append(head, el(doc, 'p', 'sum', meaning.summary));
        box.append(m);
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
      place(host, box, anchor, doc.defaultView ?? window, important);
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
  host: HTMLElement,
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
  void host;
}
