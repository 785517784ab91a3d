// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CodeMark } from '../page/mark.ts';
import { stubHighlightApi } from '../page/test-highlight-api.ts';
import { Hover } from './hover.ts';
import type { TooltipContent } from './render.ts';
import type { Tooltip } from './tooltip.ts';

stubHighlightApi();

const rect = { top: 10, left: 10, bottom: 26, right: 40, width: 30, height: 16 };
/** A window that measures every range at `rect` and takes listeners without firing any. */
const fakeWindow = {
  addEventListener: () => undefined,
  requestAnimationFrame: () => 1,
  cancelAnimationFrame: () => undefined,
  document: {
    addEventListener: () => undefined,
    createRange: () => ({
      setStart: () => undefined,
      setEnd: () => undefined,
      getClientRects: () => [rect],
    }),
  },
} as unknown as Window;

function hoverWith() {
  const shown: TooltipContent[] = [];
  const tooltip = {
    host: null,
    visible: false,
    show: (content: TooltipContent) => void shown.push(content),
    hide: vi.fn<() => void>(),
  } as unknown as Tooltip;
  const released = vi.fn<() => void>();
  const text = {
    prefetch: () => undefined,
    contentOf: async () => ({ linkLabel: 'More', lang: 'en' }),
  };
  const hover = new Hover({
    win: fakeWindow,
    painter: { marksIn: () => [] },
    tooltip,
    text,
    settings: { current: { tooltipDelay: 0 } },
    signal: new AbortController().signal,
    released,
  });
  return { hover, shown, released };
}

/** A code mark (built in a test: the fake StaticRange is there only then). */
function code404(): CodeMark {
  const text = document.createTextNode('404');
  const range = new StaticRange({
    startContainer: text,
    startOffset: 0,
    endContainer: text,
    endOffset: 3,
  });
  return { kind: 'code', code: 404, range, block: document.body, nodes: [text], unit: {} };
}

describe('Hover', () => {
  it('shows a stepped code with its place among the codes on screen', async () => {
    const { hover, shown } = hoverWith();
    hover.show(code404(), { at: 2, of: 5 });
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]?.position).toEqual({ at: 2, of: 5 });
  });

  it('lets the stepped code go once, when the tooltip hides', () => {
    const { hover, released } = hoverWith();
    const mark = code404();
    hover.hide();
    expect(released).not.toHaveBeenCalled();
    hover.show(mark, { at: 1, of: 1 });
    hover.show(mark, { at: 1, of: 1 });
    expect(released).not.toHaveBeenCalled();
    hover.hide();
    hover.hide();
    expect(released).toHaveBeenCalledTimes(1);
  });
});
