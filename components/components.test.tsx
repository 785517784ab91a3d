// @vitest-environment happy-dom
/**
 * Shared components rendered in both languages (the page roots are tested beside their
 * entrypoints, in `entrypoints/<page>/App.test.tsx`).
 */
import { describe, expect, it } from 'vitest';
import { getStatusCode } from '../data/index.ts';
import type { StatusCode } from '../data/types.ts';
import { CodeDetail } from './CodeDetail.tsx';
import { renderTarget } from './test-dom.tsx';

const target = renderTarget();

const { show } = target;
const code = (n: number) => getStatusCode(n) as StatusCode;

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('the detail explains a code with causes, fixes, headers and links', async () => {
    await show(lang, <CodeDetail entry={code(429)} />);
    const text = target.el.textContent ?? '';
    expect(target.el.querySelector('h2')?.textContent).toBe(
      ko ? '요청이 너무 많음' : 'Too Many Requests',
    );
    expect(text).toContain(ko ? '흔한 원인' : 'Common causes');
    expect(text).toContain(ko ? '서버를 운영하는 쪽이라면' : 'If you run the server');
    expect(text).toContain('Retry-After');
    expect(text).toContain('RFC 6585 §4');
    expect(target.el.querySelector('a[href*="developer.mozilla.org"]')).not.toBeNull();
  });

  it('shows every meaning of a shared number, the registered one first', async () => {
    await show(lang, <CodeDetail entry={code(451)} />);
    const names = [...target.el.querySelectorAll('h2')].map((h) => h.textContent);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe(ko ? '법적 사유로 이용할 수 없음' : 'Unavailable For Legal Reasons');
    expect(target.el.textContent).toContain(
      ko ? '비표준: Microsoft IIS' : 'Non-standard: Microsoft IIS',
    );
  });
});
