/**
 * Comparisons as a user reaches them, in real Chromium, in both languages and themes: typed
 * into the popup's search (`401 vs 403`, `302 307 차이점`), from a detail's "often confused with"
 * chip and back by keyboard, from the address bar, and at `reference.html#compare-…`, with
 * axe-core on each view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe.ts';
import { openPopup as openPopupPage } from './harness/popup.ts';
import {
  collectErrors,
  EVERY_LOOK,
  launchChromium,
  type ChromiumSession,
} from './harness/chromium.ts';
import { dispatchInWorker } from './harness/service-worker.ts';

/** The codes across the head of a comparison table. */
const columnCodes = (page: Page, scope = page.locator('.comparison').first()) =>
  scope.locator('thead th .code-badge').allTextContents();

describe.each(EVERY_LOOK)('comparisons in $locale ($colorScheme)', ({ locale, colorScheme }) => {
  let chromium: ChromiumSession;
  const ko = locale.startsWith('ko');
  beforeAll(async () => {
    chromium = await launchChromium({ locale, colorScheme });
  });
  afterAll(async () => {
    await chromium.close();
  });

  const openPopup = () => openPopupPage(chromium);

  it.each([
    ['401 vs 403', ['401', '403'], ['401', '403', '404']],
    ['302 307 차이점', ['302', '307'], ['301', '302', '303', '307', '308']],
    ['401과 403 차이', ['401', '403'], ['401', '403', '404']],
    ['429 or 503', ['429', '503'], ['429', '503']],
    ['200 vs 404', ['200', '404'], ['200', '404']],
    ['bad gateway vs gateway timeout', ['502', '504'], ['500', '502', '503', '504']],
  ])(
    'typing %j in the popup offers the comparison first; Enter opens it',
    async (query, asked, codes) => {
      const page = await openPopup();
      const errors = collectErrors(page);
      await page.keyboard.type(query);
      const first = page.getByRole('option').first();
      const named = ko ? `${asked.join(' · ')} 비교` : `Compare ${asked.join(' · ')}`;
      await expect
        .poll(() => first.locator('.name').textContent(), { timeout: 10_000 })
        .toBe(named);
      expect(await first.locator('.code-badge').allTextContents()).toEqual(asked);
      await page.keyboard.press('Enter');
      await expect.poll(() => columnCodes(page), { timeout: 10_000 }).toEqual(codes);
      expect(await page.locator('.comparison table tbody th').count()).toBeGreaterThanOrEqual(4);
      if (query === '200 vs 404') {
        expect(await page.locator('.comparison-summary').textContent()).toBe(
          ko
            ? '이 코드들을 함께 다룬 비교 설명은 아직 없습니다. 각 코드의 항목을 나란히 놓았습니다.'
            : 'No written comparison covers these codes: here they are side by side from their entries.',
        );
      } else {
        expect(await page.locator('.comparison-use li').count()).toBe(codes.length);
      }
      expect(await seriousViolations(page)).toEqual([]);
      // Back to the search as it was: the query kept, the comparison row still first.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('combobox').inputValue()).toBe(query);
      expect(await page.getByRole('option').nth(1).textContent()).toContain(asked[0]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a detail\'s "often confused with" chip opens the comparison; Esc comes back to the detail', async () => {
    const page = await openPopup();
    await page.keyboard.type('403');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('403');
    await page.keyboard.press('Enter');
    const chip = page.locator('.confused-chip').first();
    await chip.waitFor();
    expect(await chip.textContent()).toBe('401 · 404');
    expect(await chip.getAttribute('aria-label')).toBe(
      ko ? '401 · 403 · 404 비교' : 'Compare 401 · 403 · 404',
    );
    // By keyboard: Tab until the chip has focus, then Enter.
    for (let i = 0; i < 30 && !(await chip.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => columnCodes(page)).toEqual(['401', '403', '404']);
    expect(
      await page.locator('.comparison-view .back').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.code-detail').waitFor();
    expect(await page.locator('.meaning-head .code-badge').first().textContent()).toBe('403');
    await page.close();
  });

  it('the reference page lands on a comparison named in its URL, heading focused', async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(chromium.extensionUrl('reference.html#compare-403-401'));
    const heading = page.locator('#compare-401-403-404');
    await expect
      .poll(() => heading.evaluate((el) => el === document.activeElement), { timeout: 10_000 })
      .toBe(true);
    expect(await page.locator('section.comparisons .comparison').count()).toBeGreaterThanOrEqual(
      12,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(chromium.extensionUrl('reference.html#compare-200-404'));
    await expect
      .poll(() => page.locator('#compare-200-404').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.close();
  });

  it("a reference entry's chip lands on its comparison on the same page", async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(chromium.extensionUrl('reference.html#404'));
    const chip = page.locator('#code-404 .confused-chip', { hasText: '410' });
    await chip.click();
    await expect
      .poll(() => page.evaluate(() => [location.hash, document.activeElement?.id]), {
        timeout: 10_000,
      })
      .toEqual(['#compare-404-410', 'compare-404-410']);
    await page.close();
  });

  it('the address bar opens the comparison of the codes typed after `http`', async () => {
    const opened = chromium.context.waitForEvent('page');
    await dispatchInWorker(chromium.worker, 'omnibox.onInputEntered', [
      '401과 403 차이',
      'newForegroundTab',
    ]);
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toBe(chromium.extensionUrl('reference.html#compare-401-403'));
    await expect
      .poll(
        () => page.locator('#compare-401-403-404').evaluate((el) => el === document.activeElement),
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.close();
  });
});
