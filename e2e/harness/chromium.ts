/**
 * Chromium from Debian with the production build loaded, through playwright-core.
 * A fresh profile each time; no browser is downloaded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './browser-paths.ts';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ChromiumSession {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  /** URL of an extension page, e.g. `popup.html`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/**
 * The flags of every Chromium we launch, with or without the extension (the bench's plain
 * browser uses them too, so that the extension is the only difference between the two).
 */
export function chromiumArgs(locale = 'en-US'): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // Keep the browser's own services quiet, so that any request seen is the page's or ours.
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--metrics-recording-only',
    '--no-pings',
    '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater',
    '--no-first-run',
    `--lang=${locale}`,
  ];
}

/** Every look the interface is checked in: both languages, both themes. */
export const EVERY_LOOK = [
  { locale: 'en-US', colorScheme: 'light' },
  { locale: 'en-US', colorScheme: 'dark' },
  { locale: 'ko-KR', colorScheme: 'light' },
  { locale: 'ko-KR', colorScheme: 'dark' },
] as const;

/** What a page reads from the clipboard (a session launched with `clipboard: true`). */
export const clipboardText = (page: Page): Promise<string> =>
  page.evaluate(() => navigator.clipboard.readText());

export async function launchChromium(
  options: {
    locale?: string;
    colorScheme?: 'light' | 'dark';
    extension?: string;
    /** Lets pages read and write the clipboard. */
    clipboard?: boolean;
  } = {},
): Promise<ChromiumSession> {
  const extension = options.extension ?? CHROME_BUILD;
  const profile = await mkdtemp(join(tmpdir(), 'http-status-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    // Granted without an origin: Chromium refuses an extension's origin here.
    permissions: options.clipboard ? ['clipboard-read', 'clipboard-write'] : [],
    args: [
      ...chromiumArgs(options.locale),
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//u, '')}`,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Collects uncaught page errors, so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Changes stored settings from the worker, as the options page does (`undefined` brings a
 * field's default back).
 */
export const changeSettings = (worker: Worker, change: Record<string, unknown>): Promise<void> =>
  worker.evaluate(async (fields) => {
    const stored = (await chrome.storage.local.get('settings'))['settings'] ?? {};
    await chrome.storage.local.set({ settings: { ...stored, ...fields } });
  }, change);

/** A fresh tab of 1000 × 700 (or `size`) at `url`. */
export async function openTab(
  session: ChromiumSession,
  url: string,
  size = { width: 1000, height: 700 },
): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  return page;
}
