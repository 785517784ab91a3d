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
  /**
   * The text nodes the range touches, when it spans more than one; a mark within one node (most
   * of them) keeps no list: its start container is that node (`nodesOf`). A list per mark was a
   * fifth of the script's heap on a log of 50 000 codes (docs/performance.md, _Memory_).
   */
  readonly nodes: readonly Text[] | undefined;
  /** What it was read with (see `Painter.paint`). */
  readonly unit: object;
}

export type CodeMark = Pick<CodeMatch, 'kind' | 'code'> & Placed;
export type ClassMark = Pick<ClassMatch, 'kind' | 'digit'> & Placed;
export type Mark = CodeMark | ClassMark;

/** The class a mark is painted with. */
export const classOfMark = (mark: Mark): ClassDigit | undefined =>
  mark.kind === 'class' ? mark.digit : classOf(mark.code);

/** The text nodes a mark's range touches. */
export const nodesOf = (mark: Mark): readonly Text[] =>
  mark.nodes ?? [mark.range.startContainer as Text];
