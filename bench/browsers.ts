/**
 * The two browsers of a bench run, both headless Debian Chromium with the same flags: one with
 * the production build loaded (the e2e harness), one plain for the floor, the peer and the
 * page's own baseline. Generated pages are served from memory on 127.0.0.1.
 */
import type { ServerResponse } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, launchChromium, type ChromiumSession } from '../e2e/harness/chromium.ts';
import { chromiumPath } from '../e2e/harness/browser-paths.ts';
import { startServer, type FixtureServer, type Route } from '../e2e/harness/server.ts';
import { probeScript, type ProbeOptions, type ProbeResult } from './in-page/probe.ts';

export interface Browsers {
  readonly server: FixtureServer;
  readonly plain: BrowserContext;
  readonly ours: ChromiumSession;
  readonly version: string;
  pageUrl(name: string): string;
  close(): Promise<void>;
}

function serve(res: ServerResponse, html: string): void {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(html);
}

/** Serves each page of `pages` at `/bench/<name>.html`. */
export const pageRoute =
  (pages: ReadonlyMap<string, string>): Route =>
  (req, res) => {
    const name = /^\/bench\/([a-z0-9-]+)\.html$/.exec(req.url ?? '')?.[1];
    const html = name === undefined ? undefined : pages.get(name);
    if (html === undefined) return false;
    serve(res, html);
    return true;
  };

export async function openBrowsers(
  pages: ReadonlyMap<string, string>,
  extension: string,
): Promise<Browsers> {
  const server = await startServer([pageRoute(pages)]);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      // The e2e harness's flags, less the two that load the extension.
      args: chromiumArgs(),
    });
    const plain = await browser.newContext({ locale: 'en-US', colorScheme: 'light' });
    const ours = await launchChromium({ extension });
    const open = browser;
    return {
      server,
      plain,
      ours,
      version: open.version(),
      pageUrl: (name) => server.url(`/bench/${name}.html`),
      close: async () => {
        await ours.close();
        await open.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

/** Opens `url` in a fresh tab with the probe installed, and waits until the probe is done. */
export async function probePage(
  context: BrowserContext,
  url: string,
  options: ProbeOptions,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; result: ProbeResult }> {
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript(options) });
  await beforeLoad?.(page);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const result = await page.evaluate(() => {
    const probe = window.benchProbe;
    if (!probe) throw new Error('probe missing');
    return probe.finished;
  });
  return { page, result };
}

export interface HeapUsage {
  /** V8 heap of the tab's isolate (every world: the page's and the content script's). */
  readonly js: number;
  /** Blink's garbage-collected heap (DOM wrappers, ranges, highlights). */
  readonly dom: number;
}

/** Heap in use after a full garbage collection, through the DevTools protocol. */
export async function heapAfterGc(context: BrowserContext, page: Page): Promise<HeapUsage> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { js: usage.usedSize, dom: usage.embedderHeapUsedSize };
  } finally {
    await cdp.detach();
  }
}
