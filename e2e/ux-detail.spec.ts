/**
 * The detail and the reference page as a reader uses them, in real Chromium, in English and
 * Korean, light and dark: inline code instead of backticks, header links, copy actions that
 * fill the clipboard, jump links that move focus, the reference page's jump bar by keyboard,
 * Korean line breaking, and axe-core on the detail, the reference page and the options.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe.ts';
import { openDetail as openPopupDetail } from './harness/popup.ts';
import {
  collectErrors,
  launchChromium,
  type ChromiumSession,
  EVERY_LOOK,
  clipboardText,
} from './harness/chromium.ts';

describe.each(EVERY_LOOK)(
  'detail and reference in $locale ($colorScheme)',
  ({ locale, colorScheme }) => {
    let chromium: ChromiumSession;
    const ko = locale.startsWith('ko');
    beforeAll(async () => {
      chromium = await launchChromium({ locale, colorScheme, clipboard: true });
    });
    afterAll(async () => {
      await chromium.close();
    });

    /** The popup's detail of a code, reached as a user does: type it, press Enter. */
    const openDetail = (code: number) => openPopupDetail(chromium, code);
    const openReference = async (hash = ''): Promise<Page> => {
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(chromium.extensionUrl(`reference.html${hash}`));
      await page.locator('nav.jump-bar').waitFor();
      return page;
    };
    it('shows inline code, not backticks, and links header names to MDN', async () => {
      const page = await openDetail(404);
      const errors = collectErrors(page);
      const text = await page.locator('.code-detail').textContent();
      expect(text).toContain('try_files $uri /index.html');
      expect(text).not.toContain('`');
      expect(await page.locator('.code-detail code').allTextContents()).toContain(
        'try_files $uri /index.html',
      );
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('combobox').fill('429');
      await expect.poll(() => page.getByRole('option').first().textContent()).toContain('429');
      await page.keyboard.press('Enter');
      const link = page.locator('.code-detail a.header-link', { hasText: 'Retry-After' }).first();
      expect(await link.getAttribute('href')).toBe(
        `https://developer.mozilla.org/${ko ? 'ko' : 'en-US'}/docs/Web/HTTP/Reference/Headers/Retry-After`,
      );
      expect(await link.locator('code').count()).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('copies the number, the phrase, the Korean name and a Markdown link, keeping its width', async () => {
      const page = await openDetail(429);
      const buttons = page.locator('.copy-actions button');
      const expected = [
        '429',
        'Too Many Requests',
        '요청이 너무 많음',
        '[429 Too Many Requests](https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429)',
      ];
      for (const [i, text] of expected.entries()) {
        const button = buttons.nth(i);
        const before = (await button.boundingBox())?.width;
        await button.click();
        await expect.poll(() => clipboardText(page)).toBe(text);
        await expect.poll(() => button.innerText()).toBe(ko ? '복사됨' : 'Copied');
        expect((await button.boundingBox())?.width).toBe(before);
        const status = page.locator('.copy-actions [role="status"]').nth(i);
        expect(await status.textContent()).toContain(ko ? '복사했습니다' : 'Copied:');
      }
      // By keyboard too: the first button, then Enter.
      await buttons.first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboardText(page)).toBe('429');
      await page.close();
    });

    it('says why 499 has two meanings and its jump links move focus to each', async () => {
      const page = await openDetail(499);
      expect(await page.locator('.several p').textContent()).toBe(
        ko
          ? '499는 등록된 코드가 아닙니다. nginx 및 Esri ArcGIS에서 저마다 다른 뜻으로 씁니다.'
          : '499 is not a registered code: nginx and Esri ArcGIS each use it with a meaning of their own.',
      );
      const jumps = page.locator('nav.meaning-jumps a');
      expect(await jumps.allTextContents()).toEqual(['nginx', 'Esri ArcGIS']);
      const headings = page.locator('h2.meaning-name');
      for (const i of [1, 0]) {
        await jumps.nth(i).focus();
        await page.keyboard.press('Enter');
        const id = await headings.nth(i).getAttribute('id');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
        // Scrolled to the top of the popup (smoothly, unless the reader asks for less motion).
        await expect
          .poll(async () => {
            const box = await headings.nth(i).boundingBox();
            return box !== null && box.y >= 0 && box.y < 100;
          })
          .toBe(true);
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it('renders the whole reference page without a backtick, with disclosure markers', async () => {
      const page = await openReference();
      await expect.poll(() => page.locator('details.entry').count()).toBeGreaterThan(90);
      // textContent holds closed entries too: every explanation of every code.
      const text = await page.locator('main').textContent();
      expect(text).not.toContain('`');
      expect(text).toContain('try_files $uri /index.html');
      const marker = (selector: string) =>
        page
          .locator(selector)
          .evaluate((el) => getComputedStyle(el, '::before').getPropertyValue('transform'));
      const closed = await marker('#code-404 > summary');
      expect(closed).not.toBe('none');
      await page.locator('#code-404 > summary').click();
      await expect.poll(() => marker('#code-404 > summary')).not.toBe(closed);
      await page.close();
    });

    it('jumps to a class and a vendor from the sticky bar by keyboard', async () => {
      const page = await openReference();
      const search = page.getByRole('searchbox');
      await search.focus();
      // Search, then 1xx … 5xx: the fourth link is 4xx.
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
        '#class-4xx',
      );
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('class-4xx');
      const below = async (selector: string) => {
        const head = await page.locator('.page-head').boundingBox();
        const box = await page.locator(selector).boundingBox();
        return head !== null && box !== null && box.y >= head.y + head.height - 1 && box.y < 800;
      };
      await expect.poll(() => below('#class-4xx')).toBe(true);
      // The bar stayed at the top of the window while the page scrolled.
      expect((await page.locator('.page-head').boundingBox())?.y).toBe(0);
      // Tab on reaches the vendors: Non-standard, then the first vendor.
      await page.locator('.jump-vendors a').nth(1).focus();
      const vendor = await page.locator('.jump-vendors a').nth(1).getAttribute('href');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => `#${document.activeElement?.id}`)).toBe(vendor);
      // A smooth scroll across the whole page (the comparisons lie between): more than a second.
      await expect.poll(() => below(vendor as string), { timeout: 5_000 }).toBe(true);
      await page.close();
    });

    it("styles only the vendor's own heading as one, not an entry's sections", async () => {
      const page = await openReference('#code-499-nginx');
      const entry = page.locator('#code-499-nginx');
      await expect.poll(() => entry.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      const colour = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).color);
      const vendorHeading = await colour('#vendor-nginx');
      const section = await colour('#code-499-nginx .detail-section h3');
      const body = await colour('#code-499-nginx .detail-section p');
      expect(section).not.toBe(vendorHeading);
      expect(section).toBe(body);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it('copies the link to an entry, and that link opens it', async () => {
      const page = await openReference();
      const copyLink = (id: string) => page.locator(`#${id} + .entry-link`);
      await copyLink('code-404').click();
      const link404 = chromium.extensionUrl('reference.html#404');
      await expect.poll(() => clipboardText(page)).toBe(link404);
      await expect.poll(() => copyLink('code-404').innerText()).toBe(ko ? '복사됨' : 'Copied');
      await copyLink('code-499-esri').focus();
      await page.keyboard.press('Enter');
      const linkEsri = chromium.extensionUrl('reference.html#code-499-esri');
      await expect.poll(() => clipboardText(page)).toBe(linkEsri);
      const opened = await chromium.context.newPage();
      await opened.goto(linkEsri);
      await expect
        .poll(() => opened.locator('details.entry[open]').evaluateAll((d) => d.map((e) => e.id)))
        .toEqual(['code-499-esri']);
      const box = await opened.locator('#code-499-esri').boundingBox();
      expect(box && box.y > 0 && box.y < 720).toBe(true);
      await opened.close();
      await page.close();
    });

    it('breaks Korean between words, with a taller line', async () => {
      const page = await openReference('#404');
      const style = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const s = getComputedStyle(el);
            return { wordBreak: s.wordBreak, overflowWrap: s.overflowWrap };
          });
      const keepAll = { wordBreak: 'keep-all', overflowWrap: 'anywhere' };
      // The Korean name on its copy button is Korean on every page.
      expect(await style('.copy-actions [lang="ko"]')).toEqual(keepAll);
      if (ko) expect(await style('#code-404 .entry-summary')).toEqual(keepAll);
      else expect((await style('#code-404 .entry-summary')).wordBreak).toBe('normal');
      const options = await chromium.context.newPage();
      await options.goto(chromium.extensionUrl('options.html'));
      await options.locator('legend').first().waitFor();
      const legend = await options
        .locator('legend')
        .first()
        .evaluate((el) => getComputedStyle(el).wordBreak);
      expect(legend).toBe(ko ? 'keep-all' : 'normal');
      await options.close();
      await page.close();
    });

    it('has no serious accessibility violations on the reference page and the options', async () => {
      const page = await openReference('#451');
      await expect
        .poll(() => page.locator('#code-451').evaluate((el) => (el as HTMLDetailsElement).open))
        .toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      const options = await chromium.context.newPage();
      await options.goto(chromium.extensionUrl('options.html'));
      await options.locator('legend').first().waitFor();
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
      await page.close();
    });
  },
);
