/**
 * Page text gathered per block, so that `<b>404</b> Not Found` is read as one text and a match
 * never spans two blocks. A very long block (a 5 MB log in one <pre>) is cut at line breaks
 * into segments small enough to scan within a time slice.
 */

/** Elements whose text is never ours to read (by `localName`). */
const SKIP = new Set(
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

/** A three-digit run or a class token: text without one cannot hold a status code. */
const CANDIDATE = /\d{3}|[1-5][xX]{2}/u;

/** Segments longer than this are cut at a line break. */
export const MAX_SEGMENT = 32 * 1024;
/** Text before a cut that the detector may read as context, without matching in it. */
export const CONTEXT_CARRY = 160;

export interface Segment {
  readonly block: Element;
  readonly nodes: readonly Text[];
  /** Offset in `text` where each node starts. */
  readonly starts: readonly number[];
  readonly text: string;
  /** Matches starting before this offset belong to the previous segment (context only). */
  readonly from: number;
}

/** The node itself when it is an element, else its parent element. */
const elementOf = (node: Node): Element | null =>
  node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;

/** A walker over the text nodes below `root`. */
const textWalker = (root: Node): TreeWalker =>
  (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);

/** True when a node sits inside something we never read (a form field, editable area, our UI). */
export function isUnreadable(node: Node, ownHost?: Element | null): boolean {
  for (let el = elementOf(node); el; el = el.parentElement) {
    if (isSkipped(el, ownHost)) return true;
  }
  return false;
}

/** True for elements whose subtree is skipped: form fields, scripts, editable areas, our UI. */
export function isSkipped(el: Element, ownHost?: Element | null): boolean {
  if (el === ownHost) return true;
  if (SKIP.has(el.localName)) return true;
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

/** A run: consecutive text nodes of one block, read together (a very long one is cut). */
export interface Run {
  readonly block: Element;
  readonly nodes: readonly Text[];
  /** Characters of the run's text (its nodes, separators left out). */
  readonly chars: number;
  /** Whether the text holds a three-digit run or a class token: without one it holds no code. */
  hasCandidate(): boolean;
  /** The run's text as segments, built on demand. */
  segments(): Segment[];
}

export interface RunWalkerOptions {
  /** Start here (a text node, or the first text after an element) instead of at `root`'s start. */
  readonly start?: Node | null;
  /**
   * Cut a run past this many characters, at a line end when one comes soon, so a huge block
   * of many nodes (a log with one span per field) is read a part at a time. A cut loses no
   * code: the detector reads a match with its own line.
   */
  readonly maxRunChars?: number;
  /** What another walk of the same root, host and unchanged DOM knew (one reading's walks). */
  readonly places?: Places;
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

/** Each element's place, remembered: valid while the DOM does not change. */
export type Places = (el: Element) => Place;

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
const readPlace = (placeOf: Places, node: Text): Place | undefined => {
  const parent = node.parentElement;
  const place = parent ? placeOf(parent) : undefined;
  return place && !place.skipped && !place.bare ? place : undefined;
};

/**
 * Walks text nodes below `root` in document order, pausable: `next()` returns the next run,
 * or undefined when the walk is done. A walker resumes where it stopped, so a caller can spread
 * the walk over many short tasks, or stop once it has read far enough.
 *
 * Speed matters here (a page can have 300 000 elements): the tree walker visits text nodes
 * only, with no script filter, and each element's verdicts (skipped? which block?) are
 * computed once per walk.
 */
export function createRunWalker(
  root: Node,
  ownHost?: Element | null,
  options: RunWalkerOptions = {},
): { next(): Run | undefined } {
  const walker = textWalker(root);
  const maxRun = options.maxRunChars ?? Number.POSITIVE_INFINITY;
  const placeOf = options.places ?? placesBelow(root, ownHost);
  // Text after a <br>, or in a new table row or list item, starts a new line; text in a new
  // table cell follows a tab: neither may run into the text before it.
  const separators = new WeakMap<Text, string>();
  let lastCell: Element | null = null;
  let lastRow: Element | null = null;
  let pending: Text | undefined;
  const start = options.start;
  if (start && start !== root) {
    walker.currentNode = start;
    if (start.nodeType === Node.TEXT_NODE) pending = start as Text;
  }
  return {
    next() {
      let block: Element | null = null;
      const nodes: Text[] = [];
      let chars = 0;
      let node = (pending ?? walker.nextNode()) as Text | null;
      pending = undefined;
      for (; node; node = walker.nextNode() as Text | null) {
        const place = readPlace(placeOf, node);
        if (!place) continue;
        const { block: b, cell, row } = place;
        let separator: string | undefined;
        if (row !== lastRow && row !== null) separator = '\n';
        else if (cell !== lastCell && cell !== null) separator = '\t';
        else if (breakBefore(node, b)) separator = '\n';
        if (separator) separators.set(node, separator);
        // A run ends with its block, or past the cap where a line ends (or anyway at twice
        // the cap). The node starts the next run, which finds the same separator for it.
        if (
          nodes.length > 0 &&
          (b !== block ||
            (chars > maxRun &&
              (separator === '\n' ||
                (nodes[nodes.length - 1] as Text).data.endsWith('\n') ||
                chars > 2 * maxRun)))
        ) {
          pending = node;
          break;
        }
        lastCell = cell;
        lastRow = row;
        block = b;
        nodes.push(node);
        chars += node.data.length;
      }
      // `block` is set with the first node a run takes: without it, the walk is done.
      if (!block) return undefined;
      const runBlock = block;
      return {
        block: runBlock,
        nodes,
        chars,
        hasCandidate: () => nodes.some((n) => CANDIDATE.test(n.data)),
        segments: () => segmentsOf(runBlock, nodes, separators),
      };
    },
  };
}

/**
 * The text node where reading should start to cover about `chars` characters before `node`:
 * walks back over readable text, then on to the start of that text's run (within `maxRunChars`),
 * so a read never starts in the middle of a sentence that its block began earlier.
 */
export function startBefore(
  root: Node,
  node: Text,
  chars: number,
  ownHost?: Element | null,
  maxRunChars = Number.POSITIVE_INFINITY,
  placeOf: Places = placesBelow(root, ownHost),
): Text {
  const walker = textWalker(root);
  walker.currentNode = node;
  let at = node;
  let seen = 0;
  while (seen < chars) {
    const prev = walker.previousNode() as Text | null;
    if (!prev) return at;
    if (!readPlace(placeOf, prev)) continue;
    at = prev;
    seen += prev.data.length;
  }
  const block = readPlace(placeOf, at)?.block ?? blockOf(at);
  let run = 0;
  for (
    let prev = walker.previousNode() as Text | null;
    prev;
    prev = walker.previousNode() as Text | null
  ) {
    const place = readPlace(placeOf, prev);
    if (!place) continue;
    if (place.block !== block || run > maxRunChars) break;
    at = prev;
    run += prev.data.length;
  }
  return at;
}

/** Whether a <br> comes right before this text within its block (`text<br>text`, `<br><b>x`). */
function breakBefore(node: Node, block: Element): boolean {
  for (let n: Node | null = node; n && n !== block; n = n.parentNode) {
    const prev = n.previousSibling;
    if (!prev) continue;
    return prev.nodeName === 'BR' || (prev as Element).lastElementChild?.nodeName === 'BR';
  }
  return false;
}

/** The block's text nodes as one or more segments (cut at line breaks past MAX_SEGMENT). */
export function segmentsOf(
  block: Element,
  nodes: readonly Text[],
  separators?: WeakMap<Text, string>,
): Segment[] {
  const segments: Segment[] = [];
  let group: Text[] = [];
  let starts: number[] = [];
  let text = '';
  /** The previous segment's last node, which this one may read as context (when short). */
  let carried: Text | undefined;
  const flush = () => {
    if (group.length === 0) return;
    const carry = carried?.data ?? '';
    segments.push({
      block,
      nodes: carried ? [carried, ...group] : group,
      starts: carried ? [0, ...starts.map((s) => s + carry.length)] : starts,
      text: carry + text,
      from: carry.length,
    });
    // The next segment may read the end of this one as context: its last node, whole.
    const lastNode = group[group.length - 1] as Text;
    carried = lastNode.data.length > CONTEXT_CARRY ? undefined : lastNode;
    group = [];
    starts = [];
    text = '';
  };
  for (const node of nodes) {
    const data = node.data;
    if (text.length > 0 && text.length + data.length > MAX_SEGMENT) flush();
    if (data.length > MAX_SEGMENT) {
      // One huge node (a log in a single text node): cut it into line-aligned windows.
      flush();
      segments.push(...splitNode(block, node));
      // What came before the huge node is not next to what follows it: carry nothing across.
      carried = undefined;
      continue;
    }
    const separator = separators?.get(node);
    if (text.length > 0 && separator !== undefined) text += separator;
    starts.push(text.length);
    group.push(node);
    text += data;
  }
  flush();
  return segments;
}

function splitNode(block: Element, node: Text): Segment[] {
  const data = node.data;
  const out: Segment[] = [];
  let at = 0;
  while (at < data.length) {
    let end = Math.min(data.length, at + MAX_SEGMENT);
    if (end < data.length) {
      const nl = data.lastIndexOf('\n', end);
      if (nl > at) end = nl + 1;
    }
    const contextStart = Math.max(0, at - CONTEXT_CARRY);
    out.push({
      block,
      nodes: [node],
      starts: [-contextStart],
      text: data.slice(contextStart, end),
      from: at - contextStart,
    });
    at = end;
  }
  return out;
}
