/**
 * "Which status code should I return?" as a reader uses it, in real Chromium, in English and
 * Korean, light and dark: by keyboard alone down to a code and on to its entry, every leaf the
 * data names reached by its answers, a deep link restored, Back undoing an answer, the popup's
 * link opening it, and axe-core on the question and the result.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choicePaths } from '../data/guide/test-choose-paths.ts';
import { seriousViolations } from './harness/axe.ts';
import {
  collectErrors,
  EVERY_LOOK,
  launchChromium,
  type ChromiumSession,
} from './harness/chromium.ts';

/** One path for each code the choice can end at. */
const byCode = [...new Map(choicePaths().map((p) => [p.leaf.code, p])).values()];

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const resultCode = (page: Page) => page.locator('.choose-result').getAttribute('data-code');
/** The heading is in the window, below the sticky search and jump bar. */
const inView = async (page: Page, selector: string) => {
  const head = await page.locator('.page-head').boundingBox();
  const box = await page.locator(selector).boundingBox();
  return head !== null && box !== null && box.y >= head.y + head.height - 1 && box.y < 800;
};

describe.each(EVERY_LOOK)(
  'the guided choice in $locale ($colorScheme)',
  ({ locale, colorScheme }) => {
    let chromium: ChromiumSession;
    const ko = locale.startsWith('ko');
    beforeAll(async () => {
      chromium = await launchChromium({ locale, colorScheme });
    });
    afterAll(async () => {
      await chromium.close();
    });

    const open = async (hash: string): Promise<Page> => {
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(chromium.extensionUrl(`reference.html${hash}`));
      await page.locator('.choose h3').waitFor();
      return page;
    };

    it('opens at #choose with its heading focused, then answers by keyboard down to the entry', async () => {
      const page = await open('#choose');
      const errors = collectErrors(page);
      await expect.poll(() => focusedId(page)).toBe('choose');
      await expect.poll(() => inView(page, '#choose')).toBe(true);
      // The request's fault (third answer), who sent it (second), no credentials (first).
      for (const [presses, heading] of [
        [3, ko ? '요청의 무엇이 문제인가요?' : 'What is wrong with the request?'],
        [
          2,
          ko ? '요청에 유효한 자격 증명이 있었나요?' : 'Did the request carry valid credentials?',
        ],
        [1, undefined],
      ] as const) {
        for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        if (heading) await expect.poll(() => focusedText(page)).toBe(heading);
      }
      await expect.poll(() => resultCode(page)).toBe('401');
      expect(page.url()).toMatch(/#choose\/client\/identity\/no$/u);
      await expect.poll(() => focusedText(page)).toContain('401');
      expect(await page.locator('.choose-result h3').textContent()).toContain(
        ko ? '인증 필요' : 'Unauthorized',
      );
      // On to the link of the code's entry, which opens and takes focus.
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe(
        ko ? '401 인증 필요 자세히 보기' : 'Everything about 401 Unauthorized',
      );
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('details')?.id))
        .toBe('code-401');
      expect(await page.locator('#code-401').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
        true,
      );
      // Back returns to the code the choice arrived at.
      await page.goBack();
      await expect.poll(() => resultCode(page)).toBe('401');
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`reaches each of the ${byCode.length} codes by clicking the answers of its path`, async () => {
      expect(byCode.length).toBeGreaterThanOrEqual(10);
      const page = await open('#choose');
      for (const path of byCode) {
        const restart = page.locator('.choose-restart');
        if (await restart.isVisible()) await restart.click();
        for (const id of path.ids)
          await page.locator(`.choose-answers [data-answer="${id}"]`).click();
        await expect
          .poll(() => resultCode(page), { message: path.ids.join('/') })
          .toBe(`${path.leaf.code}`);
        expect(await page.locator('.choose-result .code-badge').textContent()).toBe(
          `${path.leaf.code}`,
        );
        expect(await page.locator('.choose-trail li').count()).toBe(path.ids.length);
      }
      await page.close();
    });

    it('restores a deep link, and Back undoes an answer', async () => {
      const page = await open('#choose/server/upstream/no-answer');
      await expect.poll(() => resultCode(page)).toBe('504');
      await expect.poll(() => focusedText(page)).toContain('504');
      await expect.poll(() => inView(page, '.choose-result h3')).toBe(true);
      expect(await page.locator('.choose-trail a').count()).toBe(3);
      // The trail's second step goes back to the question it answered.
      await page.locator('.choose-trail a').nth(1).click();
      expect(page.url()).toMatch(/#choose\/server$/u);
      await expect.poll(() => focusedText(page)).toBe(ko ? '무엇이 실패했나요?' : 'What failed?');
      await page.locator('.choose-answers [data-answer="bug"]').click();
      await expect.poll(() => resultCode(page)).toBe('500');
      await page.goBack();
      await expect.poll(() => focusedText(page)).toBe(ko ? '무엇이 실패했나요?' : 'What failed?');
      await page.close();
    });

    it('is reached from the popup’s footer, in a new tab', async () => {
      const popup = await chromium.context.newPage();
      await popup.setViewportSize({ width: 400, height: 580 });
      await popup.goto(chromium.extensionUrl('popup.html'));
      const link = popup.getByRole('link', { name: ko ? '코드 고르기' : 'Which code?' });
      const [tab] = await Promise.all([chromium.context.waitForEvent('page'), link.click()]);
      await tab.locator('.choose h3').waitFor();
      expect(tab.url()).toBe(chromium.extensionUrl('reference.html#choose'));
      await expect.poll(() => focusedId(tab)).toBe('choose');
      await tab.close();
      await popup.close();
    });

    it('has no serious accessibility violations on a question and on a result', async () => {
      const page = await open('#choose/client/form');
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.choose-answers [data-answer="media-type"]').click();
      await expect.poll(() => resultCode(page)).toBe('415');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  },
);
