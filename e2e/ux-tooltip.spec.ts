/**
 * The on-page tooltip and highlights as a reader meets them, in real Chromium, in English and
 * Korean, on light and dark pages: former names (413), the keyboard's stepping ("1 / 6" and the
 * current code marked), Korean line breaking, the highlight colours as painted, and axe-core
 * on the page with the tooltip open; in Firefox, what its own stylesheet paints.
 */
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe.ts';
import {
  changeSettings,
  collectErrors,
  launchChromium,
  type ChromiumSession,
  EVERY_LOOK,
} from './harness/chromium.ts';
import { readHighlights, textCenter, waitForHighlights } from './harness/highlights.ts';
import { startServer, type FixtureServer } from './harness/server.ts';
import { launchFirefox, type FirefoxSession } from './harness/firefox.ts';
import {
  boxTypography,
  exposeToPage,
  inChromiumTooltip,
  inFirefoxTooltip,
  linkCenter,
  parsePoint,
  shownText,
} from './harness/tooltip.ts';

/** A page in the reader's theme (the dark one as GitHub paints it), six codes on three lines. */
const NOTES = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="color-scheme" content="light dark"><title>Deploy notes</title>
<style>body{font:16px/1.6 system-ui,sans-serif;margin:40px;max-width:640px;background:#fff;color:#1f2328}
@media (prefers-color-scheme: dark){body{background:#0d1117;color:#e6edf3}}</style></head>
<body><main><h1>Deploy notes</h1>
<p id="upload">The upload failed with HTTP/1.1 413 Content Too Large from the proxy.</p>
<p id="missing">GET /old answered 404 Not Found, then a 301 Moved Permanently.</p>
<p id="gateway">The gateway answered 503 Service Unavailable; the socket got 101 Switching Protocols.</p>
<p id="ok">Everything else returned 200 OK.</p></main></body></html>`;

/** Class tints of the highlight stylesheet (rgb, alpha), and the current code's fill. */
const TINT_4XX = { rgb: [225, 140, 0], alpha: 0.44 } as const;
const CURRENT = [138, 63, 252];
const PAGE_BG = { light: [255, 255, 255], dark: [13, 17, 23] } as const;

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer([
    (req, res) => {
      if (req.url !== '/notes.html') return false;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(NOTES);
      return true;
    },
  ]);
});
afterAll(async () => {
  await server.close();
});

/** In the page: the box of `text` inside `selector`'s first text node. */
const spanBox = ([selector, text]: readonly [string, string]) => {
  const node = document.querySelector(selector)?.firstChild as Text;
  const at = node.data.indexOf(text);
  const r = document.createRange();
  r.setStart(node, at);
  r.setEnd(node, at + text.length);
  const b = r.getBoundingClientRect();
  return { x: b.x, y: b.y, width: b.width, height: b.height };
};

/** In the page: the colour most of a PNG is painted with (behind a code: its background). */
const dominantColour = async (png: string): Promise<number[]> => {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const canvas = new OffscreenCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  ctx.drawImage(img, 0, 0);
  const px = ctx.getImageData(0, 0, img.width, img.height).data;
  const count = new Map<string, number>();
  for (let i = 0; i < px.length; i += 4) {
    const key = `${px[i]},${px[i + 1]},${px[i + 2]}`;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const [top] = [...count].sort((x, y) => y[1] - x[1]);
  return (top?.[0] ?? '').split(',').map(Number);
};

/** The colour painted behind `text` in Chromium (its glyphs are the minority of its box). */
async function paintedBehind(page: Page, selector: string, text: string): Promise<number[]> {
  const clip = await page.evaluate(spanBox, [selector, text] as const);
  return page.evaluate(dominantColour, (await page.screenshot({ clip })).toString('base64'));
}
/** The 4xx tint over a page's background, as the browser blends it. */
const tinted = (bg: readonly number[]) =>
  TINT_4XX.rgb.map((c, i) => Math.round(TINT_4XX.alpha * c + (1 - TINT_4XX.alpha) * (bg[i] ?? 0)));
const near = (actual: number[], expected: readonly number[]) =>
  actual.every((v, i) => Math.abs(v - (expected[i] ?? 0)) <= 3);

/** Rests the pointer on `text` inside `selector`'s first text node. */
const hover = async (page: Page, selector: string, text: string) => {
  const data = await page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
  const start = data.indexOf(text);
  const at = await page.evaluate(textCenter, { selector, start, end: start + text.length });
  await page.mouse.move(at.x - 40, at.y + 40);
  await page.mouse.move(at.x, at.y, { steps: 4 });
};
const tooltipText = (page: Page) => inChromiumTooltip(page, shownText);
/** The text the current-code highlight covers. */
const current = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('http-status-current') ?? [])].map((r) =>
      r.startContainer.textContent?.slice(r.startOffset, r.endOffset),
    ),
  );

describe.each(EVERY_LOOK)(
  'the tooltip in $locale on a $colorScheme page',
  ({ locale, colorScheme }) => {
    let chromium: ChromiumSession;
    const ko = locale.startsWith('ko');
    beforeAll(async () => {
      chromium = await launchChromium({ locale, colorScheme });
      // The reader's choice, as the options page stores it (headless Chromium's UI stays English).
      await changeSettings(chromium.worker, { language: ko ? 'ko' : 'en' });
    });
    afterAll(async () => {
      await chromium.close();
    });

    const open = async (): Promise<Page> => {
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width: 900, height: 600 });
      await page.goto(server.url('/notes.html'));
      await waitForHighlights(page, 6);
      return page;
    };
    /** The keyboard command (Alt+Shift+S), as the background sends it to the page's tab. */
    const nextCode = (page: Page) =>
      chromium.worker.evaluate(async (url) => {
        // The newest tab at that address: a failed test's page may be open still.
        const tab = (await chrome.tabs.query({})).filter((t) => t.url === url).pop();
        if (tab?.id !== undefined)
          await chrome.tabs.sendMessage(tab.id, { type: 'nextCode' }, { frameId: 0 });
      }, page.url());
    it('names the former names of 413 in a small line', async () => {
      const page = await open();
      const errors = collectErrors(page);
      await hover(page, '#upload', '413');
      await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('413');
      const text = await tooltipText(page);
      expect(text).toContain(
        `${ko ? '이전 이름' : 'Formerly'} Payload Too Large · Request Entity Too Large`,
      );
      expect(text).not.toContain('`');
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${ko ? 'keeps Korean words whole' : 'breaks English as usual'}`, async () => {
      const page = await open();
      await hover(page, '#gateway', '503');
      await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('503');
      const type = JSON.parse(await inChromiumTooltip(page, boxTypography)) as {
        lang: string;
        wordBreak: string;
        overflowWrap: string;
        lineHeight: number;
      };
      expect(type.lang).toBe(ko ? 'ko' : 'en');
      expect(type.wordBreak).toBe(ko ? 'keep-all' : 'normal');
      if (ko) expect(type.overflowWrap).toBe('anywhere');
      expect(type.lineHeight).toBeCloseTo(ko ? 1.6 : 1.45, 2);
      await page.close();
    });

    it('steps through the codes on screen: "1 / 6", the current code marked, Esc ends it', async () => {
      const page = await open();
      expect(await readHighlights(page)).toHaveLength(6);
      const tint = await paintedBehind(page, '#upload', '413');
      const expected = tinted(PAGE_BG[colorScheme]);
      expect(near(tint, expected), `4xx painted ${tint}, expected ${expected}`).toBe(true);

      await nextCode(page);
      await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('1 / 6');
      expect(await tooltipText(page)).toContain('413');
      expect(await current(page)).toEqual(['413']);
      const marked = await paintedBehind(page, '#upload', '413');
      expect(near(marked, CURRENT), `current painted ${marked}`).toBe(true);

      await nextCode(page);
      await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('2 / 6');
      expect(await tooltipText(page)).toContain('404');
      expect(await current(page)).toEqual(['404']);

      await page.keyboard.press('Escape');
      await expect.poll(() => tooltipText(page)).toBe('');
      expect(await page.evaluate(() => CSS.highlights.has('http-status-current'))).toBe(false);
      await page.close();
    });

    it('has no serious or critical axe violation with the tooltip open', async () => {
      const page = await open();
      await hover(page, '#upload', '413');
      await expect.poll(() => tooltipText(page), { timeout: 10_000 }).toContain('413');
      // Closed to pages; opened here for axe, which runs in the page.
      expect(await inChromiumTooltip(page, exposeToPage)).toBe('exposed');
      expect(
        await page.evaluate(
          () => document.querySelector('http-status-tooltip')?.shadowRoot?.textContent,
        ),
      ).toContain('413');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  },
);

/** The colour painted behind `text` in Firefox. */
async function paintedBehindIn(page: FirefoxPage, selector: string, text: string) {
  const clip = await page.evaluate(spanBox, [selector, text] as const);
  const png = await page.screenshot({ clip, encoding: 'base64' });
  return page.evaluate(dominantColour, png);
}

describe('the tooltip in Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox.close();
  });

  it('paints the tints, names former names, and marks the stepped code with "1 / 6"', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 900, height: 600 });
    await page.goto(server.url('/notes.html'));
    await page.waitForFunction(() => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 1, {
      timeout: 15_000,
    });
    const tint = await paintedBehindIn(page, '#upload', '413');
    expect(near(tint, tinted(PAGE_BG.light)), `4xx painted ${tint}`).toBe(true);

    const data = await page.evaluate(() => document.querySelector('#upload')?.textContent ?? '');
    const start = data.indexOf('413');
    const at = await page.evaluate(textCenter, { selector: '#upload', start, end: start + 3 });
    await page.mouse.move(at.x - 30, at.y + 30);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    const shown = () => inFirefoxTooltip(page, shownText);
    await expect.poll(shown, { timeout: 10_000 }).toContain('Request Entity Too Large');

    // The keyboard command comes from the background: sent here from the reference page, an
    // extension page a reader opens from the tooltip (WebDriver BiDi cannot open one itself).
    const link = parsePoint(await inFirefoxTooltip(page, linkCenter));
    await page.mouse.click(link.x, link.y);
    const reference = await waitForExtensionPage(firefox, '/reference.html#413');
    const notes = page.url();
    await reference.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tab = (await api.tabs.query({})).filter((t) => t.url === url).pop();
      if (tab?.id !== undefined)
        await api.tabs.sendMessage(tab.id, { type: 'nextCode' }, { frameId: 0 });
    }, notes);
    await page.bringToFront();
    await expect.poll(shown, { timeout: 10_000 }).toContain('1 / 6');
    expect(await page.evaluate(() => CSS.highlights.get('http-status-current')?.size)).toBe(1);
    const marked = await paintedBehindIn(page, '#upload', '413');
    expect(near(marked, CURRENT), `current painted ${marked}`).toBe(true);
    await reference.close();
    await page.close();
  });
});

/** The tab that shows an extension page (Puppeteer reports such a tab as about:blank). */
async function waitForExtensionPage(session: FirefoxSession, path: string): Promise<FirefoxPage> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    for (const page of await session.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith(path)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} never opened`);
}
