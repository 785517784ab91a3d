// @vitest-environment happy-dom
/** The options page in both languages, and how it reads a site someone types. */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/settings.ts';
import { renderTarget, settle } from '../../components/test-dom.tsx';
import { OptionsApp } from './App.tsx';
import { toHost } from './SitesField.tsx';

const target = renderTarget();
const { show } = target;

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('options save what the user changes', async () => {
    const saved: object[] = [];
    await show(
      lang,
      <OptionsApp
        initial={DEFAULT_SETTINGS}
        save={async (change) => {
          saved.push(change);
          return { ...DEFAULT_SETTINGS, ...change };
        }}
      />,
    );
    expect(target.el.querySelector('h1')?.textContent).toBe(ko ? '설정' : 'Settings');
    const strict = target.el.querySelector('input[value="strict"]') as HTMLInputElement;
    await act(() => strict.click());
    await settle();
    expect(saved).toContainEqual({ sensitivity: 'strict' });
  });
});

describe('toHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['https://Example.com/path?q=1', 'example.com'],
    ['localhost:8080', undefined],
    ['sub.example.co.kr:8443', 'sub.example.co.kr:8443'],
    ['', undefined],
    ['not a host', undefined],
  ])('%j → %j', (input, expected) => {
    expect(toHost(input)).toBe(expected);
  });
});
