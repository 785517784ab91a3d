// @vitest-environment happy-dom
/**
 * The "on the wire and in code" section: ARIA tabs driven by the keyboard (arrows going round,
 * Home/End, roving tabindex), the copy button that copies exactly the snippet shown, the note,
 * the framework remembered from one detail to the next, and where the section appears at all.
 */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { getStatusCode } from '../data/index.ts';
import { SNIPPETS } from '../data/guide/snippets.ts';
import type { StatusCode } from '../data/types.ts';
import { CodeDetail, MeaningDetail } from './CodeDetail.tsx';
import { CodeSnippets } from './CodeSnippets.tsx';
import { recordClipboard, renderTarget, settle } from './test-dom.tsx';

const target = renderTarget();
const clipboard = recordClipboard();
const $$ = (selector: string) => [...target.el.querySelectorAll<HTMLElement>(selector)];
const tabs = () => $$('[role="tab"]');
const selected = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true');
const snippetOf = (code: number, t: keyof (typeof SNIPPETS)[number]['snippets']) =>
  SNIPPETS.find((s) => s.code === code)?.snippets[t];

async function showSnippets(lang: 'en' | 'ko', code: number): Promise<void> {
  await target.show(lang, <CodeSnippets code={code} />);
  await vi.waitFor(() => expect(tabs().length).toBe(8));
}

async function press(key: string): Promise<void> {
  const el = document.activeElement as HTMLElement;
  await act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('names the section, its tablist and each tab, one of them selected and in the tab order', async () => {
    await showSnippets(lang, 429);
    expect(target.el.querySelector('h3')?.textContent).toBe(
      ko ? '응답 원문과 프레임워크별 코드' : 'On the wire and in code',
    );
    const list = target.el.querySelector('[role="tablist"]') as HTMLElement;
    expect(document.getElementById(list.getAttribute('aria-labelledby') ?? '')?.tagName).toBe('H3');
    await act(() => tabs()[0]?.click());
    expect(tabs().map((t) => t.textContent)).toEqual([
      ko ? '응답 원문' : 'Raw response',
      'Express',
      'Spring',
      'Django',
      'FastAPI',
      'Go',
      'ASP.NET',
      'nginx',
    ]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1]);
    const panel = target.el.querySelector('[role="tabpanel"]') as HTMLElement;
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs()[0]?.id);
    expect(tabs()[0]?.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.textContent).toBe(snippetOf(429, 'wire')?.lines.join('\n'));
  });

  it('moves and selects with the arrow keys (going round), Home and End', async () => {
    await showSnippets(lang, 429);
    await act(() => tabs()[0]?.click());
    tabs()[0]?.focus();
    const steps: [string, string][] = [
      ['ArrowLeft', 'nginx'],
      ['ArrowRight', ko ? '응답 원문' : 'Raw response'],
      ['ArrowRight', 'Express'],
      ['End', 'nginx'],
      ['Home', ko ? '응답 원문' : 'Raw response'],
    ];
    for (const [key, name] of steps) {
      await press(key);
      expect(selected()?.textContent, key).toBe(name);
      expect(document.activeElement, key).toBe(selected());
      expect(
        tabs().filter((t) => t.tabIndex === 0),
        key,
      ).toEqual([selected()]);
    }
    // Other keys are left alone: Tab still leaves the tablist.
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    selected()?.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('copies exactly the snippet shown, named after its framework', async () => {
    await showSnippets(lang, 429);
    await act(() => tabs()[5]?.click());
    const copy = target.el.querySelector('.snippet-after button') as HTMLElement;
    expect(copy.getAttribute('aria-label')).toBe(ko ? 'Go 코드 복사' : 'Copy Go code');
    await act(() => copy.click());
    await settle();
    expect(clipboard).toEqual([snippetOf(429, 'go')?.lines.join('\n')]);
    expect(target.el.querySelector('.snippet-after [role="status"]')?.textContent).toBe(
      ko ? '복사했습니다: Go 코드' : 'Copied: Go code',
    );
  });

  it('shows the note of the snippet in the page’s language', async () => {
    await showSnippets(lang, 429);
    await act(() => tabs()[7]?.click());
    expect(target.el.querySelector('.snippet-note')?.textContent).toBe(
      snippetOf(429, 'nginx')?.note?.[lang],
    );
    await act(() => tabs()[5]?.click());
    expect(target.el.querySelector('.snippet-note')).toBeNull();
  });
});

it('opens the next detail on the framework chosen last', async () => {
  await showSnippets('en', 429);
  await act(() => tabs()[2]?.click());
  await target.show('en', null);
  await showSnippets('en', 301);
  expect(selected()?.textContent).toBe('Spring');
  expect(target.el.querySelector('[role="tabpanel"]')?.textContent).toBe(
    snippetOf(301, 'spring')?.lines.join('\n'),
  );
});

const entry = (n: number) => getStatusCode(n) as StatusCode;

it('appears once in the detail of a common code, after the headers, and only there', async () => {
  await target.show('en', <CodeDetail entry={entry(429)} />);
  await vi.waitFor(() => expect($$('.snippets')).toHaveLength(1));
  const headings = $$('.detail-section h3').map((h) => h.textContent);
  expect(headings.indexOf('On the wire and in code')).toBe(headings.indexOf('Related headers') + 1);
  await target.show('en', <CodeDetail entry={entry(404)} />);
  await vi.waitFor(() => expect($$('.snippets')).toHaveLength(1));
  // A vendor's meaning of a number never gets the registered code's snippets.
  const vendorUse = { ...entry(429).meanings[0], status: 'non-standard', vendor: 'nginx' } as const;
  await target.show('en', <MeaningDetail meaning={vendorUse} />);
  await settle();
  expect($$('.snippets')).toHaveLength(0);
  for (const n of [418, 499]) {
    await target.show('en', <CodeDetail entry={entry(n)} />);
    await settle();
    expect($$('.snippets'), `${n}`).toHaveLength(0);
  }
});
