/**
 * Labelled documents in the format of `shared/corpus/detector-dev/` (see its README), and our
 * fixture tables as documents of the same shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, DOCUMENTS } from '../../utils/detector/fixture-documents.ts';
import * as FIXTURES from '../../utils/detector/fixtures.ts';
import type { EvalDocument, Occurrence } from './eval.ts';

export interface CorpusDocument extends EvalDocument {
  readonly kind?: string;
  readonly lang?: string;
}

/**
 * Every `.json` document of `dir`, in name order; a file that is not one is reported through
 * `skipped` and left out. Throws when the folder cannot be read.
 */
export function loadCorpus(
  dir: string,
  skipped: (file: string, why: string) => void = () => {},
): CorpusDocument[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    try {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Partial<CorpusDocument>;
      if (typeof doc.text !== 'string') throw new Error('no "text"');
      const id = doc.id ?? file.replace(/\.json$/, '');
      return [{ ...doc, id, text: doc.text, occurrences: doc.occurrences ?? [] }];
    } catch (error) {
      skipped(file, String(error));
      return [];
    }
  });
}

/** A marked fixture row (`«404» Not Found`) as a labelled document. */
function fromMarked(id: string, marked: string, kind: string, lang?: string): CorpusDocument {
  const { text, expected } = FIXTURES.parseMarked(marked);
  const occurrences: Occurrence[] = expected.map((m) => ({
    start: m.start,
    end: m.end,
    match: text.slice(m.start, m.end),
    label: m.kind === 'code' ? 'status' : 'class',
  }));
  return { id, text, occurrences, kind: `fixture-${kind}`, ...(lang ? { lang } : {}) };
}

/** A text where nothing may match: every candidate in it is a negative. */
const plain = (id: string, text: string): CorpusDocument => ({
  id,
  text,
  occurrences: [],
  kind: 'fixture-negative',
});

/**
 * The fixture tables and documents (`utils/detector/fixtures.ts`, `fixture-documents.ts`) as
 * labelled documents: marked rows and documents, and texts where nothing may match. The rows
 * that only say what strict mode leaves out are not here: they say where the threshold goes,
 * not what the evidence is.
 */
export function fixtureDocuments(): CorpusDocument[] {
  return [
    ...FIXTURES.ENGLISH.map(([m], i) => fromMarked(`fixture-en-${i}`, m, 'row', 'en')),
    ...FIXTURES.KOREAN.map(([m], i) => fromMarked(`fixture-ko-${i}`, m, 'row', 'ko')),
    ...FIXTURES.STRICT.map(([m], i) => fromMarked(`fixture-strict-${i}`, m, 'row')),
    ...DOCUMENTS.map((d) => fromMarked(`fixture-${d.id}`, d.marked, d.kind, d.lang)),
    ...CATEGORIES.flatMap((c) => [
      ...c.match.map((m, i) => fromMarked(`fixture-${c.category}-${i}`, m, 'row')),
      ...c.noMatch.map((t, i) => plain(`fixture-${c.category}-not-${i}`, t)),
    ]),
    ...FIXTURES.NOT_CODES.map(([t], i) => plain(`fixture-not-${i}`, t)),
    ...FIXTURES.SESSIONS.map(([, t], i) => plain(`fixture-session-${i}`, t)),
  ];
}
