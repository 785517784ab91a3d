/**
 * What the scanner has read, by the first text node of each run, with the marks each reading
 * painted: text already read is not read again, and a run whose text changed is.
 */
import type { Match } from '../detector/types.ts';
import type { Painter } from './painter.ts';
import { MAX_SEGMENT, type Segment } from './segments.ts';
import type { Run } from './text-blocks.ts';

/** Finds statuses in a text (the detector, with what the page said so far). */
export interface Detector {
  detect(text: string): readonly Match[];
}

interface Reading {
  readonly block: Element;
  /** The run's shape when read: a run found with another is read again. */
  readonly chars: number;
  readonly count: number;
  /**
   * A run's marks are filed under its reading itself, once read (`read`); a huge node's under
   * one object per segment (`units`). An object and a list per run were 4 MB on a log of 50 000
   * lines (docs/performance.md, _Memory_).
   */
  read: boolean;
  units: (object | undefined)[] | undefined;
  /**
   * A huge node's segments, cut once. Kept with the reading, so that whatever forgets the
   * reading (its text changed) forgets the cuts too, even before a segment was read.
   */
  segments: Segment[] | undefined;
}

/** A text node this long is read a segment at a time (a log in one text node). */
export const isHuge = (run: Run): boolean => run.nodes.length === 1 && run.chars > MAX_SEGMENT;

/** Offsets in the node covered by a segment of a huge node (see `splitNode`). */
const spanOf = (segment: Segment): [number, number] => {
  const base = -(segment.starts[0] ?? 0);
  return [base + segment.from, base + segment.text.length];
};

export class Readings {
  readonly #painter: Painter;
  readonly #detector: Detector;
  #byFirst = new Map<Text, Reading>();

  constructor(painter: Painter, detector: Detector) {
    this.#painter = painter;
    this.#detector = detector;
  }

  /** Forgets every reading (their marks are the painter's to forget). */
  reset(): void {
    this.#byFirst = new Map();
  }

  /**
   * Forgets a run's reading if its text changed since (a page script while the page loaded,
   * which no mutation watcher saw): its marks and a huge node's cuts would be wrong.
   */
  dropIfChanged(run: Run): void {
    const key = run.nodes[0] as Text;
    const reading = this.#byFirst.get(key);
    if (!reading || (reading.chars === run.chars && reading.count === run.nodes.length)) return;
    if (reading.read) this.#painter.drop(reading);
    for (const unit of reading.units ?? []) if (unit) this.#painter.drop(unit);
    this.#byFirst.delete(key);
  }

  /** Reads a run, unless it was read before (then its marks are shown again). */
  readRun(run: Run, touched: Set<object>): void {
    const reading = this.#readingOf(run);
    if (reading.read) {
      this.#painter.show(reading);
    } else {
      reading.read = true;
      if (run.hasCandidate())
        for (const segment of run.segments()) this.#paintSegment(segment, reading);
    }
    touched.add(reading);
  }

  /** The segments of a huge text node that overlap node offsets [lo, hi). */
  readHuge(run: Run, lo: number, hi: number, touched: Set<object>): void {
    const reading = this.#readingOf(run);
    reading.segments ??= run.segments();
    const units = (reading.units ??= []);
    for (const [i, segment] of reading.segments.entries()) {
      const [from, to] = spanOf(segment);
      if (to <= lo || from >= hi) continue;
      let unit = units[i];
      if (unit) {
        this.#painter.show(unit);
      } else {
        unit = units[i] = {};
        this.#paintSegment(segment, unit);
      }
      touched.add(unit);
    }
  }

  /** Forgets the readings inside these blocks, and those of removed text; returns their blocks. */
  forgetIn(changed: ReadonlySet<Element>): Element[] {
    const gone: Element[] = [];
    for (const [node, reading] of this.#byFirst) {
      let inside = !node.isConnected;
      for (let el: Element | null = reading.block; el && !inside; el = el.parentElement)
        inside = changed.has(el);
      if (!inside) continue;
      this.#byFirst.delete(node);
      gone.push(reading.block);
    }
    return gone;
  }

  #paintSegment(segment: Segment, unit: object): void {
    const found = this.#detector.detect(segment.text);
    if (found.length > 0) this.#painter.paint(segment, found, unit);
  }

  #readingOf(run: Run): Reading {
    const key = run.nodes[0] as Text;
    let reading = this.#byFirst.get(key);
    if (!reading) {
      reading = {
        block: run.block,
        chars: run.chars,
        count: run.nodes.length,
        read: false,
        units: undefined,
        segments: undefined,
      };
      this.#byFirst.set(key, reading);
    }
    return reading;
  }
}
