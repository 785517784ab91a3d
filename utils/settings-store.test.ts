/**
 * The settings item in storage.local: what it reads when nothing or something broken is
 * stored, how it migrates the first version, how a change merges, and what watchers see.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings.ts';

const CUSTOM: Settings = {
  language: 'ko',
  highlight: false,
  sensitivity: 'strict',
  disabledSites: ['example.com', 'localhost:8080'],
  tooltipDelay: 500,
  badge: 'never',
};

/**
 * The store as a context loads it after `stored` was written: the item migrates when its
 * module loads, as it does once per context in the extension.
 */
async function storeOver(stored?: unknown) {
  if (stored !== undefined) await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
  vi.resetModules();
  const store = await import('./settings-store.ts');
  await store.readSettings();
  return store;
}
const storedValue = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
const storedVersion = async () =>
  (await fakeBrowser.storage.local.get(`${SETTINGS_KEY}$`))[`${SETTINGS_KEY}$`];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readSettings', () => {
  it('nothing stored → the defaults', async () => {
    const { readSettings } = await storeOver();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('a version 1 value, with its own version field, is migrated: the field goes, the rest stays', async () => {
    const { readSettings } = await storeOver({ version: 1, ...CUSTOM });
    expect(await readSettings()).toEqual(CUSTOM);
    expect(await storedValue()).toEqual(CUSTOM);
    expect(await storedVersion()).toEqual({ v: 2 });
  });

  it('a broken version 1 value is repaired as it migrates, field by field', async () => {
    const { readSettings } = await storeOver({
      version: 1,
      ...CUSTOM,
      sensitivity: 'loose',
      tooltipDelay: -5,
      disabledSites: ['example.com', 'https://bad', 42],
    });
    const expected = {
      ...CUSTOM,
      sensitivity: DEFAULT_SETTINGS.sensitivity,
      tooltipDelay: DEFAULT_SETTINGS.tooltipDelay,
      disabledSites: ['example.com'],
    };
    expect(await readSettings()).toEqual(expected);
    expect(await storedValue()).toEqual(expected);
  });

  it('a corrupted current value reads as defaults where it is broken', async () => {
    const { readSettings } = await storeOver();
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { language: 'en', highlight: 'yes', disabledSites: 7 },
    });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it.each(['garbage', 42, [1, 2], null])('a stored %j reads as the defaults', async (stored) => {
    const { readSettings } = await storeOver();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('updateSettings', () => {
  it('a change is stored over the defaults, and reads back', async () => {
    const { readSettings, updateSettings } = await storeOver();
    const saved = await updateSettings({ language: 'ko', tooltipDelay: 800 });
    const expected = { ...DEFAULT_SETTINGS, language: 'ko', tooltipDelay: 800 };
    expect(saved).toEqual(expected);
    expect(await readSettings()).toEqual(expected);
    expect(await storedValue()).toEqual(expected);
  });

  it('a second change keeps the first', async () => {
    const { readSettings, updateSettings } = await storeOver();
    await updateSettings({ highlight: false });
    await updateSettings({ disabledSites: ['example.com'] });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      highlight: false,
      disabledSites: ['example.com'],
    });
  });

  it('merges into what is stored, keeping every other field', async () => {
    const { updateSettings } = await storeOver({ version: 1, ...CUSTOM });
    expect(await updateSettings({ badge: 'always' })).toEqual({ ...CUSTOM, badge: 'always' });
    expect(await storedValue()).toEqual({ ...CUSTOM, badge: 'always' });
  });

  it('an invalid change is not stored; the rest of the change is', async () => {
    const { updateSettings } = await storeOver();
    const change = { tooltipDelay: -5, sensitivity: 'strict' } as unknown as Partial<Settings>;
    const expected = { ...DEFAULT_SETTINGS, sensitivity: 'strict' };
    expect(await updateSettings(change)).toEqual(expected);
    expect(await storedValue()).toEqual(expected);
  });
});

describe('watchSettings', () => {
  it('calls back with the next and the previous settings, until unwatched', async () => {
    const { updateSettings, watchSettings } = await storeOver();
    const seen: [Settings, Settings][] = [];
    const unwatch = watchSettings((next, previous) => seen.push([next, previous]));
    await updateSettings({ language: 'ko' });
    await updateSettings({ highlight: false });
    unwatch();
    await updateSettings({ badge: 'never' });
    const ko = { ...DEFAULT_SETTINGS, language: 'ko' } as const;
    expect(seen).toEqual([
      [ko, DEFAULT_SETTINGS],
      [{ ...ko, highlight: false }, ko],
    ]);
  });

  it('repairs what another context stored before passing it on', async () => {
    const { watchSettings } = await storeOver();
    const seen: Settings[] = [];
    watchSettings((next) => seen.push(next));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'fr', badge: 'always' } });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, badge: 'always' }]);
  });
});
