/**
 * A run's text as segments: its nodes' text joined (with the line breaks and tabs the markup
 * implies), cut at line breaks past `MAX_SEGMENT` so that a log of megabytes in one `<pre>` is
 * read a part at a time, each part small enough to judge within a time slice.
 */

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
