/** Figures measured without a browser: search speed in Node and the build's bundle sizes. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { STATUS_CODES } from '../data/index.ts';
import { detect } from '../utils/detector/detect.ts';
import { createSearchIndex } from '../utils/search/search.ts';
import { ADVERSARIAL } from './adversarial.ts';
import { pageSegments, type PageSegments } from './segments.ts';
import { percentile, summarize, type Summary } from './stats.ts';

export interface SearchFigures {
  readonly build: Summary;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly queries: number;
  readonly samples: number;
}

/**
 * Index build (median of `builds`): creating the index and answering a first word query, which
 * builds the text index it creates on demand. Then every query timed once per round on a warm
 * index:
 * `rounds` rounds, or fewer (at least 10) when they take more than `budgetMs` in all.
 */
export function searchFigures(
  queries: readonly string[],
  builds = 15,
  rounds = 100,
  budgetMs = 10_000,
): SearchFigures {
  const buildTimes: number[] = [];
  let index = createSearchIndex(STATUS_CODES);
  for (let i = 0; i < builds; i++) {
    const start = performance.now();
    index = createSearchIndex(STATUS_CODES);
    index.search('not found');
    buildTimes.push(performance.now() - start);
  }
  for (let i = 0; i < 3; i++) for (const q of queries) index.search(q);
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  for (let round = 0; round < rounds && (round < 10 || performance.now() < end); round++) {
    for (const q of queries) {
      const start = performance.now();
      index.search(q);
      samples.push(performance.now() - start);
    }
  }
  return {
    build: summarize(buildTimes),
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: percentile(samples, 1),
    queries: queries.length,
    samples: samples.length,
  };
}

export interface DetectorFigures {
  /** Per hostile generator: the time to detect in one segment, and how many matches it gave. */
  readonly segments: readonly {
    readonly name: string;
    readonly time: Summary;
    readonly found: number;
  }[];
  /** The bench's real pages cut the same way: each one's slowest segment. */
  readonly pages: readonly PageSegments[];
}

/**
 * The detector on hostile segments (`adversarial.ts`), as the content script runs it (its
 * default time budget included): `rounds` timed runs of each after 3 untimed ones.
 */
export function detectorFigures(
  pages: ReadonlyMap<string, string> = new Map(),
  rounds = 15,
): DetectorFigures {
  return {
    pages: [...pages].map(([name, html]) => pageSegments(name, html)),
    segments: ADVERSARIAL.map(([name, generate]) => {
      const text = generate();
      for (let i = 0; i < 3; i++) detect(text);
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < rounds; i++) {
        const start = performance.now();
        found = detect(text).length;
        times.push(performance.now() - start);
      }
      return { name, time: summarize(times), found };
    }),
  };
}

export interface Size {
  readonly bytes: number;
  readonly gzip: number;
  readonly files: readonly string[];
}

function sizeOf(root: string, files: readonly string[]): Size {
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(join(root, f));
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzip, files };
}

/** popup.html and every script and stylesheet it loads, following static imports. */
function popupFiles(root: string): string[] {
  const html = readFileSync(join(root, 'popup.html'), 'utf8');
  const files = new Set<string>(['popup.html']);
  const queue = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(root, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(join(dirname(file), m[1] as string));
    }
  }
  return [...files];
}

export interface BundleFigures {
  /** The top frame's content script, and what the frames below it start with. */
  readonly content: Size;
  readonly frames: Size;
  readonly contentCss: Size;
  readonly background: Size;
  readonly popup: Size;
}

export function bundleFigures(root: string): BundleFigures {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[]; all_frames?: boolean }[];
    background?: { service_worker?: string };
  };
  const scripts = manifest.content_scripts ?? [];
  const top = scripts.find((script) => !script.all_frames) ?? scripts[0];
  const frames = scripts.find((script) => script.all_frames) ?? top;
  const existing = (files: readonly string[] | undefined) =>
    (files ?? []).filter((f) => statSync(join(root, f)).isFile());
  return {
    content: sizeOf(root, existing(top?.js)),
    frames: sizeOf(root, existing(frames?.js)),
    contentCss: sizeOf(root, existing(scripts.flatMap((script) => script.css ?? []))),
    background: sizeOf(
      root,
      existing(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ),
    popup: sizeOf(root, popupFiles(root)),
  };
}
