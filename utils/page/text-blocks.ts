/**
 * Page text gathered per block, in runs of consecutive text nodes, so that `<b>404</b> Not
 * Found` is read as one text and a match never spans two blocks.
 */
import { mayHoldStatus } from './candidate.ts';
import { blockOf, placesBelow, readPlace, type Place, type Places } from './places.ts';
import { segmentsOf, type Segment } from './segments.ts';

/** A walker over the text nodes below `root`. */
const textWalker = (root: Node): TreeWalker =>
  (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);

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

/** Whether a <br> comes right before this text within its block (`text<br>text`, `<br><b>x`). */
function breakBefore(node: Node, block: Element): boolean {
  for (let n: Node | null = node; n && n !== block; n = n.parentNode) {
    const prev = n.previousSibling;
    if (!prev) continue;
    return prev.nodeName === 'BR' || (prev as Element).lastElementChild?.nodeName === 'BR';
  }
  return false;
}

/**
 * Walks text nodes below `root` in document order, pausable: `next()` returns the next run,
 * or undefined when the walk is done. A walker resumes where it stopped, so a caller can spread
 * the walk over many short tasks, or stop once it has read far enough.
 *
 * Speed matters here (a page can have hundreds of thousands of elements): the tree walker
 * visits text nodes only, with no script filter, and each element's verdicts (skipped? which
 * block?) are computed once per walk.
 */
export class RunWalker {
  readonly #walker: TreeWalker;
  readonly #maxRun: number;
  readonly #placeOf: Places;
  /**
   * Text after a <br>, or in a new table row or list item, starts a new line; text in a new
   * table cell follows a tab: neither may run into the text before it.
   */
  readonly #separators = new WeakMap<Text, string>();
  #lastCell: Element | null = null;
  #lastRow: Element | null = null;
  #pending: Text | undefined;

  constructor(root: Node, ownHost?: Element | null, options: RunWalkerOptions = {}) {
    this.#walker = textWalker(root);
    this.#maxRun = options.maxRunChars ?? Number.POSITIVE_INFINITY;
    this.#placeOf = options.places ?? placesBelow(root, ownHost);
    const start = options.start;
    if (start && start !== root) {
      this.#walker.currentNode = start;
      if (start.nodeType === Node.TEXT_NODE) this.#pending = start as Text;
    }
  }

  next(): Run | undefined {
    const walker = this.#walker;
    const maxRun = this.#maxRun;
    let block: Element | null = null;
    const nodes: Text[] = [];
    let chars = 0;
    let node = (this.#pending ?? walker.nextNode()) as Text | null;
    this.#pending = undefined;
    for (; node; node = walker.nextNode() as Text | null) {
      const place = readPlace(this.#placeOf, node);
      if (!place) continue;
      const separator = this.#separatorOf(node, place);
      // A run ends with its block, or past the cap where a line ends (or anyway at twice
      // the cap). The node starts the next run, which finds the same separator for it.
      if (
        nodes.length > 0 &&
        (place.block !== block ||
          (chars > maxRun &&
            (separator === '\n' ||
              (nodes[nodes.length - 1] as Text).data.endsWith('\n') ||
              chars > 2 * maxRun)))
      ) {
        this.#pending = node;
        break;
      }
      this.#lastCell = place.cell;
      this.#lastRow = place.row;
      block = place.block;
      nodes.push(node);
      chars += node.data.length;
    }
    // `block` is set with the first node a run takes: without it, the walk is done.
    if (!block) return undefined;
    const runBlock = block;
    const separators = this.#separators;
    return {
      block: runBlock,
      nodes,
      chars,
      hasCandidate: () => nodes.some((n) => mayHoldStatus(n.data)),
      segments: () => segmentsOf(runBlock, nodes, separators),
    };
  }

  /** What goes between this text and the one before it in its run, noted for its segments. */
  #separatorOf(node: Text, { block, cell, row }: Place): string | undefined {
    let separator: string | undefined;
    if (row !== this.#lastRow && row !== null) separator = '\n';
    else if (cell !== this.#lastCell && cell !== null) separator = '\t';
    else if (breakBefore(node, block)) separator = '\n';
    if (separator) this.#separators.set(node, separator);
    return separator;
  }
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
