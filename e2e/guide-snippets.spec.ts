/**
 * A common code on the wire and in frameworks, as a reader uses it in real Chromium, in English
 * and Korean, light and dark: search 429 in the popup, open it, reach the tabs, switch to Go by
 * keyboard, copy, and find the Go snippet on the clipboard; the reference page's entry shows the
 * section too; axe-core finds nothing serious on either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNIPPETS } from '../data/guide/snippets.ts';
import { seriousViolations } from './harness/axe.ts';
import { openDetail as openPopupDetail } from './harness/popup.ts';
import {
  clipboardText,
  collectErrors,
  EVERY_LOOK,
  launchChromium,
  type ChromiumSession,
} from './harness/chromium.ts';

const GO_429 = SNIPPETS.find((s) => s.code === 429)?.snippets.go.lines.join('\n');

describe.each(EVERY_LOOK)('snippets in $locale ($colorScheme)', ({ locale, colorScheme }) => {
  let chromium: ChromiumSession;
  const ko = locale.startsWith('ko');
  const title = ko ? '응답 원문과 프레임워크별 코드' : 'On the wire and in code';
  beforeAll(async () => {
    chromium = await launchChromium({ locale, colorScheme, clipboard: true });
  });
  afterAll(async () => {
    await chromium.close();
  });

  const openDetail = (code: number) => openPopupDetail(chromium, code);

  it('switches to Go by keyboard in the popup and copies the Go snippet', async () => {
    const page = await openDetail(429);
    const errors = collectErrors(page);
    const section = page.locator('section.snippets');
    await section.waitFor();
    expect(await section.locator('h3').textContent()).toBe(title);
    const tablist = page.getByRole('tablist', { name: title });
    const selected = tablist.locator('[role="tab"][aria-selected="true"]');
    // Reach the selected tab with Tab from the back button, as a keyboard user does.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await selected.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await selected.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Home');
    expect(await selected.textContent()).toBe(ko ? '응답 원문' : 'Raw response');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await selected.textContent()).toBe('Go');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go');
    expect(await page.getByRole('tabpanel').textContent()).toBe(GO_429);
    // On to the panel, then the copy button, and Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      ko ? 'Go 코드 복사' : 'Copy Go code',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboardText(page)).toBe(GO_429);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the section in the reference page’s entry, with no serious violations', async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(chromium.extensionUrl('reference.html#429'));
    const entry = page.locator('#code-429');
    await expect.poll(() => entry.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const section = entry.locator('section.snippets');
    await section.waitFor();
    expect(await section.locator('h3').textContent()).toBe(title);
    await section.getByRole('tab', { name: 'nginx' }).click();
    expect(await section.getByRole('tabpanel').textContent()).toContain('limit_req_status 429;');
    expect(await section.locator('.snippet-note').textContent()).toMatch(
      ko ? /limit_req_status가 없으면/u : /Without limit_req_status/u,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
