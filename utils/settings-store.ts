/**
 * The settings as one `@wxt-dev/storage` item in `storage.local`: versioned, migrated, watched.
 * The background and the extension pages read and write them here, one subscription per
 * context. (The content script reads the same key without this library: docs/structure.md.)
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

/**
 * Version 1 kept its own `version` field inside the value; version 2 leaves versions to the
 * store's metadata. Every version is read through `parseSettings`, so a bad value is repaired.
 */
const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: (stored: unknown) => parseSettings(stored) },
});

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Calls `onChange` with the new and previous settings whenever they change. Returns a remover. */
export function watchSettings(onChange: (next: Settings, previous: Settings) => void): () => void {
  return settingsItem.watch((next, previous) =>
    onChange(parseSettings(next), parseSettings(previous)),
  );
}

/** Writes `change` over the stored settings; returns what was stored. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}
