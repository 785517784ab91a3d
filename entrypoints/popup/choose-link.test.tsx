// @vitest-environment happy-dom
/** The popup's footer reaches the guided choice on the reference page, in a new tab. */
import { describe, expect, it } from 'vitest';
import { renderTarget } from '../../components/test-dom.tsx';
import { DEFAULT_SETTINGS } from '../../utils/settings.ts';
import { PopupFooter } from './PopupFooter.tsx';

const target = renderTarget();

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  it('links to reference.html#choose, opening a tab', async () => {
    await target.show(
      lang,
      <PopupFooter
        settings={DEFAULT_SETTINGS}
        update={() => undefined}
        host={undefined}
        clears={false}
        announcement=""
        modifier="Ctrl"
      />,
    );
    const link = target.el.querySelector('a[href="/reference.html#choose"]');
    expect(link?.textContent).toBe(lang === 'ko' ? '코드 고르기' : 'Which code?');
    expect(link?.getAttribute('title')).toBe(
      lang === 'ko' ? '어떤 상태 코드로 응답해야 할까요?' : 'Which status code should I return?',
    );
    expect(link?.getAttribute('target')).toBe('_blank');
  });
});
