/**
 * Shared by the painter's and the scanner's tests. happy-dom has no CSS Custom Highlight API
 * and no StaticRange, so minimal fakes stand in for the file's tests: a Highlight is a Set of
 * ranges and a StaticRange keeps its four fields (the tests use a Map as the registry).
 */
import { afterAll, beforeAll, vi } from 'vitest';

class FakeHighlight extends Set<unknown> {}
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

export function stubHighlightApi(): void {
  beforeAll(() => {
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('StaticRange', FakeStaticRange);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
}
