/**
 * The extension never touches the network. Every request made in the browser context is
 * recorded — pages (content-script requests count as the page's), extension pages and the
 * background service worker — during a session of real use: pages with codes, hover, popup
 * search, reference page, options. The only requests allowed are the test pages themselves and
 * the extension's own packaged files.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium.ts';
import { waitForHighlights } from './harness/highlights.ts';
import { startServer, type FixtureServer } from './harness/server.ts';

let server: FixtureServer;
let chromium: ChromiumSession;
beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium.close();
  await server.close();
});

it('makes no network request of its own while it works', async () => {
  const seen: string[] = [];
  chromium.context.on('request', (request) => seen.push(request.url()));
  const visited: string[] = [];
  // The recorder sees the background worker's requests too: one to its own files proves it.
  // A request to the network is refused by the extension's CSP before it leaves.
  const own = chromium.extensionUrl('manifest.json');
  await chromium.worker.evaluate((url) => fetch(url).then((r) => r.status), own);
  expect(seen).toContain(own);
  const probe = server.url('/nginx-404.html?from=worker');
  const outcome = await chromium.worker.evaluate(
    (url) =>
      fetch(url).then(
        () => 'reached',
        () => 'refused',
      ),
    probe,
  );
  expect(outcome).toBe('refused');
  expect(seen).not.toContain(probe);
  for (const path of ['/mixed.html', '/api-doc.html', '/nginx-404.html', '/mixed.html?csp=none']) {
    const page = await chromium.context.newPage();
    await page.goto(server.url(path));
    visited.push(server.url(path));
    await waitForHighlights(page, 1);
    const box = await page.evaluate(() => {
      const all = [...CSS.highlights.values()].flatMap((h) => [...h]);
      const r = all[0];
      if (!r) return null;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const b = range.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    if (box) {
      await page.mouse.move(box.x, box.y + 30);
      await page.mouse.move(box.x, box.y, { steps: 3 });
      // The host shows once the tooltip's text has come from the background.
      await page.waitForFunction(() => {
        const host = document.querySelector('http-status-tooltip');
        return !!host && getComputedStyle(host).display !== 'none';
      });
    }
    await page.close();
  }
  const popup = await chromium.context.newPage();
  await popup.goto(chromium.extensionUrl('popup.html'));
  for (const query of ['404', 'rate limit', '너무 많은', 'ㅊㅇㅅㅇㅇ']) {
    await popup.getByRole('combobox').fill(query);
    await popup.getByRole('option').first().waitFor();
  }
  await popup.keyboard.press('Enter');
  await popup.getByRole('heading', { level: 2 }).first().waitFor();
  for (const path of ['reference.html#429', 'reference.html?q=teapot', 'options.html']) {
    await popup.goto(chromium.extensionUrl(path));
    await popup.waitForLoadState('load');
  }
  await popup.waitForTimeout(500);
  await popup.close();

  // Only the test pages themselves and the extension's own files.
  const ours = chromium.extensionUrl('');
  const others = seen.filter(
    (url) => !visited.includes(url) && !url.startsWith(ours) && url !== server.url('/favicon.ico'),
  );
  expect(others).toEqual([]);
  expect(seen.filter((url) => url.startsWith(ours)).length).toBeGreaterThan(0);
});

it('posts the page no message: a page script cannot hear it start or work', async () => {
  const page = await chromium.context.newPage();
  // In the page's own world, before anything runs. (WXT's content script wrapper posts one at
  // every start: the content script is declared without it, in wxt.config.ts.)
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    addEventListener('message', (e) => heard.push(e.data));
  });
  await page.goto(server.url('/mixed.html'));
  await waitForHighlights(page, 1);
  await page.mouse.move(50, 50);
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
  await page.close();
});

it('shows a page no file of its package', async () => {
  const page = await chromium.context.newPage();
  await page.goto(server.url('/nginx-404.html'));
  await waitForHighlights(page, 1);
  // What a page would probe to learn that the extension is installed.
  const probe = (url: string) =>
    page.evaluate(
      (u) =>
        fetch(u).then(
          () => 'fetched',
          () => 'refused',
        ),
      url,
    );
  for (const file of ['status-codes.js', 'manifest.json', 'popup.html'])
    expect(await probe(chromium.extensionUrl(file))).toBe('refused');
  await page.close();
});
