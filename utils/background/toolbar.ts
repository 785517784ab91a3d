/** The toolbar button: which API it is, and the badge it shows on each tab. */
import { browser } from 'wxt/browser';
import type { BadgeMode } from '../settings.ts';
import { BADGE_TEXT_COLOR, badgeFor } from './badge.ts';

type Action = typeof browser.action;

/**
 * Firefox builds are Manifest V2, where the toolbar button is `browserAction` (with promises,
 * and openPopup, as `action` has them).
 */
export const toolbarAction = (): Action =>
  import.meta.env.MANIFEST_VERSION === 2 ? (browser.browserAction as Action) : browser.action;

/** Optional throughout: Firefox for Android has no badge, Chrome before 110 no text colour. */
export type BadgeApi = Partial<
  Pick<Action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setBadgeTextColor'>
>;

const ignore = () => undefined;

export class BadgePainter {
  readonly #action: BadgeApi;
  readonly #settings: { readonly badge: BadgeMode };
  /** The badge text last set per tab, so a burst of failed requests does not repaint it. */
  readonly #painted = new Map<number, string>();

  constructor(action: BadgeApi, settings: { readonly badge: BadgeMode }) {
    this.#action = action;
    this.#settings = settings;
  }

  /** Shows a tab's status; `force` paints it even when the text is the same. */
  paint(tabId: number, status: number | undefined, force = false): void {
    const badge = badgeFor(status, this.#settings.badge);
    if (!force && this.#painted.get(tabId) === badge.text) return;
    this.#painted.set(tabId, badge.text);
    // The tab may be gone by now: the browser refuses, and that is fine.
    void this.#action.setBadgeText?.({ tabId, text: badge.text })?.catch(ignore);
    if (badge.text === '') return;
    void this.#action.setBadgeBackgroundColor?.({ tabId, color: badge.color })?.catch(ignore);
    void this.#action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR })?.catch(ignore);
  }

  forget(tabId: number): void {
    this.#painted.delete(tabId);
  }
}
