/**
 * Hardening of what runs in a web page (issue 18), in real Chromium and Firefox: a page script
 * cannot reach or click our tooltip, editable text is left alone, a content script whose
 * extension is gone stops, no highlight name is registered before a code is found, and turning
 * a site off covers the frames from other hosts inside it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeSettings,
  collectErrors,
  launchChromium,
  openTab,
  type ChromiumSession,
} from '../harness/chromium.ts';
import { launchFirefox, type FirefoxSession } from '../harness/firefox.ts';
import { readHighlights, textCenter, waitForHighlights } from '../harness/highlights.ts';
import { startServer, type FixtureServer } from '../harness/server.ts';
import { inChromiumTooltip, inFirefoxTooltip, linkCenter, parsePoint } from '../harness/tooltip.ts';

/** The heading's code on hardening-page-404.html. */
const HEADING_CODE = { selector: 'h1', start: 0, end: 3 };

/** In the page: whether the tooltip's host is on screen (the host is ours, outside <body>). */
const tooltipShown = (): boolean => {
  const host = document.querySelector('http-status-tooltip');
  return !!host && getComputedStyle(host).display !== 'none';
};

/** In the page: what a page script can do to our link; true when it reached one. */
const pageClicksOurLink = (): boolean => {
  const link = document.querySelector('http-status-tooltip')?.shadowRoot?.querySelector('a');
  for (let i = 0; i < 5; i++) link?.click();
  return !!link;
};

let server: FixtureServer;

/** A real pointer resting on the heading's code until the tooltip shows. */
async function hoverHeading(page: Page): Promise<void> {
  const at = await page.evaluate(textCenter, HEADING_CODE);
  await page.mouse.move(at.x - 30, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await expect.poll(() => page.evaluate(tooltipShown), { timeout: 10_000 }).toBe(true);
}

/** In a frame: how many ranges it has painted. */
const paintedHere = (): number => {
  let count = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('http-status')) count += h.size;
  return count;
};

interface Evaluates {
  url(): string;
  evaluate(fn: () => number): Promise<number>;
}
const paintedIn = (frame: Evaluates | undefined): Promise<number> =>
  frame ? frame.evaluate(paintedHere).catch(() => -1) : Promise.resolve(-1);
/**
 * On hardening-page-framed.html: ranges painted in the top page (served from 127.0.0.1) and
 * in its frame from `localhost`; -1 while the frame is not there yet.
 */
const framedMarks =
  (frames: () => readonly Evaluates[] | Promise<readonly Evaluates[]>) =>
  async (): Promise<{ top: number; other: number }> => {
    const all = await frames();
    const [top, other] = await Promise.all([
      paintedIn(all.find((f) => f.url().includes('hardening-page-framed'))),
      paintedIn(all.find((f) => f.url().includes('//localhost:'))),
    ]);
    return { top, other };
  };

/** What hardening-page-404.html offers the test. */
interface PageHooks {
  addLine(id: string, text: string): void;
  /** What reached the page's own `error` and `unhandledrejection` handlers. */
  readonly seenErrors: string[];
}

/** On hardening-page-404.html: a new code shows. */
const addLateCode = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as PageHooks).addLine('late', 'Then HTTP/1.1 502 Bad Gateway.');
  });

/** Whether an extension page opens now: not once the extension is unloaded. */
async function extensionPageLoads(chromium: ChromiumSession): Promise<boolean> {
  const page = await chromium.context.newPage();
  try {
    const response = await page.goto(chromium.extensionUrl('options.html'), { timeout: 3000 });
    return response?.ok() ?? false;
  } catch {
    return false;
  } finally {
    await page.close();
  }
}

/** Items 1 to 5 in Chromium; the reload that invalidates the extension comes last. */
function inChromium(): void {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium.close();
  });

  const visit = (path: string): Promise<Page> => openTab(chromium, server.url(path));
  const extensionTabs = () =>
    chromium.context.pages().filter((p) => p.url().includes(chromium.extensionId)).length;

  it('a page script cannot click the tooltip link; the reader can', async () => {
    const page = await visit('/hardening-page-404.html');
    await waitForHighlights(page);
    await hoverHeading(page);
    const before = extensionTabs();
    await page.evaluate(pageClicksOurLink);
    await page.waitForTimeout(1000);
    expect(extensionTabs()).toBe(before);
    // The reader's own click still opens the reference page, once.
    const link = parsePoint(await inChromiumTooltip(page, linkCenter));
    const opened = chromium.context.waitForEvent('page');
    await page.mouse.move(link.x, link.y, { steps: 3 });
    await page.mouse.click(link.x, link.y);
    const reference = await opened;
    await reference.waitForURL(/reference\.html#404$/u);
    expect(extensionTabs()).toBe(before + 1);
    await reference.close();
    await page.close();
  });

  it('leaves a document in designMode alone, and reads it once it is not', async () => {
    const page = await visit('/hardening-page-design.html');
    await page.waitForTimeout(1000);
    expect(await readHighlights(page)).toEqual([]);
    await page.evaluate(() => {
      document.designMode = 'off';
    });
    await page.mouse.move(20, 20);
    await page.mouse.move(300, 200, { steps: 3 });
    await waitForHighlights(page);
    await page.close();
  });

  it('takes the marks off text made editable after it was read', async () => {
    const page = await visit('/hardening-page-editable.html');
    await waitForHighlights(page, 3);
    const texts = async () => (await readHighlights(page)).map((p) => `${p.within}:${p.text}`);
    expect(await texts()).toEqual(['fixed:502', 'inline:503', 'note:404']);
    await page.evaluate(() => {
      document.getElementById('later')?.setAttribute('contenteditable', 'true');
      document.getElementById('inline')?.setAttribute('contenteditable', '');
    });
    await expect.poll(texts, { timeout: 5000 }).toEqual(['fixed:502']);
    // The whole document made editable: no mark is left once the reader points at it.
    await page.evaluate(() => {
      document.designMode = 'on';
    });
    await page.mouse.move(20, 20);
    await page.mouse.move(300, 200, { steps: 3 });
    await expect.poll(texts, { timeout: 5000 }).toEqual([]);
    await page.close();
  });

  it('registers no highlight name before a code is found, then only that class', async () => {
    const page = await visit('/hardening-page-plain.html');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The old page now answers 404 Not Found.';
      document.body.append(p);
    });
    await waitForHighlights(page);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual(['http-status-4xx']);
    await page.close();
  });

  it('turning a site off covers the frames from other hosts inside it', async () => {
    const page = await visit('/hardening-page-framed.html');
    const marks = framedMarks(() => page.frames());
    await expect.poll(marks, { timeout: 10_000 }).toEqual({ top: 1, other: 1 });
    const site = new URL(server.origin).host;
    try {
      await changeSettings(chromium.worker, { disabledSites: [site] });
      await expect.poll(marks, { timeout: 5000 }).toEqual({ top: 0, other: 0 });
      // Loaded with the site already off: nothing in the frame either.
      await page.reload();
      await expect.poll(marks, { timeout: 5000 }).toEqual({ top: 0, other: 0 });
      await page.waitForTimeout(1000);
      expect(await marks()).toEqual({ top: 0, other: 0 });
    } finally {
      await changeSettings(chromium.worker, { disabledSites: undefined });
    }
    await page.close();
  });

  // Last: the extension is unloaded, which leaves this browser's pages without it.
  it('once the extension is gone, the old script paints nothing and throws nothing', async () => {
    // One page whose tooltip the pointer rests on, one that is only read.
    const pointed = await visit('/hardening-page-404.html');
    const read = await visit('/hardening-page-404.html');
    const errors = [pointed, read].map((page) => collectErrors(page));
    await waitForHighlights(read);
    await waitForHighlights(pointed);
    await hoverHeading(pointed);
    const link = parsePoint(await inChromiumTooltip(pointed, linkCenter));
    await pointed.mouse.move(link.x, link.y, { steps: 3 });
    const tabs = chromium.context.pages().length;
    // As on an update or a removal: runtime.reload() unloads the extension (loaded from the
    // command line, it does not come back here), and the pages' scripts are left without it.
    const gone = new Promise((resolve) => chromium.worker.once('close', resolve));
    await chromium.worker
      .evaluate(() => (chrome.runtime as unknown as { reload(): void }).reload())
      .catch(() => undefined);
    await gone;
    await expect
      .poll(() => extensionPageLoads(chromium), { timeout: 15_000, interval: 500 })
      .toBe(false);
    // A new code shows on the page only read; the reader clicks the link of the other.
    await addLateCode(read);
    await pointed.mouse.down();
    await pointed.mouse.up();
    await addLateCode(pointed);
    // Every highlight gone, the new code unpainted, no error in the pages, no tab opened.
    const state = async () => ({
      highlights: await Promise.all(
        [pointed, read].map((page) => page.evaluate(() => CSS.highlights.size)),
      ),
      errors: [
        ...errors.flat(),
        ...(
          await Promise.all(
            [pointed, read].map((page) =>
              page.evaluate(() => (window as unknown as PageHooks).seenErrors),
            ),
          )
        ).flat(),
      ],
      tabs: chromium.context.pages().length,
    });
    const clean = { highlights: [0, 0], errors: [], tabs };
    await expect.poll(state, { timeout: 5000 }).toEqual(clean);
    await pointed.waitForTimeout(1000);
    expect(await state()).toEqual(clean);
    await pointed.close();
    await read.close();
  });
}

/** Puppeteer reports a tab on an extension page as about:blank: asks each tab where it is. */
async function firefoxTabs(firefox: FirefoxSession): Promise<string[]> {
  const pages = await firefox.browser.pages();
  return Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => '')));
}

/** Item 1 in Firefox, and the frames of item 5 (the other items run the same code). */
function inFirefox(): void {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox.close();
  });

  it('a page script cannot click the tooltip link; the reader can', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/hardening-page-404.html'));
    await page.waitForFunction(() => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 0, {
      timeout: 15_000,
    });
    const at = await page.evaluate(textCenter, HEADING_CODE);
    await page.mouse.move(at.x - 30, at.y + 30);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await page.waitForFunction(tooltipShown, { timeout: 10_000 });
    const references = async () =>
      (await firefoxTabs(firefox)).filter((href) => href.includes('/reference.html')).length;
    const before = await references();
    await page.evaluate(pageClicksOurLink);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await references()).toBe(before);
    const link = parsePoint(await inFirefoxTooltip(page, linkCenter));
    await page.mouse.move(link.x, link.y, { steps: 3 });
    await page.mouse.click(link.x, link.y);
    await expect.poll(references, { timeout: 10_000 }).toBe(before + 1);
    await page.close();
  });

  it('turning a site off covers the frames from other hosts inside it', async () => {
    // The settings are changed from the reference page the test above opened.
    const pages = await firefox.browser.pages();
    const hrefs = await firefoxTabs(firefox);
    const reference = pages[hrefs.findIndex((href) => href.includes('/reference.html'))];
    if (!reference) throw new Error('no reference page to change the settings from');
    const setSites = (sites: string[] | undefined) =>
      reference.evaluate(async (disabledSites) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const stored = (await api.storage.local.get('settings'))['settings'] ?? {};
        await api.storage.local.set({ settings: { ...stored, disabledSites } });
      }, sites);
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/hardening-page-framed.html'));
    const marks = framedMarks(() => page.frames());
    await expect.poll(marks, { timeout: 15_000 }).toEqual({ top: 1, other: 1 });
    try {
      await setSites([new URL(server.origin).host]);
      await expect.poll(marks, { timeout: 5000 }).toEqual({ top: 0, other: 0 });
    } finally {
      await setSites(undefined);
    }
    await page.close();
  });
}

export function pageHardening(): void {
  describe('hardening: what runs in the page', () => {
    beforeAll(async () => {
      server = await startServer();
    });
    afterAll(async () => {
      await server.close();
    });
    describe('Chromium', () => {
      inChromium();
    });
    describe('Firefox', () => {
      inFirefox();
    });
  });
}
