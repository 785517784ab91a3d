/**
 * Where an element's text goes: skipped (scripts, form fields, editable areas, our own UI), or
 * into which block, table cell and row. Inline elements join the text around them, so that
 * `<b>404</b> Not Found` is read as one text.
 */

/** Elements whose text is never ours to read (by `localName`). */
const SKIP: ReadonlySet<string> = new Set(
  'script style noscript template textarea input select option iframe object embed canvas svg math head title'.split(
    ' ',
  ),
);

/** Elements that flow inside a block: their text joins the text around them. */
const INLINE = new Set(
  [
    'a abbr b bdi bdo cite code data dfn em font i ins del kbd label mark q rp rt ruby s samp small',
    'span strong sub sup time tt u var wbr nobr big strike acronym',
    // A table is read as one text: a row per line, its cells separated by a tab. Status tables
    // put the code in one cell and its phrase in the next, and name the column in the header.
    'td th tr thead tbody tfoot',
    // A list likewise, an item per line: a list of codes is read as one. A definition list
    // too, a term per line with its definitions after a tab (`404⇥Not Found`).
    'li dt dd',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Table parts (and a definition list) whose own text nodes are the markup's line breaks
 * between rows and cells (the parser moves any other text out of a table): not read.
 */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'dl']);

/** The node itself when it is an element, else its parent element. */
const elementOf = (node: Node): Element | null =>
  node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;

/** True when a node sits inside something we never read (a form field, editable area, our UI). */
export function isUnreadable(node: Node, ownHost?: Element | null): boolean {
  for (let el = elementOf(node); el; el = el.parentElement) {
    if (isSkipped(el, ownHost)) return true;
  }
  return false;
}

/** Whether an element of this name holds text never ours to read (a script, a form field). */
export const neverRead = (localName: string): boolean => SKIP.has(localName);

/**
 * True for elements whose subtree is skipped: form fields, scripts, editable areas, our UI.
 * Editable by the attribute, which a walk reads on its way down; `isContentEditable` would ask
 * the browser for each element's style. (A document in designMode is not read at all.)
 */
export function isSkipped(el: Element, ownHost?: Element | null): boolean {
  if (el === ownHost) return true;
  if (neverRead(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export const isInline = (el: Element): boolean => INLINE.has(el.localName);

/** The block a node's words belong to: the nearest element (itself, for an element) that is not inline. */
export function blockOf(node: Node): Element | null {
  let el = elementOf(node);
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}

/** What a walk needs to know of a text's parent element. */
export interface Place {
  /** In something never read (a script, an editable area, our own host), up to the root. */
  readonly skipped: boolean;
  /** A table part, whose own text is the markup's line breaks. */
  readonly bare: boolean;
  /** The nearest element, itself or up, that is not inline. */
  readonly block: Element;
  /** The table cell, and the table row or list item, it is in, through inline elements only. */
  readonly cell: Element | null;
  readonly row: Element | null;
}

/** Each element's place, remembered: valid while the DOM does not change. */
export type Places = (el: Element) => Place;

/** `compute`, remembered per element: a walk asks about the same parents again and again. */
function oncePerElement<T>(compute: (el: Element) => T): (el: Element) => T {
  const known = new Map<Element, T>();
  return (el) => {
    let value = known.get(el);
    if (value === undefined) {
      value = compute(el);
      known.set(el, value);
    }
    return value;
  };
}

/** Where each element's text goes, below `root`: computed once per element, from its parent's. */
export function placesBelow(root: Node, ownHost?: Element | null): Places {
  const placeOf: (el: Element) => Place = oncePerElement((el) => {
    const name = el.localName;
    const inline = INLINE.has(name);
    const parent = el.parentElement;
    // Skipping looks up to the root only; the block, cell and row go on past it, through
    // inline elements.
    const up = parent && (inline || el !== root) ? placeOf(parent) : undefined;
    const through = inline && up;
    return {
      skipped: isSkipped(el, ownHost) || (el !== root && !!up?.skipped),
      bare: TABLE_PARTS.has(name),
      block: through ? up.block : el,
      cell: name === 'td' || name === 'th' || name === 'dd' ? el : through ? up.cell : null,
      row: name === 'tr' || name === 'li' || name === 'dt' ? el : through ? up.row : null,
    };
  });
  return placeOf;
}

/** The place of a text node's parent, when the text is read; otherwise undefined. */
export const readPlace = (placeOf: Places, node: Text): Place | undefined => {
  const parent = node.parentElement;
  const place = parent ? placeOf(parent) : undefined;
  return place && !place.skipped && !place.bare ? place : undefined;
};
