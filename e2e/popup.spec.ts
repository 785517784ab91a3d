/**
 * The popup, reference page and options in real Chromium, in English and Korean, light and
 * dark: search, keyboard use, detail, deep links, settings taking effect, and axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe.ts';
import { openPopup as openPopupPage } from './harness/popup.ts';
import { launchChromium, type ChromiumSession } from './harness/chromium.ts';

describe.each([
  { locale: 'en-US', colorScheme: 'light' as const },
  { locale: 'ko-KR', colorScheme: 'dark' as const },
])('popup in $locale ($colorScheme)', ({ locale, colorScheme }) => {
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
    ['404', 404],
    ['찾을 수 없음', 404],
    ['ㅊㅇㅅㅇㅇ', 404],
    ['rate limit', 429],
    ['tjdrhd', 200],
    // Korean as developers type it: particles, verb endings, class names.
    ['요청 한도를 초과했습니다', 429],
    ['클라이언트 에러', 400],
  ])('finds %s and reaches its detail with the keyboard', async (query, code) => {
    const page = await openPopup();
    await page.keyboard.type(query);
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain(String(code));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2 }).first();
    await heading.waitFor();
    const name = ko
      ? { 404: '찾을 수 없음', 429: '요청이 너무 많음', 200: 'OK(정상)', 400: '잘못된 요청' }[code]
      : { 404: 'Not Found', 429: 'Too Many Requests', 200: 'OK', 400: 'Bad Request' }[code];
    expect(await heading.textContent()).toBe(name);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox').waitFor();
    expect(await page.getByRole('combobox').inputValue()).toBe(query);
    await page.close();
  });

  it('shows the interface in the browser language', async () => {
    const page = await openPopup();
    const placeholder = await page.getByRole('combobox').getAttribute('placeholder');
    expect(placeholder).toContain(ko ? '요청 한도' : 'rate limit');
    await page.close();
  });

  it('says when nothing matches and explains an unknown number', async () => {
    const page = await openPopup();
    await page.keyboard.type('299');
    await expect
      .poll(() => page.locator('.no-results').textContent())
      .toContain(ko ? '성공' : 'Success');
    expect(await page.locator('.no-results').textContent()).toContain('299');
    await page.close();
  });

  it('has no serious accessibility violations', async () => {
    const page = await openPopup();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.type('404');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens reference.html#429 at 429', async () => {
    const page = await chromium.context.newPage();
    await page.goto(chromium.extensionUrl('reference.html#429'));
    const entry = page.locator('#code-429');
    await expect.poll(() => entry.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    const box = await entry.boundingBox();
    expect(box && box.y >= 0 && box.y < 600).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      ko ? 'HTTP 상태 코드' : 'HTTP status codes',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('handles an unknown code and a query in the URL', async () => {
    const page = await chromium.context.newPage();
    await page.goto(chromium.extensionUrl('reference.html#299'));
    await expect.poll(() => page.locator('.notice').textContent()).toContain('299');
    await page.goto(chromium.extensionUrl('reference.html?q=teapot'));
    await expect.poll(() => page.locator('details.entry').count()).toBe(1);
    expect(await page.locator('details.entry').getAttribute('data-code')).toBe('418');
    await page.close();
  });
});

describe('options', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium({ locale: 'en-US' });
  });
  afterAll(async () => {
    await chromium.close();
  });

  it('changes the language at once, everywhere, and keeps settings', async () => {
    const options = await chromium.context.newPage();
    await options.goto(chromium.extensionUrl('options.html'));
    expect(await seriousViolations(options)).toEqual([]);
    const reference = await chromium.context.newPage();
    await reference.goto(chromium.extensionUrl('reference.html'));
    await expect
      .poll(() => reference.getByRole('heading', { level: 1 }).textContent())
      .toBe('HTTP status codes');

    await options.getByRole('radio', { name: '한국어' }).check();
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('설정');
    await expect
      .poll(() => reference.getByRole('heading', { level: 1 }).textContent())
      .toBe('HTTP 상태 코드');
    expect(await seriousViolations(options)).toEqual([]);

    await options.getByRole('radio', { name: /엄격/u }).check();
    await options.getByRole('textbox').fill('https://Example.com/path');
    await options.getByRole('button', { name: '추가' }).click();
    await expect
      .poll(() => options.locator('.sites code').allTextContents())
      .toEqual(['example.com']);

    const popup = await chromium.context.newPage();
    await popup.goto(chromium.extensionUrl('popup.html'));
    expect(await popup.getByRole('combobox').getAttribute('aria-label')).toBe('상태 코드 검색');

    await options.reload();
    expect(await options.getByRole('radio', { name: /엄격/u }).isChecked()).toBe(true);
    for (const page of [options, reference, popup]) await page.close();
  });
});
