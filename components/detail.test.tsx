// @vitest-environment happy-dom
/**
 * The detail's inline code, header links, copy actions and several-meanings notice, in both
 * languages.
 */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { getStatusCode, STATUS_CODES } from '../data/index.ts';
import type { StatusCode } from '../data/types.ts';
import { CodeDetail } from './CodeDetail.tsx';
import { markdownLink } from './CopyActions.tsx';
import { recordClipboard, renderTarget, settle } from './test-dom.tsx';

const target = renderTarget();
const { show } = target;
const code = (n: number) => getStatusCode(n) as StatusCode;
const $ = (selector: string) => target.el.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...target.el.querySelectorAll<HTMLElement>(selector)];

const clipboard = recordClipboard();

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('shows no Markdown backtick in the detail of any code', async () => {
    await show(
      lang,
      <>
        {STATUS_CODES.map((entry) => (
          <CodeDetail key={entry.code} entry={entry} />
        ))}
      </>,
    );
    expect($$('.meaning')).toHaveLength(STATUS_CODES.flatMap((e) => e.meanings).length);
    expect(target.el.textContent).not.toContain('`');
    expect($$('code').length).toBeGreaterThan(100);
  });

  it('renders inline code as <code> and header names as links to MDN', async () => {
    await show(lang, <CodeDetail entry={code(404)} />);
    expect($$('code').map((c) => c.textContent)).toContain('try_files $uri /index.html');
    await show(lang, <CodeDetail entry={code(429)} />);
    const links = $$('a.header-link').filter((a) => a.textContent === 'Retry-After');
    // In the text and in the list of related headers.
    expect(links.length).toBeGreaterThan(1);
    expect(links[0]?.getAttribute('href')).toBe(
      `https://developer.mozilla.org/${ko ? 'ko' : 'en-US'}/docs/Web/HTTP/Reference/Headers/Retry-After`,
    );
    expect(links[0]?.querySelector('code')).not.toBeNull();
  });

  it('copies the number, the English phrase, the Korean name and a Markdown link', async () => {
    await show(lang, <CodeDetail entry={code(429)} />);
    const group = $('[role="group"].copy-actions') as HTMLElement;
    expect(group.getAttribute('aria-label')).toBe(ko ? '복사' : 'Copy');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(
      ko
        ? ['429 복사', 'Too Many Requests 복사', '요청이 너무 많음 복사', '마크다운 링크 복사']
        : ['Copy 429', 'Copy Too Many Requests', 'Copy 요청이 너무 많음', 'Copy Markdown link'],
    );
    for (const b of buttons) await act(() => b.click());
    await settle();
    expect(clipboard).toEqual([
      '429',
      'Too Many Requests',
      '요청이 너무 많음',
      '[429 Too Many Requests](https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429)',
    ]);
  });

  it('says "Copied" in the same cell as the label, and announces what it copied', async () => {
    await show(lang, <CodeDetail entry={code(404)} />);
    const button = $('.copy-actions button') as HTMLElement;
    const status = button.nextElementSibling as HTMLElement;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');
    await act(() => button.click());
    await settle();
    const [label, done] = [...button.querySelectorAll('.copy-labels > span')];
    // Both stay in the layout; only visibility changes, so the width cannot.
    expect(label?.className).toBe('off');
    expect(done?.className).toBe('');
    expect(done?.textContent).toBe(ko ? '복사됨' : 'Copied');
    expect(status.textContent).toBe(ko ? '복사했습니다: 404' : 'Copied: 404');
    // The name starts with what the button now shows.
    expect(button.getAttribute('aria-label')?.startsWith(done?.textContent ?? '?')).toBe(true);
    await vi.waitFor(
      () => {
        expect(label?.className).toBe('');
        expect(status.textContent).toBe('');
      },
      { timeout: 3000 },
    );
  });

  it('says so when the browser refuses the clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await show(lang, <CodeDetail entry={code(404)} />);
    const button = $('.copy-actions button') as HTMLElement;
    await act(() => button.click());
    await settle();
    expect(button.nextElementSibling?.textContent).toContain(
      ko ? '복사하지 못했습니다' : 'Could not copy',
    );
    expect(button.querySelector('.off')?.textContent).toBe(ko ? '복사됨' : 'Copied');
  });

  it('words the notice from the data when no meaning is registered', async () => {
    await show(lang, <CodeDetail entry={code(499)} />);
    expect($('.several p')?.textContent).toBe(
      ko
        ? '499는 등록된 코드가 아닙니다. nginx 및 Esri ArcGIS에서 저마다 다른 뜻으로 씁니다.'
        : '499 is not a registered code: nginx and Esri ArcGIS each use it with a meaning of their own.',
    );
    expect($('.several')?.textContent).not.toMatch(/registered one|등록된 의미를 먼저/u);
  });

  it('words the notice from the data when the registered meaning comes first', async () => {
    await show(lang, <CodeDetail entry={code(451)} />);
    expect($('.several p')?.textContent).toBe(
      ko
        ? '451에는 의미가 2가지 있습니다. 등록된 의미를 먼저, 이어서 Microsoft IIS의 비표준 용법을 보여 줍니다.'
        : '451 has 2 meanings: the registered one first, then the non-standard use by Microsoft IIS.',
    );
    expect($$('.meaning-jumps a').map((a) => a.textContent)).toEqual(
      ko ? ['등록된 의미', 'Microsoft IIS'] : ['Registered meaning', 'Microsoft IIS'],
    );
  });

  it.each([499, 420, 530, 103, 451])(
    '%i: each jump link moves focus to its meaning’s heading',
    async (n) => {
      await show(lang, <CodeDetail entry={code(n)} />);
      const nav = $('nav.meaning-jumps') as HTMLElement;
      expect(nav.getAttribute('aria-label')).toBe(ko ? `${n}의 의미` : `Meanings of ${n}`);
      const links = [...nav.querySelectorAll('a')];
      const headings = $$('h2.meaning-name');
      expect(links).toHaveLength(headings.length);
      for (const [i, link] of links.entries()) {
        await act(() => link.click());
        expect(document.activeElement).toBe(headings[i]);
        expect(link.getAttribute('href')).toBe(`#${headings[i]?.id}`);
      }
    },
  );

  it('gives a single meaning neither a notice nor focusable headings', async () => {
    await show(lang, <CodeDetail entry={code(404)} />);
    expect($('.several')).toBeNull();
    expect($('h2')?.hasAttribute('tabindex')).toBe(false);
  });
});

it('links a Markdown copy to MDN, or to the spec where MDN has no page', () => {
  expect(markdownLink(code(429).meanings[0])).toBe(
    '[429 Too Many Requests](https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/429)',
  );
  const nginx = code(499).meanings[0];
  expect(markdownLink(nginx)).toBe(`[499 Client Closed Request](${nginx.spec.url})`);
});
