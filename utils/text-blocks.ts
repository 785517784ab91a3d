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
    // A table row is read as one line, its cells separated by a tab: status tables put the code
    // in one cell and its phrase in the next.
    'td th',
  ]
    .join(' ')
    .split(' '),
);

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

/** True when a node sits inside something we never read (a form field, editable area, our UI). */
export function isUnreadable(node: Node, ownHost?: Element | null): boolean {
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
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
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}

/**
 * Walks text nodes below `root` in document order, pausable: `next()` returns the next
 * block's segments, or undefined when the walk is done. A walker resumes where it stopped,
 * so a caller can spread the walk over many short tasks.
 *
 * Speed matters here (a page can have 300 000 elements): the tree walker visits text nodes
 * only, with no script filter, and each element's verdicts (skipped? which block?) are
 * computed once per walk.
 */
export function createBlockWalker(
  root: Node,
  ownHost?: Element | null,
  options: { onlyCandidates?: boolean } = {},
): { next(): Segment[] | undefined } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const skipped = new Map<Element, boolean>();
  const blocks = new Map<Element, Element>();
  const cells = new Map<Element, Element | null>();
  const isSkippedBelow = (el: Element | null): boolean => {
    if (!el) return false;
    const known = skipped.get(el);
    if (known !== undefined) return known;
    const verdict = isSkipped(el, ownHost) || (el !== root && isSkippedBelow(el.parentElement));
    skipped.set(el, verdict);
    return verdict;
  };
  const blockFor = (parent: Element): Element => {
    let block = blocks.get(parent);
    if (!block) {
      block = isInline(parent) && parent.parentElement ? blockFor(parent.parentElement) : parent;
      blocks.set(parent, block);
    }
    return block;
  };
  const cellFor = (parent: Element | null): Element | null => {
    if (!parent) return null;
    let cell = cells.get(parent);
    if (cell === undefined) {
      cell =
        parent.localName === 'td' || parent.localName === 'th'
          ? parent
          : isInline(parent)
            ? cellFor(parent.parentElement)
            : null;
      cells.set(parent, cell);
    }
    return cell;
  };
  // Text after a <br> starts a new line, text in a new table cell follows a tab: neither may
  // run into the text before it.
  const separators = new WeakMap<Text, string>();
  let lastCell: Element | null = null;
  let pending: Text | undefined;
  return {
    next() {
      let block: Element | null = null;
      const nodes: Text[] = [];
      let node = (pending ?? walker.nextNode()) as Text | null;
      pending = undefined;
      for (; node; node = walker.nextNode() as Text | null) {
        const parent = node.parentElement;
        if (!parent || isSkippedBelow(parent)) continue;
        const b = blockFor(parent);
        if (nodes.length > 0 && b !== block) {
          pending = node;
          break;
        }
        const cell = cellFor(parent);
        if (cell !== lastCell && cell !== null) separators.set(node, '\t');
        else if (breakBefore(node, b)) separators.set(node, '\n');
        lastCell = cell;
        block = b;
        nodes.push(node);
      }
      if (nodes.length === 0 || !block) return undefined;
      // Most blocks of a large page hold no three-digit number and no `4xx`: skip building
      // their text. One empty segment still names the block (a rescan forgets its marks).
      if (options.onlyCandidates && !nodes.some((n) => CANDIDATE.test(n.data))) {
        return [{ block, nodes: [], starts: [], text: '', from: 0 }];
      }
      return segmentsOf(block, nodes, separators);
    },
  };
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
  let carry = '';
  let carryNodes: Text[] = [];
  let carryStarts: number[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const shift = carry.length;
    segments.push({
      block,
      nodes: [...carryNodes, ...group],
      starts: [...carryStarts, ...starts.map((s) => s + shift)],
      text: carry + text,
      from: shift,
    });
    // The next segment may read the end of this one as context.
    const lastNode = group[group.length - 1] as Text;
    const lastStart = starts[starts.length - 1] as number;
    carryNodes = [lastNode];
    carryStarts = [0];
    carry = text.slice(lastStart);
    if (carry.length > CONTEXT_CARRY) {
      carryNodes = [];
      carryStarts = [];
      carry = '';
    }
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
      carry = '';
      carryNodes = [];
      carryStarts = [];
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
