import { describe, expect, it, vi } from 'vitest';
import { STATUS_CODES } from '../../data/index.ts';
import { createSearchIndex } from '../search/search.ts';
import { listenToOmnibox, type OmniboxDeps } from './omnibox-listeners.ts';
import type { Suggestion } from './omnibox.ts';

type Changed = (text: string, send: (s: Suggestion[]) => void) => void;
type Entered = (text: string, disposition: 'newForegroundTab') => void;

const event = <L>(keep: (l: L) => void) => ({
  addListener: keep,
  removeListener: () => undefined,
});

/** The omnibox listeners over the real index, the browser's events captured. */
function setUp() {
  const index = createSearchIndex(STATUS_CODES);
  const search = vi.spyOn(index, 'search');
  const open = vi.fn<OmniboxDeps['reference']['open']>(async () => undefined);
  const lines: string[] = [];
  const heard: { changed?: Changed; entered?: Entered } = {};
  const omnibox = {
    setDefaultSuggestion: async ({ description }: { description: string }) => {
      lines.push(description);
    },
    onInputStarted: event(() => undefined),
    onInputChanged: event<Changed>((l) => (heard.changed = l)),
    onInputEntered: event<Entered>((l) => (heard.entered = l)),
  };
  listenToOmnibox(
    {
      omnibox: omnibox as unknown as OmniboxDeps['omnibox'],
      index,
      reference: { open },
      flavor: 'markup',
      settings: { language: () => 'en' },
    },
    new AbortController().signal,
  );
  return {
    search,
    open,
    lines,
    type: (t: string) => heard.changed?.(t, () => undefined),
    enter: (t: string) => heard.entered?.(t, 'newForegroundTab'),
  };
}

describe('listenToOmnibox', () => {
  it('searches at most 200 characters of what is typed', () => {
    const { search, lines, type } = setUp();
    type('x'.repeat(10_000));
    expect(search).toHaveBeenCalledExactlyOnceWith('x'.repeat(200), 12);
    expect(lines.at(-1)).toContain('x'.repeat(200));
    expect(lines.at(-1)).not.toContain('x'.repeat(201));
  });

  it('leaves characters XML forbids and lone surrogates out of the line', () => {
    const { search, lines, type } = setUp();
    type('xqzv\u0001\uFFFE\uD800');
    expect(search).toHaveBeenCalledExactlyOnceWith('xqzv', 12);
    const line = lines.at(-1) ?? '';
    expect(line).toContain('xqzv');
    for (const unfit of ['\u0001', '\uFFFE', '\uD800']) expect(line).not.toContain(unfit);
  });

  it('searches text with a lone surrogate on Enter, instead of throwing', () => {
    const { open, enter } = setUp();
    enter('gateway \uD800timeout');
    expect(open).toHaveBeenCalledExactlyOnceWith('?q=gateway%20timeout', {
      kind: 'create',
      active: true,
    });
  });

  it.each([
    ['401 vs 403', '#compare-401-403'],
    ['unauthorized vs forbidden', '#compare-401-403'],
    ['인증 필요 vs 접근 금지 차이', '#compare-401-403'],
  ])('opens the comparison the search reads in %j', (typed, target) => {
    const { open, enter, lines, type } = setUp();
    type(typed);
    expect(lines.at(-1)).toContain('Compare 401 · 403');
    enter(typed);
    expect(open).toHaveBeenCalledExactlyOnceWith(target, { kind: 'create', active: true });
  });
});
