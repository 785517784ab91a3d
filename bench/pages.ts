/**
 * The benchmark's pages, generated from a fixed seed so every run measures the same bytes:
 * a 5 MB access log, a 0.7 MB prose article full of numbers that are not status codes, and a
 * page shaped like the single-page HTML standard (about 300 000 elements, 4 MB of text).
 * Every page ends with a status code in its last block, so "the last highlight appeared" is
 * also "the scan reached the end of the page".
 */
import { logPage } from './pages/log.ts';
import { prosePage } from './pages/prose.ts';
import { specPage } from './pages/spec.ts';

export type PageName = 'log' | 'prose' | 'spec';

export interface BenchPage {
  readonly name: PageName;
  readonly html: string;
}

const GENERATORS: Record<PageName, () => string> = {
  log: logPage,
  prose: prosePage,
  spec: specPage,
};

export const PAGE_NAMES: readonly PageName[] = ['log', 'prose', 'spec'];

export function generatePage(name: PageName): BenchPage {
  return { name, html: GENERATORS[name]() };
}
