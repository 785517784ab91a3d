/**
 * The guidance views for the README, part of `npm run screenshots`: a comparison opened from
 * the popup's search, a code's snippets in the popup, and the guided choice at a result.
 */
import type { ChromiumSession } from '../e2e/harness/chromium.ts';

export async function guideShots(
  session: ChromiumSession,
  lang: 'en' | 'ko',
  name: (what: string) => string,
): Promise<void> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 580 });
  await popup.goto(session.extensionUrl('popup.html'));
  await popup.getByRole('option').first().waitFor();
  await popup.keyboard.type(lang === 'ko' ? '401과 403 차이' : '401 vs 403');
  await popup.locator('.result-compare').waitFor();
  await popup.keyboard.press('Enter');
  await popup.locator('.comparison table').waitFor();
  await popup.screenshot({ path: name('popup-compare') });

  await popup.keyboard.press('Escape');
  await popup.getByRole('combobox').fill('429');
  await popup.waitForFunction(() =>
    document.querySelector('[role="option"]')?.textContent?.startsWith('429'),
  );
  await popup.keyboard.press('Enter');
  const go = popup.getByRole('tab', { name: 'Go', exact: true });
  await go.click();
  await popup.locator('.snippets').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await popup.screenshot({ path: name('popup-snippets') });

  const reference = await session.context.newPage();
  await reference.setViewportSize({ width: 1000, height: 760 });
  await reference.goto(session.extensionUrl('reference.html#choose/client/identity/yes/hide'));
  await reference.locator('.choose').waitFor();
  await reference.waitForTimeout(300);
  await reference.screenshot({ path: name('reference-choose') });
}
