/**
 * The settings as the content script holds them: the `settings` key of storage.local, read once
 * and followed with one storage listener. Not through settings-store.ts: @wxt-dev/storage would
 * add its library to the script every page loads (docs/performance.md, _Issue 17_).
 */
import type { Browser } from 'wxt/browser';
import { extension, type Extension } from './extension.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../settings.ts';
import { listen } from '../listen.ts';

type StorageApi = Pick<Extension['storage'], 'local' | 'onChanged'>;

export class StoredSettings {
  readonly #api: StorageApi;
  #current: Settings = DEFAULT_SETTINGS;

  constructor(api: StorageApi = extension().storage) {
    this.#api = api;
  }

  /** The settings as last read or changed. */
  get current(): Settings {
    return this.#current;
  }

  /** Reads what is stored (defaults for whatever is missing or wrong). */
  async read(): Promise<Settings> {
    const stored = await this.#api.local.get(SETTINGS_KEY);
    this.#current = parseSettings(stored[SETTINGS_KEY]);
    return this.#current;
  }

  /** Calls `changed` with the new and previous settings at each change, until `signal` aborts. */
  follow(changed: (next: Settings, previous: Settings) => void, signal: AbortSignal): void {
    const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'local' || !change) return;
      const previous = this.#current;
      this.#current = parseSettings(change.newValue);
      changed(this.#current, previous);
    };
    listen(this.#api.onChanged, signal, listener);
  }
}
