/**
 * The popup's "this page" section as a reader uses it, in real Chromium, in English and Korean,
 * light and dark: a page whose 15 requests fail in every way a page can (images, scripts,
 * stylesheets, a font, fetches of five methods, an XHR, a frame, a beacon), each reachable once
 * the list is expanded with its method and kind; codes that are buttons reached by Tab and
 * opened with Enter; the redirect chain copied; axe-core on every state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe.ts';
import {
  collectErrors,
  launchChromium,
  type ChromiumSession,
  EVERY_LOOK,
  clipboardText,
} from './harness/chromium.ts';
import { popupFor, tabIdOf, warmUp } from './harness/popup.ts';
import { startServer, type FixtureServer } from './harness/server.ts';

/** Each failed request of the page: its path, status, method, and kind in English and Korean. */
const FAILURES = [
  ['/x/a.png', 404, 'GET', 'image', '이미지'],
  ['/x/b.png', 404, 'GET', 'image', '이미지'],
  ['/x/c.png', 404, 'GET', 'image', '이미지'],
  ['/x/app.js', 404, 'GET', 'script', '스크립트'],
  ['/x/vendor.js', 500, 'GET', 'script', '스크립트'],
  ['/x/site.css', 410, 'GET', 'stylesheet', '스타일시트'],
  ['/x/print.css', 410, 'GET', 'stylesheet', '스타일시트'],
  ['/x/font.woff2', 404, 'GET', 'font', '글꼴'],
  ['/x/api/save', 500, 'POST', 'fetch/XHR', '요청(fetch/XHR)'],
  ['/x/api/item', 409, 'PUT', 'fetch/XHR', '요청(fetch/XHR)'],
  ['/x/api/item?id=7', 403, 'DELETE', 'fetch/XHR', '요청(fetch/XHR)'],
  ['/x/api/item', 422, 'PATCH', 'fetch/XHR', '요청(fetch/XHR)'],
  ['/x/api/feed', 503, 'GET', 'fetch/XHR', '요청(fetch/XHR)'],
  ['/x/frame.html', 404, 'GET', 'document', '문서'],
  ['/x/beacon', 400, 'POST', 'other', '기타'],
] as const;

const MANY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broken</title>
<link rel="stylesheet" href="/x/site.css"><link rel="stylesheet" href="/x/print.css">
<script src="/x/app.js"></script><script src="/x/vendor.js"></script></head><body>
<h1>Broken in every way</h1><img src="/x/a.png" alt=""><img src="/x/b.png" alt="">
<img src="/x/c.png" alt=""><iframe src="/x/frame.html" title="frame"></iframe>
<script>
  new FontFace('broken', 'url(/x/font.woff2)').load().catch(() => {});
  fetch('/x/api/save', { method: 'POST', body: '{}' });
  fetch('/x/api/item', { method: 'PUT', body: '{}' });
  fetch('/x/api/item?id=7', { method: 'DELETE' });
  fetch('/x/api/item', { method: 'PATCH', body: '{}' });
  const xhr = new XMLHttpRequest(); xhr.open('GET', '/x/api/feed'); xhr.send();
  navigator.sendBeacon('/x/beacon', 'bye');
</script></body></html>`;

function route(req: IncomingMessage, res: ServerResponse): boolean {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const failure = FAILURES.find(
    ([p, , method]) => p.split('?')[0] === path && method === req.method,
  );
  const redirect = { '/chain/a': '/chain/b?token=abc', '/chain/b': '/chain/c?id=1' }[path];
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-type', 'text/html; charset=utf-8');
  if (failure) {
    // With a body: Chrome may cancel an error response before it is read, which the record
    // must count all the same (it counts at the response's start).
    res.writeHead(failure[1]).end('<!doctype html><title>error</title><p>error</p>');
    return true;
  }
  if (redirect) res.writeHead(path === '/chain/a' ? 301 : 302, { location: redirect });
  else if (path === '/favicon.ico') res.statusCode = 204;
  else if (path === '/missing') res.statusCode = 404;
  else if (path !== '/many' && path !== '/chain/c') return false;
  res.end(path === '/many' ? MANY : '<!doctype html><title>page</title><p>page</p>');
  return true;
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer([route]);
});
afterAll(async () => {
  await server.close();
});

const failedCount = (popup: Page, tabId: number) =>
  popup.evaluate(async (id) => {
    const reply = await chrome.runtime.sendMessage({ type: 'tabStatus', data: { tabId: id } });
    return (reply as { value?: { failedCount: number } }).value?.failedCount;
  }, tabId);

/** Presses Tab until the focused element matches, as a keyboard-only reader would. */
async function tabTo(popup: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await popup.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await popup.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.each(EVERY_LOOK)('"this page" in $locale ($colorScheme)', ({ locale, colorScheme }) => {
  let chromium: ChromiumSession;
  const ko = locale.startsWith('ko');
  beforeAll(async () => {
    chromium = await launchChromium({ locale, colorScheme, clipboard: true });
    await warmUp(chromium, server.url('/missing'), '404');
  });
  afterAll(async () => {
    await chromium.close();
  });

  /** Whether the background counts all of a tab's failed requests (given 5 s to). */
  const countsAll = async (tabId: number, failures: number): Promise<boolean> => {
    const asker = await popupFor(chromium, tabId);
    for (const until = Date.now() + 5000; Date.now() < until; await asker.waitForTimeout(200))
      if ((await failedCount(asker, tabId)) === failures) break;
    const counted = await failedCount(asker, tabId);
    await asker.close();
    return counted === failures;
  };

  /** The popup about a page, once the background has seen its failures. */
  const popupAbout = async (path: string, failures = 0) => {
    const page = await chromium.context.newPage();
    await page.goto(server.url(path));
    const tabId = await tabIdOf(chromium, page);
    if (failures > 0 && !(await countsAll(tabId, failures)))
      throw new Error(`the background did not count ${failures} failures`);
    const popup = await popupFor(chromium, tabId);
    await popup.locator('.this-page').waitFor();
    return { page, popup };
  };

  it('lists the first failed requests, and every one, with method and kind, once expanded', async () => {
    const { page, popup } = await popupAbout('/many', FAILURES.length);
    const errors = collectErrors(popup);
    const rows = popup.locator('.failed-request');
    expect(await rows.count()).toBe(5);
    const toggle = popup.locator('.failed-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toBe(ko ? '10개 더 보기' : 'Show 10 more');
    expect(await seriousViolations(popup)).toEqual([]);

    // By keyboard: Tab to the disclosure, Enter.
    await tabTo(popup, '.failed-toggle');
    await popup.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(FAILURES.length);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const shown = await rows.evaluateAll((lis) =>
      lis.map((li) =>
        ['.req-method', '.req-type', '.page-url']
          .map((s) => li.querySelector(s)?.textContent ?? '')
          .join(' '),
      ),
    );
    const expected = FAILURES.map(
      ([path, , method, en, kr]) => `${method} ${ko ? kr : en} ${path.replace(/=\w+/u, '=…')}`,
    );
    expect(shown.toSorted()).toEqual(expected.toSorted());
    expect(await seriousViolations(popup)).toEqual([]);
    // Space folds it again.
    await popup.keyboard.press('Space');
    await expect.poll(() => rows.count()).toBe(5);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('makes the codes buttons: reached by Tab, ringed, opened with Enter', async () => {
    const { page, popup } = await popupAbout('/many', FAILURES.length);
    const code = '.failed-group .page-code';
    await tabTo(popup, code);
    const button = popup.locator(`${code}:focus`);
    expect(await button.evaluate((b) => b.tagName)).toBe('BUTTON');
    expect(await button.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
    expect(await button.locator('svg.page-code-chevron').count()).toBe(1);
    const label = (await button.getAttribute('aria-label')) ?? '';
    expect(label).toBe(ko ? '400 잘못된 요청 설명 보기' : 'Explain 400 Bad Request');
    await popup.keyboard.press('Enter');
    const heading = popup.locator('.detail-view h2').first();
    await heading.waitFor();
    expect(await heading.textContent()).toBe(ko ? '잘못된 요청' : 'Bad Request');
    await popup.close();
    await page.close();
  });

  it('copies the redirect chain, masked values as stored, keeping the button’s width', async () => {
    const { page, popup } = await popupAbout('/chain/a');
    const copy = popup.getByRole('button', {
      name: ko ? '리다이렉션 경로 복사' : 'Copy the redirect chain',
    });
    const before = (await copy.boundingBox())?.width;
    // Before: while it says "Copied", the button's text is not in its name (CopyButton's way).
    expect(await seriousViolations(popup)).toEqual([]);
    await tabTo(popup, '.chain-copy');
    await popup.keyboard.press('Enter');
    const o = server.origin;
    const chain = `301 ${o}/chain/a → 302 ${o}/chain/b?token=… → 200 ${o}/chain/c?id=…`;
    await expect.poll(() => clipboardText(popup), { timeout: 5000 }).toBe(chain);
    await expect.poll(() => copy.innerText()).toBe(ko ? '복사됨' : 'Copied');
    expect((await copy.boundingBox())?.width).toBe(before);
    expect(await popup.locator('.page-part-head [role="status"]').textContent()).toBe(
      ko ? '리다이렉션 경로를 복사했습니다' : 'Copied the redirect chain',
    );
    await popup.close();
    await page.close();
  });

  it('keeps Korean words whole', async () => {
    const { page, popup } = await popupAbout('/chain/a');
    const style = await popup
      .locator('.this-page')
      .evaluate((s) => [getComputedStyle(s).wordBreak, getComputedStyle(s).overflowWrap]);
    expect(style).toEqual(ko ? ['keep-all', 'anywhere'] : ['normal', 'normal']);
    await popup.close();
    await page.close();
  });
});
