/**
 * Firefox ESR from Debian with the Firefox build installed as a temporary add-on over
 * WebDriver BiDi, through puppeteer-core. No browser is downloaded.
 */
import { resolve } from 'node:path';
import { firefoxPath } from './browser-paths.ts';
import { launch, type Browser } from 'puppeteer-core';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
/** The add-on's id (wxt.config.ts) and the fixed internal UUID we give it, so tests can open its pages. */
export const FIREFOX_ADDON_ID = 'http-status-explainer@extensions.local';
export const FIREFOX_UUID = '6f1d3c2e-8a4b-4e5f-9c7d-0b1a2e3f4d5c';

export interface FirefoxSession {
  readonly browser: Browser;
  readonly addonId: string;
  close(): Promise<void>;
}

/** With `extension` null, Firefox alone (the bench's baseline). */
export async function launchFirefox(
  extension: string | null = FIREFOX_BUILD,
): Promise<FirefoxSession> {
  const browser = await launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Keep the browser off the network: no updates, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
    },
  });
  const addonId = extension === null ? '' : await browser.installExtension(extension);
  return { browser, addonId, close: () => browser.close() };
}
