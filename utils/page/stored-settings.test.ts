import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../settings.ts';
import { StoredSettings } from './stored-settings.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

const store = (value: unknown) => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: value });

describe('StoredSettings', () => {
  it('reads the defaults when nothing is stored, and what is stored otherwise', async () => {
    const settings = new StoredSettings();
    expect(settings.current).toEqual(DEFAULT_SETTINGS);
    expect(await settings.read()).toEqual(DEFAULT_SETTINGS);
    await store({ language: 'ko', tooltipDelay: 'soon' });
    const expected: Settings = { ...DEFAULT_SETTINGS, language: 'ko' };
    expect(await settings.read()).toEqual(expected);
    expect(settings.current).toEqual(expected);
  });

  it('follows changes with one listener, with the new and previous settings, until aborted', async () => {
    const settings = new StoredSettings();
    await settings.read();
    const changed = vi.fn<(next: Settings, previous: Settings) => void>();
    const controller = new AbortController();
    settings.follow(changed, controller.signal);
    await store({ highlight: false });
    const off: Settings = { ...DEFAULT_SETTINGS, highlight: false };
    expect(changed).toHaveBeenCalledExactlyOnceWith(off, DEFAULT_SETTINGS);
    expect(settings.current).toEqual(off);
    // Other keys are not the settings.
    await fakeBrowser.storage.local.set({ other: 1 });
    expect(changed).toHaveBeenCalledTimes(1);
    controller.abort();
    await store({ highlight: true });
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
