import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPLAIN_KEY, takeExplainCode, wakeWorker } from './popup-start.ts';

describe('takeExplainCode', () => {
  const session = fakeBrowser.storage.session;
  const NOW = 1_000_000;
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers the code the context menu left, and forgets it', async () => {
    await session.set({ [EXPLAIN_KEY]: { code: 429, at: NOW - 500 } });
    expect(await takeExplainCode(session, NOW)).toBe(429);
    expect(await session.get(EXPLAIN_KEY)).toEqual({});
    expect(await takeExplainCode(session, NOW)).toBeUndefined();
  });

  it.each([
    ['too old: the popup asked for never opened', { code: 429, at: NOW - 31_000 }],
    ['from the future', { code: 429, at: NOW + 1000 }],
    ['not a code', { code: 42, at: NOW }],
    ['a string', { code: '429', at: NOW }],
    ['no time', { code: 429 }],
    ['not an object', 429],
  ])('ignores a request %s, and forgets it', async (_, stored) => {
    await session.set({ [EXPLAIN_KEY]: stored });
    expect(await takeExplainCode(session, NOW)).toBeUndefined();
    expect(await session.get(EXPLAIN_KEY)).toEqual({});
  });

  it('is undefined when nothing was left', async () => {
    expect(await takeExplainCode(session, NOW)).toBeUndefined();
  });
});

describe('wakeWorker', () => {
  it('asks the background for an empty search, which wakes it and starts the word index', () => {
    const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>(async () => ({
      ok: true,
      value: { parsed: {}, hits: [] },
    }));
    wakeWorker({ sendMessage } as never);
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith({ type: 'search', data: { query: '' } });
  });

  it('throws nothing into the popup when the background cannot answer', async () => {
    const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>(async () => {
      throw new Error('Receiving end does not exist');
    });
    expect(() => wakeWorker({ sendMessage } as never)).not.toThrow();
    await Promise.resolve();
  });
});
