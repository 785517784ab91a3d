import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPLAIN_KEY, popupTabId, takeExplainCode } from './popup-start.ts';

describe('popupTabId', () => {
  const active = { id: 5 };

  it.each([
    ['', 5],
    ['?tab=123', 123],
    ['?tab=0', 0],
    ['?q=404&tab=7', 7],
    ['?tab=', undefined],
    ['?tab=-1', undefined],
    ['?tab=12a', undefined],
    ['?tab=12345678901', undefined],
  ])('%j → %j', (search, expected) => {
    expect(popupTabId(search, active)).toBe(expected);
  });

  it('is undefined when there is no active tab', () => {
    expect(popupTabId('', undefined)).toBeUndefined();
  });
});

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
