/** The bench's output: the page table, the other figures, the targets and the summary line. */
import { otherFigures, summaryLine } from './report/lines.ts';
import { figures } from './report/page-figures.ts';
import type { Results } from './report/results.ts';
import { table } from './report/table.ts';
import { roundTwoChecks } from './report/round-two.ts';
import { checks } from './report/targets.ts';

export function formatReport(r: Results): string {
  const pages = r.pages.map((p) => figures(p.name, p.runs));
  const results = [...checks(pages, r), ...roundTwoChecks(r)];
  return [
    `bench · Chromium ${r.chromium} headless · ${r.runs} run${r.runs === 1 ? '' : 's'} · median (min–max) · times from DOMContentLoaded`,
    '',
    ...(pages.length > 0 ? [...table(pages), ''] : []),
    ...otherFigures(r),
    '',
    'targets:',
    ...results.map((c) => `  ${c.ok ? 'pass' : 'FAIL'}  ${c.label}: ${c.detail}`),
    '',
    summaryLine(pages, r, results),
  ].join('\n');
}
