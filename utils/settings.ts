/**
 * User settings: their shape, defaults and checks. Reading never fails: a missing, unknown or
 * corrupted value falls back to its default without losing the rest. Stored by
 * `settings-store.ts` (extension pages and the background) and read by the content script.
 */
import type { Lang } from '../data/types.ts';

export type LanguageSetting = 'auto' | Lang;
export type Sensitivity = 'strict' | 'balanced';
/** When the toolbar icon shows the page's status: unless it is a plain success, always, never. */
export type BadgeMode = 'auto' | 'always' | 'never';

export interface Settings {
  readonly language: LanguageSetting;
  readonly highlight: boolean;
  readonly sensitivity: Sensitivity;
  /** Host names where highlighting is off. */
  readonly disabledSites: readonly string[];
  /** Milliseconds the pointer rests on a code before its tooltip shows. */
  readonly tooltipDelay: number;
  readonly badge: BadgeMode;
}

/** The key in `storage.local` (the store's item is `local:settings`). */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  highlight: true,
  sensitivity: 'balanced',
  disabledSites: [],
  tooltipDelay: 300,
  badge: 'auto',
};

const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as string[]).includes(v);

const isLanguage = oneOf<LanguageSetting>('auto', 'en', 'ko');
const isSensitivity = oneOf<Sensitivity>('strict', 'balanced');
const isBadgeMode = oneOf<BadgeMode>('auto', 'always', 'never');
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
/** A tooltip delay we accept: 0 to 2 seconds (rounded to whole milliseconds when read). */
const isDelay = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 2000;
const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/u;
const MAX_SITES = 1000;

/** Settings from whatever is stored; each field checked on its own. */
export function parseSettings(stored: unknown): Settings {
  const raw: { readonly [K in keyof Settings]?: unknown } =
    typeof stored === 'object' && stored !== null ? stored : {};
  /** The stored value of `key` if `valid` accepts it, else its default. */
  const field = <K extends keyof Settings>(
    key: K,
    valid: (value: unknown) => value is Settings[K],
  ): Settings[K] => {
    const value = raw[key];
    return valid(value) ? value : DEFAULT_SETTINGS[key];
  };
  const sites = Array.isArray(raw.disabledSites) ? raw.disabledSites : [];
  return {
    language: field('language', isLanguage),
    highlight: field('highlight', isBoolean),
    sensitivity: field('sensitivity', isSensitivity),
    disabledSites: [
      ...new Set(sites.filter((s): s is string => typeof s === 'string' && HOST.test(s))),
    ].slice(0, MAX_SITES),
    tooltipDelay: Math.round(field('tooltipDelay', isDelay)),
    badge: field('badge', isBadgeMode),
  };
}

/** The language to show: the setting, or the browser's UI language when automatic. */
export function resolveLanguage(setting: LanguageSetting, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Whether codes are highlighted on a site: on globally and not switched off there. */
export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.highlight && !settings.disabledSites.includes(host);
}
