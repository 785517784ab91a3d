/** The tooltip's text, built with plain DOM: a block per meaning, and a link to the reference. */
import type { TooltipEntry } from '../protocol.ts';

export interface TooltipContent {
  readonly entry?: TooltipEntry;
  /** For a class mention: `5xx` and the class name. */
  readonly classLabel?: { readonly token: string; readonly name: string };
  readonly linkLabel: string;
  readonly lang: string;
  /** While stepping through the codes on screen (the keyboard command): which one, of how many. */
  readonly position?: { readonly at: number; readonly of: number };
}

/** Where the tooltip's link leads. */
export interface ReferenceLink {
  openReference(code: number): void;
}

type Meaning = TooltipEntry['meanings'][number];

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

/** Registry phrases are English whatever the reader's language: said and broken as English. */
const english = (doc: Document, cls: string, text: string): HTMLSpanElement => {
  const span = el(doc, 'span', cls, text);
  span.lang = 'en';
  return span;
};

/** One meaning: a head line (the code's badge, its name, `more`) in a block of its own. */
function meaningBlock(doc: Document, code: string, name: string, ...more: Node[]): HTMLElement {
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', `code c${code[0]}`, code), el(doc, 'span', 'name', name), ...more);
  const m = el(doc, 'div', 'm');
  m.append(head);
  return m;
}

/** A code's meaning: its names, the names it had before, and its summary. */
function codeMeaning(doc: Document, code: number, meaning: Meaning): HTMLElement {
  const phrase = meaning.phrase === meaning.name ? [] : [english(doc, 'phrase', meaning.phrase)];
  const tag = el(doc, 'span', 'tag', meaning.tag);
  const m = meaningBlock(doc, String(code), meaning.name, ...phrase, tag);
  if (meaning.formerly) {
    const former = el(doc, 'p', 'former');
    former.append(
      el(doc, 'span', 'label', meaning.formerly.label),
      ' ',
      english(doc, '', meaning.formerly.phrases.join(' · ')),
    );
    m.append(former);
  }
  m.append(el(doc, 'p', 'sum', meaning.summary));
  return m;
}

/** The link to the reference page, and where the keyboard's stepping stands. */
function footer(doc: Document, content: TooltipContent, link: ReferenceLink): HTMLElement {
  const foot = el(doc, 'div', 'foot');
  const entry = content.entry;
  if (entry) {
    const a = el(doc, 'a', '', content.linkLabel);
    a.href = '#';
    a.addEventListener('click', (e) => {
      e.preventDefault();
      // Only the reader opens a tab: a page script's `click()` is untrusted.
      if (e.isTrusted) link.openReference(entry.code);
    });
    foot.append(a);
  }
  const at = content.position;
  if (at) foot.append(el(doc, 'span', 'pos', `${at.at} / ${at.of}`));
  return foot;
}

/** Fills `box` with `content`, replacing what it held. */
export function render(box: HTMLElement, content: TooltipContent, link: ReferenceLink): void {
  const doc = box.ownerDocument;
  box.replaceChildren();
  // The language of the text: Korean line breaking and line height follow it (tooltip.css).
  box.lang = content.lang;
  const { classLabel, entry } = content;
  if (classLabel) box.append(meaningBlock(doc, classLabel.token, classLabel.name));
  if (entry) for (const m of entry.meanings) box.append(codeMeaning(doc, entry.code, m));
  if (entry || content.position) box.append(footer(doc, content, link));
}
