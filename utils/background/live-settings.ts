/** The settings as the worker uses them: read once at start, then kept current by one watch. */
import type { Lang } from '../../data/types.ts';
import { DEFAULT_SETTINGS, resolveLanguage, type BadgeMode, type Settings } from '../settings.ts';
import { readSettings, watchSettings } from '../settings-store.ts';

export class LiveSettings {
  // The defaults until the stored settings are read: the worker answers at once.
  #current: Settings = DEFAULT_SETTINGS;
  readonly #uiLanguage: string;

  constructor(uiLanguage: string) {
    this.#uiLanguage = uiLanguage;
  }

  get badge(): BadgeMode {
    return this.#current.badge;
  }

  /** The language to answer in: the setting, or the browser's. */
  language(): Lang {
    return resolveLanguage(this.#current.language, this.#uiLanguage);
  }

  /**
   * Reads the stored settings and follows their changes until `signal` aborts; `onChange` hears
   * each new value with the one it replaces (the defaults, first).
   */
  follow(signal: AbortSignal, onChange: (next: Settings, previous: Settings) => void): void {
    const use = (next: Settings) => {
      if (signal.aborted) return;
      const previous = this.#current;
      this.#current = next;
      onChange(next, previous);
    };
    signal.addEventListener('abort', watchSettings(use), { once: true });
    void readSettings().then(use);
  }
}
