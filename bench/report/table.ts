/** The page table: one row per figure, one column per page. */
import { mb, ms, ratio, spread } from '../stats.ts';
import { atLeast, type PageFigures } from './page-figures.ts';

/** Long tasks and frames are reported from 50 ms up: 0 means none. */
const longMs = (v: number): string => (v === 0 ? '<50' : ms(v));
const signedMb = (bytes: number) => `${bytes >= 0 ? '+' : ''}${mb(bytes)}`;
const count = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

const ROWS: readonly (readonly [string, (p: PageFigures) => string])[] = [
  [
    'page text · elements',
    (p) => `${mb(p.last.shape.textBytes)} · ${count(p.last.shape.elements)}`,
  ],
  [
    'candidates · painted · marks',
    (p) => `${count(p.last.candidates)} · ${count(p.painted)} · ${count(p.last.peerMarks)}`,
  ],
  ['floor: walk + regex (ms)', (p) => spread(p.floor)],
  ['peer: mark.js + layout (ms)', (p) => spread(p.peer)],
  [
    'ours: total from DCL (ms)',
    (p) => atLeast(p) + spread(p.total) + (p.timedOut > 0 ? ` ⚠ ${p.timedOut} capped` : ''),
  ],
  [
    'ours: first viewport (ms)',
    (p) =>
      spread(p.firstViewport) +
      (p.early.n > 0 ? ` · ${p.early.n}× ${spread(p.early)} before DCL` : '') +
      (p.unpainted > 0 ? ` ⚠${p.unpainted} none` : ''),
  ],
  ['ours: longest stretch of our script (ms)', (p) => spread(p.script)],
  ['ours: longest task, by elimination (ms)', (p) => spread(p.longestTask, longMs)],
  [
    'ours: jump to middle · end (ms)',
    (p) =>
      `${spread(p.jumpMiddle)} · ${spread(p.jumpEnd)}` +
      (p.jumpsMissed > 0 ? ` ⚠${p.jumpsMissed} none` : ''),
  ],
  ['  its first frame after a jump (ms)', (p) => spread(p.jumpFrame)],
  ['  jumps with highlights in that frame', (p) => `${p.jumpsInFirstFrame} of ${p.jumps}`],
  ['ours: longest task in jumps (ms)', (p) => spread(p.jumpTask, longMs)],
  ['ours: longest frame (ms)', (p) => spread(p.longestFrame, longMs)],
  ['ours: JS heap added', (p) => spread(p.heapJs, signedMb)],
  ['ours: DOM heap added', (p) => spread(p.heapDom, signedMb)],
  ['page alone: longest task (ms)', (p) => spread(p.pageTask, longMs)],
  ['page alone: longest frame (ms)', (p) => spread(p.pageFrame, longMs)],
  ['page alone: first frame after DCL (ms)', (p) => spread(p.pageFirstFrame)],
  [
    'page alone: jumps: first frame · longest task (ms)',
    (p) => `${spread(p.pageJumpFrame)} · ${spread(p.pageJumpTask, longMs)}`,
  ],
  ['ours / peer', (p) => atLeast(p) + ratio(p.total.median / p.peer.median)],
  ['ours / floor', (p) => atLeast(p) + ratio(p.total.median / p.floor.median)],
];

export function table(pages: readonly PageFigures[]): string[] {
  const cells = ROWS.map(([label, cell]) => [label, ...pages.map(cell)]);
  const header = ['', ...pages.map((p) => p.name)];
  const widths = header.map((_, i) =>
    Math.max(...[header, ...cells].map((r) => (r[i] ?? '').length)),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)];
}
