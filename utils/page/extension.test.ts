import { afterEach, describe, expect, it, vi } from 'vitest';
import { extension } from './extension.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('extension', () => {
  it.each([
    ['the extension’s `browser`, when there is one', { storage: { local: {} } }, 'browser'],
    ['`chrome` when `browser` is a page element named so', { id: 'browser' }, 'chrome'],
    ['`chrome` when there is no `browser`', undefined, 'chrome'],
  ])('is %s', (_, browserGlobal, expected) => {
    const chrome = { storage: { local: {} }, name: 'chrome' };
    vi.stubGlobal('chrome', chrome);
    vi.stubGlobal('browser', browserGlobal);
    expect(extension()).toBe(expected === 'chrome' ? chrome : browserGlobal);
  });
});
