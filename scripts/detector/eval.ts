/**
 * Precision and recall of a detector on labelled documents in the format of
 * `shared/corpus/detector-dev/` (see its README). Scoring: a code hit on a `status` span is a true
 * positive, on an `other` span or unlisted text a false positive, on a `class` span neutral; a
 * missed `status` span is a false negative. Class matches are counted apart, not in P/R.
 */
import type { Match } from '../../utils/detector/detect.ts';

export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly match: string;
  readonly label: string;
  readonly note?: string;
}

export interface EvalDocument {
  readonly id: string;
  readonly text: string;
  readonly occurrences: readonly Occurrence[];
}

export type DetectFn = (text: string) => readonly Match[];

export interface EvalError {
  readonly id: string;
  readonly kind: 'fp' | 'fn';
  readonly match: string;
  /** What the corpus says the span is, when it lists it (`other`); absent for unlisted text. */
  readonly label?: string;
  readonly context: string;
}

export interface DetectorReport {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Class matches on `class` spans, labelled class tokens (`4xx`), and class matches elsewhere. */
  readonly classes: { readonly hits: number; readonly spans: number; readonly stray: number };
  readonly errors: readonly EvalError[];
}

const CLASS_TOKEN = /^[1-5][xX]{2}$/;

/** `…the occasional ⟨403⟩ that was…` on one line. */
export function snippet(text: string, start: number, end: number, width = 40): string {
  const left = text.slice(Math.max(0, start - width), start);
  const right = text.slice(end, end + width);
  return `${left}⟨${text.slice(start, end)}⟩${right}`.replace(/\s+/g, ' ').trim();
}

const overlaps = (o: Occurrence, m: Match): boolean => m.start < o.end && o.start < m.end;

export function evaluateDetector(docs: readonly EvalDocument[], detect: DetectFn): DetectorReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const classes = { hits: 0, spans: 0, stray: 0 };
  const errors: EvalError[] = [];
  for (const doc of docs) {
    const found: (EvalError & { readonly at: number })[] = [];
    const error = (kind: 'fp' | 'fn', start: number, end: number, label?: string) =>
      found.push({
        id: doc.id,
        kind,
        match: doc.text.slice(start, end),
        ...(label === undefined ? {} : { label }),
        context: snippet(doc.text, start, end),
        at: start,
      });
    const hit = new Set<Occurrence>();
    for (const m of detect(doc.text)) {
      const span = doc.occurrences.find((o) => overlaps(o, m));
      if (m.kind === 'class') {
        if (span?.label === 'class') classes.hits += 1;
        else classes.stray += 1;
        continue;
      }
      if (span) hit.add(span);
      if (span?.label === 'status') tp += 1;
      else if (span?.label !== 'class') {
        fp += 1;
        error('fp', m.start, m.end, span?.label);
      }
    }
    for (const o of doc.occurrences) {
      if (o.label === 'class' && CLASS_TOKEN.test(o.match)) classes.spans += 1;
      if (o.label !== 'status' || hit.has(o)) continue;
      fn += 1;
      error('fn', o.start, o.end);
    }
    // In reading order, so a document's errors can be checked against its text top to bottom.
    errors.push(...found.sort((x, y) => x.at - y.at).map(({ at: _at, ...e }) => e));
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1, classes, errors };
}

/** Errors one per line, then the class line, then the summary line the CLI contract names. */
export function formatDetectorReport(r: DetectorReport): string {
  const lines = r.errors.map(
    (e) => `${e.id}\t${e.kind}\t${e.match}${e.label ? ` (${e.label})` : ''}\t${e.context}`,
  );
  lines.push(
    `classes: ${r.classes.hits}/${r.classes.spans} class spans found, ${r.classes.stray} elsewhere`,
  );
  lines.push(
    `detector: precision ${r.precision.toFixed(3)} · recall ${r.recall.toFixed(3)} · f1 ${r.f1.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`,
  );
  return lines.join('\n');
}
