// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { CodeMark, Mark } from '../page/mark.ts';
import { stubHighlightApi } from '../page/test-highlight-api.ts';
import { CURRENT_HIGHLIGHT, Stepper } from './stepper.ts';

stubHighlightApi();

/** Where each text node lies on screen: the fake document measures ranges by their start. */
const boxes = new Map<Node, { top: number; left: number }>();
const fakeWindow = {
  innerHeight: 700,
  document: {
    createRange: () => {
      let node: Node | undefined;
      return {
        setStart: (n: Node) => void (node = n),
        setEnd: () => undefined,
        getClientRects: () => {
          const at = node && boxes.get(node);
          return at ? [{ ...at, bottom: at.top + 16, width: 24 }] : [];
        },
      };
    },
  },
} as unknown as Window;

/** A code mark whose text lies at (top, left). */
function code(number: number, top: number, left = 10): CodeMark {
  const text = document.createTextNode(String(number));
  boxes.set(text, { top, left });
  const range = new StaticRange({
    startContainer: text,
    startOffset: 0,
    endContainer: text,
    endOffset: 3,
  });
  return { kind: 'code', code: number, range, block: document.body, nodes: [text], unit: {} };
}

let registry: Map<string, Highlight>;
beforeEach(() => {
  boxes.clear();
  registry = new Map();
});
const stepperOver = (marks: Mark[]) => new Stepper(fakeWindow, { all: () => marks }, registry);
const marked = () => [...((registry.get(CURRENT_HIGHLIGHT) as unknown as Set<StaticRange>) ?? [])];

describe('Stepper', () => {
  it('steps through the codes on screen in reading order, saying where it is, and wraps', () => {
    const [a, b, c] = [code(404, 300), code(503, 100, 200), code(429, 100, 20)];
    const stepper = stepperOver([a, b, c]);
    const steps = [1, 2, 3, 4].map(() => stepper.next());
    expect(steps.map((s) => [s?.mark.code, s?.at, s?.of])).toEqual([
      [429, 1, 3],
      [503, 2, 3],
      [404, 3, 3],
      [429, 1, 3],
    ]);
  });

  it('leaves out codes off screen and class mentions', () => {
    const above = code(200, -40);
    const below = code(301, 900);
    const shown = code(404, 50);
    const mention: Mark = { ...code(500, 60), kind: 'class', digit: 5 };
    const step = stepperOver([above, below, mention, shown]).next();
    expect([step?.mark.code, step?.of]).toEqual([404, 1]);
  });

  it('marks the current code with a highlight of its own, only while stepping', () => {
    const [a, b] = [code(404, 100), code(503, 200)];
    const stepper = stepperOver([a, b]);
    expect(registry.has(CURRENT_HIGHLIGHT)).toBe(false);
    stepper.next();
    expect(marked()).toEqual([a.range]);
    expect(registry.get(CURRENT_HIGHLIGHT)?.priority).toBe(1);
    stepper.next();
    expect(marked()).toEqual([b.range]);
    stepper.end();
    expect(registry.has(CURRENT_HIGHLIGHT)).toBe(false);
    // The place is kept: the next step goes on from the last code shown.
    expect(stepper.next()?.mark).toBe(a);
  });

  it('does nothing without a code on screen', () => {
    expect(stepperOver([code(404, 2000)]).next()).toBeUndefined();
    expect(registry.size).toBe(0);
  });
});
