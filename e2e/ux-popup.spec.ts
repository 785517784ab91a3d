/**
 * The popup as a keyboard user meets it (issue 19), in real Chromium, Korean and English, light
 * and dark: the selection stays in view whatever the keys, Home/End/Page keys, ⌘C/Ctrl+C on
 * the list, one-line rows (about ten in view), the footer always in view, Korean line
 * breaking, and what the popup says when it read a query otherwise than typed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe.ts';
import {
  launchChromium,
  type ChromiumSession,
  EVERY_LOOK,
  clipboardText,
} from './harness/chromium.ts';
import { startServer, type FixtureServer } from './harness/server.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

/** Where the active option is, against the part of the popup that scrolls. */
const placeOfActive = (page: Page) =>
  page.evaluate(() => {
    const option = document.querySelector('[role="option"][aria-selected="true"]');
    const view = document.querySelector('.finder-body');
    if (!option || !view) return undefined;
    const o = option.getBoundingClientRect();
    const v = view.getBoundingClientRect();
    return {
      id: option.id,
      inView: o.top >= v.top - 0.5 && o.bottom <= v.bottom + 0.5,
      index: [...document.querySelectorAll('[role="option"]')].indexOf(option),
    };
  });

/** Options wholly inside the scrolling part, as a user sees them without scrolling. */
const optionsInView = (page: Page) =>
  page.evaluate(() => {
    const v = document.querySelector('.finder-body')?.getBoundingClientRect();
    if (!v) return 0;
    return [...document.querySelectorAll('[role="option"]')].filter((o) => {
      const r = o.getBoundingClientRect();
      return r.top >= v.top - 0.5 && r.bottom <= v.bottom + 0.5;
    }).length;
  });

const search = async (page: Page, query: string, first: string) => {
  await page.getByRole('combobox').fill(query);
  await expect
    .poll(() => page.getByRole('option').first().textContent(), { timeout: 10_000 })
    .toContain(first);
};

describe.each(EVERY_LOOK)('the popup in $locale ($colorScheme)', ({ locale, colorScheme }) => {
  let chromium: ChromiumSession;
  const ko = locale.startsWith('ko');
  beforeAll(async () => {
    chromium = await launchChromium({ locale, colorScheme, clipboard: true });
  });
  afterAll(async () => {
    await chromium.close();
  });

  const openPopup = async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(chromium.extensionUrl('popup.html'));
    await page.getByRole('option').first().waitFor();
    return page;
  };
  it('keeps the selection in view after every ↓ in 5xx, round the end, and after End', async () => {
    const page = await openPopup();
    await search(page, '5xx', '500');
    const count = await page.getByRole('option').count();
    expect(count).toBeGreaterThan(20);
    for (let press = 1; press <= count + 2; press++) {
      await page.keyboard.press('ArrowDown');
      const place = await placeOfActive(page);
      expect(place, `after ${press} × ↓`).toMatchObject({ index: press % count, inView: true });
    }
    await page.keyboard.press('End');
    expect(await placeOfActive(page)).toMatchObject({ index: count - 1, inView: true });
    await page.keyboard.press('ArrowUp');
    expect(await placeOfActive(page)).toMatchObject({ index: count - 2, inView: true });
    await page.close();
  });

  it('moves with Home, End, Page Down and Page Up, and opens what it selected', async () => {
    const page = await openPopup();
    await search(page, '5xx', '500');
    const count = await page.getByRole('option').count();
    await page.keyboard.press('End');
    expect((await placeOfActive(page))?.index).toBe(count - 1);
    await page.keyboard.press('Home');
    expect(await placeOfActive(page)).toMatchObject({ index: 0, inView: true });
    await page.keyboard.press('PageDown');
    const down = await placeOfActive(page);
    // A page is the rows in view less one.
    expect(down?.index).toBeGreaterThanOrEqual(8);
    expect(down?.inView).toBe(true);
    // A second page, stopping at the last row; back up by the same page.
    const step = down?.index ?? 0;
    await page.keyboard.press('PageDown');
    const further = (await placeOfActive(page))?.index ?? 0;
    expect(further).toBe(Math.min(count - 1, 2 * step));
    await page.keyboard.press('PageUp');
    expect(await placeOfActive(page)).toMatchObject({ index: further - step, inView: true });
    const code = (down?.id ?? '').split('-')[1];
    await page.keyboard.press('Home');
    for (let i = 0; i < step; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.detail-view .code-badge').first().textContent())
      .toBe(code);
    await page.close();
  });

  it('copies the selected code and name with Ctrl+C and announces it', async () => {
    const page = await openPopup();
    await search(page, ko ? '요청 한도' : 'too many requests', '429');
    await page.keyboard.press('Control+c');
    await expect.poll(() => clipboardText(page)).toBe('429 Too Many Requests');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '429' }).textContent())
      .toBe(ko ? '복사했습니다: 429 Too Many Requests' : 'Copied: 429 Too Many Requests');
    expect(await seriousViolations(page)).toEqual([]);
    // With text of the box selected, Ctrl+C copies that text, as everywhere.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    const typed = await page.getByRole('combobox').inputValue();
    await expect.poll(() => clipboardText(page)).toBe(typed);
    await page.close();
  });

  it('shows about ten one-line rows, and the footer with the key hints, in 600 px', async () => {
    const page = await openPopup();
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThanOrEqual(18);
    expect(await optionsInView(page)).toBeGreaterThanOrEqual(10);
    const rows = await page
      .locator('[role="option"][aria-selected="false"]')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    // One line each: no row is taller than the shortest by more than a pixel or two.
    expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(2);
    const footer = await page.locator('.popup-footer').boundingBox();
    expect(footer && footer.y + footer.height <= 600).toBe(true);
    const hints = await page.locator('.key-hints').textContent();
    expect(hints).toContain(ko ? '이동' : 'Move');
    expect(hints).toContain('Ctrl');
    expect(await page.locator('.list-heading').allTextContents()).toContain(
      ko ? '주요 코드' : 'Common codes',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('says when a query was read in the other layout or corrected, and zzz finds nothing', async () => {
    const page = await openPopup();
    await search(page, 'tjdrhd', '200');
    expect(await page.locator('.reading-note').textContent()).toBe(
      ko
        ? '한글 자판으로 입력한 것으로 보고 “성공” 검색 결과를 보여 줍니다.'
        : 'Showing results for “성공” (typed in the Korean layout)',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await search(page, 'unathorized', '401');
    expect(await page.locator('.reading-note').textContent()).toContain('unauthorized');
    await page.getByRole('combobox').fill('zzz');
    await expect.poll(() => page.locator('.no-results').textContent()).toContain('zzz');
    expect(await page.getByRole('option').count()).toBe(0);
    await page.close();
  });

  it.runIf(ko)('breaks Korean text between words, never inside one', async () => {
    const page = await openPopup();
    await search(page, '5xx', '500');
    await page.keyboard.press('ArrowDown');
    const styles = await page.locator('.result.active .result-summary').evaluate((el) => {
      const s = getComputedStyle(el);
      return { wordBreak: s.wordBreak, overflowWrap: s.overflowWrap };
    });
    expect(styles).toEqual({ wordBreak: 'keep-all', overflowWrap: 'anywhere' });
    expect(await page.evaluate(() => getComputedStyle(document.body).lineHeight)).not.toBe(
      'normal',
    );
    await page.close();
  });
});

describe('the footer on a web page’s tab', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium({ locale: 'en-US' });
  });
  afterAll(async () => {
    await chromium.close();
  });

  it('has the site switch in view before anything is typed, and it works', async () => {
    const page = await chromium.context.newPage();
    await page.goto(server.url('/nginx-404.html'));
    const url = chromium.extensionUrl('popup.html');
    // The popup reads the active tab: opened beside the page, in the background.
    await chromium.worker.evaluate(
      async ({ pageUrl, popupUrl }) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
        const { windowId } = await chrome.tabs.update(tab?.id ?? -1, { active: true });
        await chrome.tabs.create({ url: popupUrl, windowId, active: false });
      },
      { pageUrl: page.url(), popupUrl: url },
    );
    await expect.poll(() => chromium.context.pages().some((p) => p.url() === url)).toBe(true);
    const popup = chromium.context.pages().find((p) => p.url() === url) as Page;
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByRole('option').first().waitFor();
    await popup.bringToFront();
    const host = new URL(server.url('/')).host;
    const site = popup.getByRole('switch', { name: `Highlight codes on ${host}` });
    const box = await site.boundingBox();
    expect(box && box.y > 0 && box.y + box.height <= 600).toBe(true);
    expect(await site.isChecked()).toBe(true);
    await site.uncheck();
    await expect
      .poll(() => chromium.worker.evaluate(() => chrome.storage.local.get('settings')))
      .toMatchObject({ settings: { disabledSites: [host] } });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
