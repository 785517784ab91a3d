/** Everything a bench run measured, as `formatReport` takes it. */
import type { BundleFigures, DetectorFigures, SearchFigures } from '../node-figures.ts';
import type { PageRun } from '../page-run.ts';
import type { PageName } from '../pages.ts';
import type { StartupRun } from '../startup.ts';
import type { SleepTimes } from '../worker.ts';

export interface Results {
  readonly chromium: string;
  readonly runs: number;
  readonly pages: readonly { readonly name: PageName; readonly runs: readonly PageRun[] }[];
  readonly popup: SleepTimes;
  readonly tooltip: SleepTimes;
  /** Loads of a page without codes, and of the same page with one. */
  readonly startup: {
    readonly plain: readonly StartupRun[];
    readonly status: readonly StartupRun[];
  };
  readonly search: SearchFigures;
  readonly detector: DetectorFigures;
  readonly bundle: BundleFigures;
}
