/**
 * What explains a highlighted code: the tooltip, the hover that shows it, the keyboard's "next
 * code", and the tooltip text fetched from the background. It is not part of the content script
 * that every page loads: the background injects it into a frame the first time a reader points
 * at a highlighted code there (or presses the shortcut), see `tooltip-slot.ts`. Most pages are
 * never hovered, and they neither parse this code nor wake the background for tooltip text.
 */
import { markRects } from '../page/hit-test.ts';
import { createHover } from './hover.ts';
import type { Mark, Painter } from '../page/painter.ts';
import type { TooltipData, TooltipEntry } from '../protocol.ts';
import { createTooltip } from './tooltip.ts';

export interface ExplainerDeps {
  readonly win: Window;
  readonly painter: Painter;
  readonly delay: () => number;
  readonly describe: (codes: number[]) => Promise<TooltipData>;
  readonly openReference: (code: number) => void;
}

export interface Explainer {
  /** The tooltip's host element (ours: never read, and kept attached). */
  readonly host: HTMLElement;
  /** The pointer rests at (x, y) since `since` (a `performance.now()` time). */
  point(x: number, y: number, since: number): void;
  /** Shows the tooltip of the next code on screen after the last one shown. */
  next(): void;
  /** Re-attaches the tooltip if the page removed it. */
  ensureAttached(): void;
  destroy(): void;
}

export type CreateExplainer = (deps: ExplainerDeps) => Explainer;

export const createExplainer: CreateExplainer = (deps) => {
  const { win, painter } = deps;
  const doc = win.document;
  const entries = new Map<number, TooltipEntry>();
  const pending = new Map<number, Promise<void>>();
  let meta: Omit<TooltipData, 'entries'> | undefined;
  let lastShown: Mark | undefined;
  const tooltip = createTooltip(doc, deps.openReference);

  const fetch = (codes: readonly number[]): Promise<void> => {
    const wanted = codes.filter((c) => !entries.has(c) && !pending.has(c));
    if (wanted.length === 0)
      return Promise.all(codes.map((c) => pending.get(c))).then(() => undefined);
    const request = deps.describe(wanted).then(
      (data) => {
        meta = data;
        for (const e of data.entries) entries.set(e.code, e);
        for (const c of wanted) pending.delete(c);
      },
      () => {
        for (const c of wanted) pending.delete(c);
      },
    );
    for (const c of wanted) pending.set(c, request);
    return request;
  };
  // A class mention (`5xx`) needs only the class names, which come with any answer.
  let metaRequest: Promise<void> | undefined;
  const fetchMeta = (): Promise<void> =>
    meta
      ? Promise.resolve()
      : (metaRequest ??= deps.describe([]).then(
          (data) => void (meta ??= data),
          () => void (metaRequest = undefined),
        ));
  /** What a mark's tooltip needs, asked for once. */
  const prepare = (mark: Mark): Promise<void> => (mark.isClass ? fetchMeta() : fetch([mark.code]));

  const hover = createHover({
    win,
    painter,
    tooltip,
    delay: deps.delay,
    prefetch: (mark) => void prepare(mark),
    content: async (mark) => {
      await prepare(mark);
      if (mark.isClass) {
        const digit = Math.floor(mark.code / 100);
        const token =
          mark.range.startContainer.textContent?.slice(
            mark.range.startOffset,
            mark.range.startOffset + 3,
          ) ?? `${digit}xx`;
        return (
          meta && {
            classLabel: { token, name: meta.classNames[digit - 1] ?? '' },
            linkLabel: meta.linkLabel,
            lang: meta.lang,
          }
        );
      }
      const entry = entries.get(mark.code);
      return entry && meta && { entry, linkLabel: meta.linkLabel, lang: meta.lang };
    },
  });

  return {
    host: tooltip.host,
    point: hover.point,
    next() {
      const onScreen = painter
        .all()
        .filter((m) => !m.isClass)
        .map((m) => ({ m, r: markRects(doc, m)[0] }))
        .filter(
          (x): x is { m: Mark; r: DOMRect } =>
            !!x.r && x.r.bottom > 0 && x.r.top < win.innerHeight && x.r.width > 0,
        )
        .sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left);
      if (onScreen.length === 0) return;
      const at = onScreen.findIndex((x) => x.m === lastShown);
      const next = onScreen[(at + 1) % onScreen.length];
      if (!next) return;
      lastShown = next.m;
      hover.show(next.m);
    },
    ensureAttached: tooltip.ensureAttached,
    destroy() {
      hover.destroy();
      tooltip.destroy();
    },
  };
};
