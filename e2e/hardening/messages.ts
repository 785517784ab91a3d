/**
 * Hardening of what the worker answers and opens, in real Chromium: the reference page opened
 * on a content script's request (rate-limited per tab), the address bar and the context menu
 * fed text the browser rejects, and the extension pages' Content-Security-Policy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness/chromium.ts';
import { dispatchInWorker } from '../harness/service-worker.ts';
import { startServer, type FixtureServer } from '../harness/server.ts';

/** Runs `expression` in the extension's content script of `page`, as the content script. */
async function inContentScript(
  chromium: ChromiumSession,
  page: Page,
  expression: string,
): Promise<unknown> {
  const cdp = await chromium.context.newCDPSession(page);
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const ours = () => worlds.find((w) => w.origin === `chrome-extension://${chromium.extensionId}`);
  await expect.poll(ours).toBeDefined();
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: ours()?.id ?? -1,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

/** The parts of the extension API these tests reach, beyond e2e/harness/extension-globals.d.ts. */
interface Dispatchable {
  dispatch(...args: unknown[]): void;
}
interface Api {
  runtime: { id?: string; getManifest(): { permissions?: string[] } };
  omnibox: {
    setDefaultSuggestion(s: { description: string }): Promise<void>;
    onInputChanged: Dispatchable;
  };
}
/** The namespace the extension itself uses (`wxt/browser`): `browser` where it is, else `chrome`. */
type Scope = { browser?: Api; chrome: Api };

/** What the tooltip's link sends, as an expression for the content script. */
const openReference = (code: number | string) =>
  `chrome.runtime.sendMessage({ type: 'openReference', data: { code: ${code} } })`;

interface OmniboxAnswer {
  readonly ms: number;
  /** Each default line the worker set, and whether the browser took it. */
  readonly lines: { description: string; error?: string }[];
}

/**
 * Types `text` into the address bar after the keyword: the browser's own event, dispatched in
 * the worker, whose calls to `setDefaultSuggestion` are recorded with the browser's verdict.
 */
const omniboxInput = (worker: Worker, text: string): Promise<OmniboxAnswer> =>
  worker.evaluate(async (typed) => {
    const g = globalThis as unknown as Scope;
    const { omnibox } = g.browser?.runtime.id ? g.browser : g.chrome;
    const lines: Promise<{ description: string; error?: string }>[] = [];
    const original = omnibox.setDefaultSuggestion.bind(omnibox);
    omnibox.setDefaultSuggestion = (s: { description: string }) => {
      const set = original(s);
      lines.push(
        set.then(
          () => s,
          (e: unknown) => ({ ...s, error: String(e) }),
        ),
      );
      return set;
    };
    const start = performance.now();
    omnibox.onInputChanged.dispatch(typed, () => undefined);
    const ms = performance.now() - start;
    omnibox.setDefaultSuggestion = original;
    return { ms, lines: await Promise.all(lines) };
  }, text);

export function messagesHardening(): void {
  describe('hardening: the messages, the address bar, the context menu and the CSP (Chromium)', () => {
    let server: FixtureServer;
    let chromium: ChromiumSession;
    const probes: string[] = [];
    const probe = (req: IncomingMessage, res: ServerResponse): boolean => {
      if (!req.url?.startsWith('/hardening-messages-probe')) return false;
      probes.push(req.url);
      res.setHeader('access-control-allow-origin', '*');
      res.end('reached');
      return true;
    };
    const referenceTabs = () =>
      chromium.context
        .pages()
        .filter((p) => p.url().startsWith(chromium.extensionUrl('reference.html')));

    beforeAll(async () => {
      server = await startServer([probe]);
      chromium = await launchChromium();
    });
    afterAll(async () => {
      await chromium.close();
      await server.close();
    });
    afterEach(async () => {
      for (const page of referenceTabs()) await page.close();
    });

    it("opens one reference tab a second for a tab's page, three a minute, then reuses the last", async () => {
      const page = await chromium.context.newPage();
      await page.goto(server.url('/nginx-404.html'));
      // What a page's script could make the tooltip's link do: a burst of requests.
      await inContentScript(
        chromium,
        page,
        `Promise.all([400, 401, 402, 403, 404, 405].map((c) => ${openReference('c')}))`,
      );
      await page.waitForTimeout(1500);
      expect(referenceTabs().map((p) => new URL(p.url()).hash)).toEqual(['#400']);
      // Slower requests: two more tabs, then the last one is shown again at the new code.
      for (const code of [410, 411, 412]) {
        await inContentScript(chromium, page, openReference(code));
        await page.waitForTimeout(1100);
      }
      await expect
        .poll(() =>
          referenceTabs()
            .map((p) => new URL(p.url()).hash)
            .sort(),
        )
        .toEqual(['#400', '#410', '#412']);
      await page.close();
    });

    it('caps what is typed in the address bar: 10 000 letters are answered at once', async () => {
      const { ms, lines } = await omniboxInput(chromium.worker, 'x'.repeat(10_000));
      // Before the cap: about 1.2 s per keystroke on a fast machine, 1.9 s here.
      expect(ms).toBeLessThan(1000);
      const quoted = lines.at(-1)?.description ?? '';
      expect(quoted).toContain('x'.repeat(200));
      expect(quoted).not.toContain('x'.repeat(201));
    });

    it.each([
      ['a control character', 'xqzv\u0001'],
      ['a non-character', 'xqzv\uFFFE'],
      ['a lone surrogate', 'xqzv\uD800'],
    ])('keeps %s out of the address-bar line, which the browser takes', async (_, typed) => {
      const { lines } = await omniboxInput(chromium.worker, typed);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.error).toBeUndefined();
        expect(line.description).toContain('xqzv');
      }
    });

    const searched = (q: string) =>
      referenceTabs().filter((p) => p.url().endsWith(`reference.html?q=${q}`)).length;

    it('searches text with a lone surrogate from the address bar', async () => {
      await dispatchInWorker(chromium.worker, 'omnibox.onInputEntered', [
        'gateway \uD800timeout',
        'newForegroundTab',
      ]);
      await expect.poll(() => searched('gateway%20timeout'), { timeout: 10_000 }).toBe(1);
    });

    it('searches text with a lone surrogate from the context menu', async () => {
      await dispatchInWorker(chromium.worker, 'contextMenus.onClicked', [
        { menuItemId: 'explain-http-status', selectionText: 'bad \uDC00gateway', editable: false },
      ]);
      await expect.poll(() => searched('bad%20gateway'), { timeout: 10_000 }).toBe(1);
    });

    it('asks for no activeTab permission: the host permission covers it', async () => {
      const manifest = await chromium.worker.evaluate(() =>
        (globalThis as unknown as Scope).chrome.runtime.getManifest(),
      );
      expect(manifest.permissions).not.toContain('activeTab');
    });

    it("refuses the network to the extension's pages and worker; the pages still render", async () => {
      for (const path of ['popup.html', 'options.html', 'reference.html#404']) {
        const page = await chromium.context.newPage();
        const refused: string[] = [];
        page.on('console', (m) => {
          if (m.text().includes('Content Security Policy')) refused.push(m.text());
        });
        await page.goto(chromium.extensionUrl(path));
        await expect
          .poll(() => page.locator('h1, h2, [role="combobox"]').count())
          .toBeGreaterThan(0);
        // The stylesheets apply: the body has the pages' own font, not the browser's serif.
        expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(
          /^(serif|"?Times)/u,
        );
        expect(refused).toEqual([]);
        const answer = await page.evaluate(
          (url) =>
            fetch(url).then(
              (r) => r.text(),
              (e: unknown) => `refused: ${String(e)}`,
            ),
          server.url(`/hardening-messages-probe?from=${path}`),
        );
        expect(answer).toMatch(/^refused/u);
        expect(refused.join('\n')).toContain('connect-src');
        await page.close();
      }
      // The worker is under the same policy.
      const fromWorker = await chromium.worker.evaluate(
        (url) =>
          fetch(url).then(
            () => 'reached',
            () => 'refused',
          ),
        server.url('/hardening-messages-probe?from=worker'),
      );
      expect(fromWorker).toBe('refused');
      expect(probes).toEqual([]);
    });
  });
}
