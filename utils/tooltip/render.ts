/** The tooltip's text, built with plain DOM: a block per meaning, and a link to the reference. */
import type { TooltipEntry } from '../protocol.ts';

export interface TooltipContent {
  readonly entry?: TooltipEntry;
  /** For a class mention: `5xx` and the class name. */
  readonly classLabel?: { readonly token: string; readonly name: string };
  readonly linkLabel: string;
  readonly lang: string;
}

/** Where the tooltip's link leads. */
export interface ReferenceLink {
  openReference(code: number): void;
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

/** Fills `box` with `content`, replacing what it held. */
export function render(box: HTMLElement, content: TooltipContent, link: ReferenceLink): void {
  const doc = box.ownerDocument;
  box.replaceChildren();
  box.lang = content.lang;
  /** One meaning: a head line (the code's badge, its name, `more`) in a block of its own. */
  const meaningBlock = (code: string, name: string, ...more: HTMLElement[]): HTMLElement => {
    const head = el(doc, 'div', 'head');
    head.append(el(doc, 'span', `code c${code[0]}`, code), el(doc, 'span', 'name', name), ...more);
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
    const a = el(doc, 'a', '', content.linkLabel);
    a.href = '#';
    a.addEventListener('click', (e) => {
      e.preventDefault();
      // Only the reader opens a tab: a page script's `click()` is untrusted.
      if (e.isTrusted) link.openReference(entry.code);
    });
    box.append(a);
  }
}
