/** Which painted mark is under the pointer: a caret lookup, then a check against its boxes. */
import type { Mark } from './mark.ts';
import type { Painter } from './painter.ts';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
  createRange(): Range;
}

/**
 * A pointer the reader moved. Events a page makes up (untrusted, often without coordinates)
 * never drive our UI.
 */
export const isReaderPointer = (e: PointerEvent): boolean =>
  e.isTrusted && Number.isFinite(e.clientX) && Number.isFinite(e.clientY);

/** The text position under a point. Chrome before 128 has only caretRangeFromPoint. */
export function caretAt(
  doc: CaretDocument,
  x: number,
  y: number,
): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

const within = (mark: Mark, node: Node, offset: number): boolean => {
  const { startContainer, startOffset, endContainer, endOffset } = mark.range;
  if (startContainer === node && offset < startOffset) return false;
  if (endContainer === node && offset > endOffset) return false;
  return true;
};

/** The boxes a mark occupies on screen. */
export function markRects(doc: CaretDocument, mark: Mark): DOMRect[] {
  const range = doc.createRange();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  return [...range.getClientRects()];
}

/** The mark under (x, y), if the point is really over its text (not just nearest to it). */
export function markAt(
  doc: CaretDocument,
  painter: Pick<Painter, 'marksIn'>,
  x: number,
  y: number,
): { mark: Mark; rect: DOMRect } | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  for (const mark of painter.marksIn(caret.node)) {
    if (!within(mark, caret.node, caret.offset)) continue;
    for (const rect of markRects(doc, mark)) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
        return { mark, rect };
    }
  }
  return undefined;
}
