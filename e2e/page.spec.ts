/**
 * On-page highlighting and tooltips in real Chromium: what is highlighted, what is not, that
 * the page's DOM is unchanged, and that dynamic, hostile, framed, strict-CSP and very large
 * pages work.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeSettings,
  collectErrors,
  launchChromium,
  openTab,
  type ChromiumSession,
} from './harness/chromium.ts';
import {
  highlightsOnScreen,
  readHighlights,
  textCenter,
  waitForHighlights,
} from './harness/highlights.ts';
import { startServer, type FixtureServer } from './harness/server.ts';
import {
  boxBackground,
  inChromiumTooltip,
  linkCenter,
  parsePoint,
  shownText,
} from './harness/tooltip.ts';

let server: FixtureServer;
let other: FixtureServer;
let chromium: ChromiumSession;

const largePage = (paragraphs: number): string => {
  const rows: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    rows.push(
      i % 50 === 7
        ? `<p id="r${i}">Request ${i} failed: HTTP/1.1 500 Internal Server Error after ${i % 900} ms.</p>`
        : `<p>Row ${i}: in ${1990 + (i % 30)} we shipped ${i % 700} units at $${i % 500} each, port ${8000 + (i % 100)}.</p>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>large</title></head><body>${rows.join('\n')}</body></html>`;
};

/** A log in one text node (a `<pre>` of `lines` lines), then a scrolling box of 3 000 lines. */
const hugeLog = (lines: number): string => {
  const log: string[] = [];
  for (let i = 0; i < lines; i++) {
    log.push(`10.0.0.${i % 250} - - [line ${i}] "GET /a HTTP/1.1" ${i % 2 ? 200 : 404} ${i}`);
  }
  const box: string[] = [];
  for (let i = 0; i < 3000; i++) box.push(`<div>box ${i} HTTP/1.1 ${i % 2 ? 503 : 200} OK</div>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>log</title></head><body><pre>${log.join('\n')}</pre><div id="box" style="height:300px;overflow:auto">${box.join('')}</div></body></html>`;
};

beforeAll(async () => {
  server = await startServer([
    (req, res) => {
      if (req.url !== '/large.html') return false;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(largePage(20_000));
      return true;
    },
    (req, res) => {
      if (req.url !== '/sidebar.html') return false;
      // A fixed sidebar that comes after a long article in document order.
      const article = Array.from(
        { length: 3000 },
        (_, i) => `<p>Paragraph ${i}: nothing to see in ${1990 + (i % 30)}.</p>`,
      ).join('');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><meta charset="utf-8"><title>sidebar</title><main style="width:60%">${article}</main>` +
          `<aside id="side" style="position:fixed;right:0;top:35%;height:30%;width:35%;background:#eee">Last deploy: HTTP/1.1 503 Service Unavailable</aside>`,
      );
      return true;
    },
    (req, res) => {
      if (req.url !== '/streamed.html') return false;
      // The top of an article, then a pause before the rest: the page is still loading
      // (no DOMContentLoaded) for a few seconds with its first screen parsed.
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.write(
        '<!doctype html><html><head><meta charset="utf-8"><title>streamed</title></head><body>' +
          '<p>The deploy answered HTTP/1.1 503 Service Unavailable for a minute.</p>' +
          '<p>Then clients got a 429 Too Many Requests from the gateway.</p>' +
          '<p>More text follows.</p>',
      );
      setTimeout(() => res.end('<p>The end: 200 OK.</p></body></html>'), 4000);
      return true;
    },
    (req, res) => {
      if (req.url !== '/streamed-late.html') return false;
      // No number at first: the reader waits; the first code comes in a later chunk, while the
      // page is still loading.
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.write(
        '<!doctype html><html><head><meta charset="utf-8"><title>streamed late</title></head>' +
          '<body><p>The release notes are on their way, one section at a time.</p>',
      );
      // (The last block parsed is left for later: the parser may still be adding to it.)
      setTimeout(
        () => res.write('<p>The upload failed with 413 Content Too Large.</p><p>More follows.</p>'),
        600,
      );
      setTimeout(() => res.end('<p>The end.</p></body></html>'), 4000);
      return true;
    },
    (req, res) => {
      if (req.url !== '/huge-log.html') return false;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(hugeLog(40_000));
      return true;
    },
  ]);
  other = await startServer();
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium.close();
  await server.close();
  await other.close();
});

/** A fresh tab of 1000 × 700 at a fixture page. */
const visit = (path: string): Promise<Page> => openTab(chromium, server.url(path));
/** `visit`, then wait until `expected` codes are highlighted. */
const open = async (path: string, expected = 1): Promise<Page> => {
  const page = await visit(path);
  await waitForHighlights(page, expected);
  return page;
};

const texts = async (page: Page) =>
  (await readHighlights(page)).map((p) => `${p.within}:${p.text}`);

const hover = async (page: Page, id: string, text: string) => {
  const box = await page.evaluate(
    ({ id: within, text: wanted }) => {
      const el = document.getElementById(within);
      const walker = document.createTreeWalker(el as Node, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + wanted.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    { id, text },
  );
  if (!box) throw new Error(`${text} not found in #${id}`);
  await page.mouse.move(box.x - 40, box.y + 40);
  await page.mouse.move(box.x, box.y, { steps: 4 });
};
/** The code that starts the page's `<h1>` (`404 Not Found`). */
const HEADING_CODE = { selector: 'h1', start: 0, end: 3 };
const tooltipText = (page: Page) => inChromiumTooltip(page, shownText);

const setLanguage = (language: 'ko' | undefined) => changeSettings(chromium.worker, { language });
const setHighlight = (highlight: boolean) => changeSettings(chromium.worker, { highlight });

describe('what is highlighted', () => {
  it('marks codes in HTTP context and nothing else on a Q&A page', async () => {
    const page = await open('/mixed.html', 6);
    await page.waitForTimeout(300);
    const painted = await texts(page);
    expect(painted).toEqual(
      expect.arrayContaining([
        'question:429',
        'answer:503',
        'answer:429',
        'korean:502',
        'log:200',
        'log:404',
        'log:500',
      ]),
    );
    // Years, counts, ports, prices, CSS values, byte counts, form fields and editable areas are left alone.
    for (const wrong of [
      'question:2019',
      'question:500',
      'question:443',
      'question:404',
      'css:500',
      'css:404',
      'log:512',
      'log:153',
    ]) {
      expect(painted).not.toContain(wrong);
    }
    expect(painted.filter((p) => p.startsWith('editor') || p.startsWith('editable'))).toEqual([]);
    await page.close();
  });

  it('reads a table or a list whole: a header or one reason phrase vouches for the rest', async () => {
    // 5 in the status table, 3 in the webhook table, 2 in the endpoint table, 3 in the list,
    // `429` and `5xx` in the prose, 2 in the YAML.
    const page = await open('/api-doc.html', 17);
    const painted = await readHighlights(page);
    const within = (id: string) => painted.filter((p) => p.within === id).map((p) => p.text);
    // No row has a reason phrase; the header says what the column holds.
    expect(within('webhook-table')).toEqual(['202', '410', '503']);
    expect(within('stock-table')).toEqual([]);
    // The status column need not be the first.
    expect(within('endpoint-table')).toEqual(['201', '204']);
    // A list is read whole too: the reason phrase of its first item vouches for the others.
    expect(within('cancel-list')).toEqual(['400', '404', '409']);
    await page.close();
  });

  it('reads page structure as evidence: a definition list, a Korean table, a list, a W3C log', async () => {
    const page = await open('/structure.html', 11);
    await page.waitForTimeout(300);
    const painted = await readHighlights(page);
    const within = (id: string) => painted.filter((p) => p.within === id).map((p) => p.text);
    // A term per line with its definition after it: codes of a page about an API.
    expect(within('codes-dl')).toEqual(['400', '409', '503']);
    // The header `상태 코드` names the column.
    expect(within('ko-table')).toEqual(['201', '422']);
    expect(within('retry-list')).toEqual(['429', '502', '504']);
    // `#Fields:` names `sc-status`; sizes and times in the other columns stay unmarked.
    expect(within('w3c-log')).toEqual(['200', '401', '404']);
    // Rooms and prices in the same shapes are left alone.
    expect(within('rooms-dl')).toEqual([]);
    expect(within('price-table')).toEqual([]);
    await page.close();
  });

  it('colours each class with its own highlight', async () => {
    const page = await open('/api-doc.html', 5);
    const painted = await readHighlights(page);
    const byName = (name: string) => painted.filter((p) => p.name === name).map((p) => p.text);
    expect(byName('http-status-2xx')).toEqual(expect.arrayContaining(['200', '201']));
    expect(byName('http-status-4xx')).toEqual(expect.arrayContaining(['400', '401', '429', '404']));
    expect(painted.map((p) => p.text)).not.toContain('100');
    await page.close();
  });

  it('leaves the page DOM exactly as it was', async () => {
    const page = await chromium.context.newPage();
    await page.route('**/*', (route) => route.continue());
    const before = await (await fetch(server.url('/mixed.html'))).text();
    await page.goto(server.url('/mixed.html'));
    await waitForHighlights(page, 6);
    const body = await page.evaluate(() => document.body.innerHTML);
    const fresh = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.body.innerHTML;
    }, before);
    expect(body).toBe(fresh);
    // The only element we add lives outside <body>.
    const extra = await page.evaluate(() =>
      [...document.documentElement.children].map((e) => e.tagName.toLowerCase()),
    );
    expect(
      extra.filter((t) => t !== 'head' && t !== 'body').every((t) => t === 'http-status-tooltip'),
    ).toBe(true);
    await page.close();
  });
});

describe('tooltip', () => {
  it('explains a code on hover and hides on Esc', async () => {
    const page = await open('/mixed.html', 6);
    await hover(page, 'answer', '503');
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('Service Unavailable');
    expect(await tooltipText(page)).toContain('Registered');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBe('');
    await page.close();
  });

  it('asks the background for nothing until the reader first points at a code', async () => {
    // What content scripts ask the background, recorded in the worker.
    await chromium.worker.evaluate(() => {
      const seen: string[] = [];
      Object.assign(globalThis, { seenFromTabs: seen });
      chrome.runtime.onMessage.addListener((message, sender) => {
        const type = (message as { type?: unknown }).type;
        if (sender.tab && typeof type === 'string') seen.push(type);
      });
    });
    const seen = () =>
      chromium.worker.evaluate(() => [
        ...((globalThis as { seenFromTabs?: string[] }).seenFromTabs ?? []),
      ]);
    const page = await open('/mixed.html', 6);
    await page.mouse.move(5, 5);
    await page.mouse.move(30, 20, { steps: 3 });
    await page.waitForTimeout(400);
    expect(await seen()).toEqual([]);
    await hover(page, 'answer', '503');
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('Service Unavailable');
    expect(await seen()).toEqual(['describeCodes']);
    // A new language: the tooltip's text is asked again in it, and the highlights stay as they are.
    const before = await page.evaluateHandle(() => CSS.highlights.get('http-status-5xx'));
    await setLanguage('ko');
    await page.mouse.move(5, 5);
    await hover(page, 'answer', '503');
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('서비스');
    expect(await seen()).toEqual(['describeCodes', 'describeCodes']);
    expect(await page.evaluate((h) => h === CSS.highlights.get('http-status-5xx'), before)).toBe(
      true,
    );
    await setLanguage(undefined);
    await page.close();
  });

  it('explains a class mention by its class', async () => {
    const page = await open('/api-doc.html', 5);
    await hover(page, 'limits', '5xx');
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('Server error');
    expect(await tooltipText(page)).toContain('5xx');
    await page.close();
  });

  it('explains a code inside a frame, in that frame', async () => {
    const page = await chromium.context.newPage();
    await page.goto(server.url('/frames.html'));
    const frame = page.frame({ url: /nginx-404/u });
    if (!frame) throw new Error('no frame');
    await frame.waitForFunction(() => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 0);
    const inFrame = await frame.evaluate(textCenter, HEADING_CODE);
    const offset = await page.locator('#same').boundingBox();
    if (!offset) throw new Error('no frame box');
    await page.mouse.move(offset.x + inFrame.x - 30, offset.y + inFrame.y + 30);
    await page.mouse.move(offset.x + inFrame.x, offset.y + inFrame.y, { steps: 4 });
    const frameTooltip = () => inChromiumTooltip(page, shownText, { inFrames: true });
    await expect.poll(frameTooltip, { timeout: 5000 }).toContain('Not Found');
    expect(await page.evaluate(() => !!document.querySelector('http-status-tooltip'))).toBe(false);
    await page.close();
  });

  it('opens the reference page from the tooltip link', async () => {
    const page = await open('/nginx-404.html');
    await hover(page, 'never', '404').catch(() => undefined);
    const box = await page.evaluate(textCenter, HEADING_CODE);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('Not Found');
    // A real click: the link ignores a page script's click().
    const link = parsePoint(await inChromiumTooltip(page, linkCenter));
    const opened = chromium.context.waitForEvent('page');
    await page.mouse.move(link.x, link.y, { steps: 3 });
    await page.mouse.click(link.x, link.y);
    const reference = await opened;
    await reference.waitForURL(/reference\.html#404$/u);
    await reference.locator('#code-404[open]').waitFor();
    await reference.close();
    await page.close();
  });

  it('is styled and highlights still paint under a strict Content-Security-Policy', async () => {
    const page = await open('/mixed.html?csp=none', 6);
    const style = await page.evaluate(() => {
      const r = document.createRange();
      const node = document.getElementById('answer')?.querySelector('code')?.firstChild as Text;
      r.setStart(node, 9);
      r.setEnd(node, 12);
      return r.toString();
    });
    expect(style).toBe('503');
    await hover(page, 'answer', '503');
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('503');
    const bg = await inChromiumTooltip(page, boxBackground);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('steps through the codes on screen with the keyboard command', async () => {
    const page = await open('/mixed.html', 6);
    // The command arrives from the background as a message to the top frame.
    await chromium.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id !== undefined)
        await chrome.tabs.sendMessage(tab.id, { type: 'nextCode' }, { frameId: 0 });
    });
    await expect.poll(() => tooltipText(page), { timeout: 5000 }).toContain('429');
    await page.close();
  });
});

describe('dynamic and difficult pages', () => {
  it('follows an SPA that appends, edits and re-renders, without page errors', async () => {
    const page = await chromium.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/spa.html'));
    await waitForHighlights(page, 1);
    await page.evaluate(() =>
      (window as unknown as { appendItem(id: string, t: string): void }).appendItem(
        'added',
        'Then we got a 401 Unauthorized.',
      ),
    );
    await expect.poll(() => texts(page)).toContain('added:401');
    await page.evaluate(() =>
      (window as unknown as { setLive(t: string): void }).setLive('HTTP 504'),
    );
    await expect.poll(() => texts(page)).toContain('live:504');
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await expect.poll(() => texts(page)).toContain('rerendered:503');
    expect(
      (await texts(page)).filter((t) => t.startsWith('first:') || t.startsWith('added:')),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps working when the page removes our host and fires events at us', async () => {
    const page = await chromium.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/hostile.html'));
    await waitForHighlights(page, 1);
    await page.waitForTimeout(300);
    expect(await texts(page)).toContain('text:504');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs in same-origin and cross-origin frames, and in a frame whose code comes later', async () => {
    const page = await chromium.context.newPage();
    await page.goto(server.url('/frames.html'));
    await page.evaluate(
      ([src, later]) => {
        for (const url of [src, later]) {
          const frame = document.createElement('iframe');
          frame.src = url as string;
          document.body.append(frame);
        }
      },
      // The second shows no number until its script writes one: its reader starts then.
      [other.url('/nginx-404.html'), other.url('/frame-later.html')],
    );
    await waitForHighlights(page, 1);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.length).toBe(3);
    for (const frame of frames) {
      await frame.waitForFunction(
        () => (CSS.highlights.get('http-status-4xx')?.size ?? 0) > 0,
        undefined,
        { timeout: 10_000 },
      );
    }
    await page.close();
  });

  it('on a very large page (20 000 paragraphs) paints what is in reach, wherever the reader jumps', async () => {
    const page = await visit('/large.html');
    await expect
      .poll(() => highlightsOnScreen(page))
      .toContainEqual({
        text: '500',
        line: expect.stringMatching(/^Request 7 failed: HTTP\/1.1 500/),
      });
    // Only the text around the viewport is read: a few of the 400 codes, not all of them.
    const atTop = await readHighlights(page);
    expect(atTop.length).toBeGreaterThan(0);
    expect(atTop.length).toBeLessThan(100);
    expect(new Set(atTop.map((p) => p.text))).toEqual(new Set(['500']));
    // Jumps as a reader makes them (the End key, a link, the scrollbar): each brings its codes.
    for (const request of [19_957, 10_007, 7]) {
      await page.evaluate((n) => {
        const p = [...document.querySelectorAll('p')].find((el) =>
          el.textContent?.startsWith(`Request ${n} failed`),
        );
        p?.scrollIntoView({ block: 'center' });
      }, request);
      await expect
        .poll(async () => (await highlightsOnScreen(page)).map((h) => h.line))
        .toContainEqual(expect.stringMatching(new RegExp(`^Request ${request} failed`)));
    }
    await page.close();
  });

  it('paints the top of a page while it is still loading, from its first code on', async () => {
    const page = await chromium.context.newPage();
    await page.goto(server.url('/streamed.html'), { waitUntil: 'commit' });
    const state = () =>
      page.evaluate(() => ({
        loading: document.readyState === 'loading',
        painted: [...CSS.highlights].filter(([k, h]) => k.startsWith('http-status') && h.size > 0)
          .length,
      }));
    await expect.poll(async () => (await state()).painted, { timeout: 3000 }).toBe(2);
    expect((await state()).loading).toBe(true);
    await page.goto(server.url('/streamed-late.html'), { waitUntil: 'commit' });
    await expect.poll(async () => (await state()).painted, { timeout: 3000 }).toBe(1);
    expect((await state()).loading).toBe(true);
    await page.close();
  });

  it('highlights codes in a sandboxed frame (an opaque origin, no scripts of its own)', async () => {
    const page = await visit('/sandboxed.html');
    const frame = page.frame({ url: /nginx-404/u });
    if (!frame) throw new Error('no frame');
    // Asked from here: waitForFunction's polling does not run in a frame without scripts.
    await expect
      .poll(() => frame.evaluate(() => CSS.highlights.get('http-status-4xx')?.size ?? 0), {
        timeout: 10_000,
      })
      .toBe(1);
    await page.close();
  });

  it('a fixed sidebar far from the article in document order is read too', async () => {
    const page = await visit('/sidebar.html');
    await expect.poll(() => texts(page)).toContain('side:503');
    await page.close();
  });

  it('a page opened at an anchor far down is painted there', async () => {
    const page = await visit('/large.html#r15007');
    await expect
      .poll(async () => (await highlightsOnScreen(page)).map((h) => h.line))
      .toContainEqual(expect.stringMatching(/^Request 15007 failed/));
    await page.close();
  });

  it('a log in one huge text node, and a log in a scrolling box, are painted where they are read', async () => {
    const page = await visit('/huge-log.html');
    await expect
      .poll(() => highlightsOnScreen(page))
      .toContainEqual({
        text: '404',
        line: expect.stringMatching(/^10\.0\.0\.0 - - \[line 0\] "GET \/a HTTP\/1.1" 404/),
      });
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight * 0.6)');
    await expect
      .poll(async () => (await highlightsOnScreen(page)).map((h) => h.text))
      .toContain('404');
    await page.evaluate(() => {
      const box = document.getElementById('box') as HTMLElement;
      box.scrollIntoView();
      box.scrollTop = box.scrollHeight - box.clientHeight;
    });
    await expect
      .poll(async () => (await highlightsOnScreen(page)).map((h) => h.line))
      .toContainEqual(expect.stringMatching(/^box 2999 /));
    await page.close();
  });

  it('in strict mode keeps only unmistakable mentions', async () => {
    await changeSettings(chromium.worker, { sensitivity: 'strict' });
    const page = await open('/strict.html', 2);
    await page.waitForTimeout(300);
    const painted = await texts(page);
    // A status line and an access-log field are unmistakable; "a 503" in a note is not.
    expect(painted).toEqual(expect.arrayContaining(['status:404', 'log:500']));
    expect(painted).not.toContain('weak:503');
    await changeSettings(chromium.worker, { sensitivity: 'balanced' });
    await expect.poll(() => texts(page)).toContain('weak:503');
    await page.close();
  });

  it('removes every highlight at once when turned off, and paints again when turned on', async () => {
    const page = await open('/mixed.html', 6);
    await setHighlight(false);
    await expect.poll(() => readHighlights(page)).toEqual([]);
    await setHighlight(true);
    await waitForHighlights(page, 6);
    await page.close();
  });
});
