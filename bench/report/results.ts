/** Everything a bench run measured, as `formatReport` takes it; a part left out is undefined. */
import type { FirefoxFigures } from '../firefox.ts';
import type { FramesRun } from '../frames.ts';
import type { MemoryRun } from '../memory.ts';
import type { BundleFigures, DetectorFigures, SearchFigures } from '../node-figures.ts';
import type { PageRun } from '../page-run.ts';
import type { PageName } from '../pages.ts';
import type { PopupTimes } from '../popup.ts';
import type { StartupRun } from '../startup.ts';
import type { SleepTimes } from '../worker.ts';

export interface Results {
  readonly chromium: string;
  readonly runs: number;
  /** Empty when the pages were left out. */
  readonly pages: readonly { readonly name: PageName; readonly runs: readonly PageRun[] }[];
  readonly popup?: PopupTimes | undefined;
  readonly tooltip?: SleepTimes | undefined;
  /** Loads of a page without codes, and of the same page with one. */
  readonly startup?:
    | {
        readonly plain: readonly StartupRun[];
        readonly status: readonly StartupRun[];
      }
    | undefined;
  /** The article with 30 cross-origin frames; the start-up it is judged against is `startup`. */
  readonly frames?: readonly FramesRun[] | undefined;
  readonly memory?: readonly MemoryRun[] | undefined;
  readonly firefox?: FirefoxFigures | undefined;
  readonly search: SearchFigures;
  readonly detector: DetectorFigures;
  readonly bundle: BundleFigures;
}
