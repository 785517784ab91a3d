// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PageContext } from './context.ts';

const setId = (id: string | undefined) =>
  Object.defineProperty(browser.runtime, 'id', { value: id, configurable: true });

afterEach(() => {
  setId('test-extension-id');
});

describe('PageContext', () => {
  it('is valid while the extension is there, and tells nobody anything', () => {
    setId('test-extension-id');
    const post = vi.spyOn(window, 'postMessage');
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const ctx = new PageContext();
    const callback = vi.fn<() => void>();
    ctx.onInvalidated(callback);
    expect(ctx.isInvalid).toBe(false);
    expect(callback).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('once the extension is gone, runs each callback once; a removed one never', () => {
    const ctx = new PageContext();
    const kept = vi.fn<() => void>();
    const removed = vi.fn<() => void>();
    ctx.onInvalidated(kept);
    ctx.onInvalidated(removed)();
    setId(undefined);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });
});
