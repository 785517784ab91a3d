/**
 * A status painted on the page: what the detector found there (a code such as `404`, or a
 * class mention such as `5xx`, told apart by `kind`) and where it lies. The one shape the
 * painter, the hit test and the tooltip share.
 */
import type { ClassMatch, CodeMatch } from '../detector/types.ts';
import { classOf, type ClassDigit } from '../status-class.ts';

/** Where a mark lies on the page. */
interface Placed {
  readonly range: StaticRange;
  readonly block: Element;
  /** The text nodes the range touches. */
  readonly nodes: readonly Text[];
  /** What it was read with (see `Painter.paint`). */
  readonly unit: object;
}

export type CodeMark = Pick<CodeMatch, 'kind' | 'code'> & Placed;
export type ClassMark = Pick<ClassMatch, 'kind' | 'digit'> & Placed;
export type Mark = CodeMark | ClassMark;

/** The class a mark is painted with. */
export const classOfMark = (mark: Mark): ClassDigit | undefined =>
  mark.kind === 'class' ? mark.digit : classOf(mark.code);
