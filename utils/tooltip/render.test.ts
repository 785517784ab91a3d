// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { TooltipEntry } from '../protocol.ts';
import { render, type TooltipContent } from './render.ts';

const entry413 = (lang: 'en' | 'ko', former = true): TooltipEntry => ({
  code: 413,
  meanings: [
    {
      name: lang === 'ko' ? '요청 본문이 너무 큼' : 'Content Too Large',
      phrase: 'Content Too Large',
      summary:
        lang === 'ko' ? '요청 본문이 서버가 받는 크기보다 큽니다.' : 'The body is too large.',
      tag: lang === 'ko' ? '등록됨' : 'Registered',
      ...(former && {
        formerly: {
          label: lang === 'ko' ? '이전 이름' : 'Formerly',
          phrases: ['Payload Too Large', 'Request Entity Too Large'],
        },
      }),
    },
  ],
});
const content = (lang: 'en' | 'ko', more: Partial<TooltipContent> = {}): TooltipContent => ({
  entry: entry413(lang),
  linkLabel: lang === 'ko' ? '자세히' : 'More',
  lang,
  ...more,
});
const rendered = (c: TooltipContent) => {
  const box = document.createElement('div');
  render(box, c, { openReference: vi.fn<(code: number) => void>() });
  return box;
};

describe('render', () => {
  it('names the former names under a label, as English', () => {
    for (const lang of ['en', 'ko'] as const) {
      const former = rendered(content(lang)).querySelector('.former');
      expect(former?.textContent).toBe(
        `${lang === 'ko' ? '이전 이름' : 'Formerly'} Payload Too Large · Request Entity Too Large`,
      );
      expect(former?.querySelector('[lang="en"]')?.textContent).toMatch(/^Payload/);
    }
  });

  it('has no former line for a code that never had another name', () => {
    const box = rendered(content('en', { entry: entry413('en', false) }));
    expect(box.querySelector('.former')).toBeNull();
  });

  it('sets the language of its text on its root, and marks the English phrase in Korean', () => {
    const box = rendered(content('ko'));
    expect(box.lang).toBe('ko');
    expect(box.querySelector('.phrase')?.getAttribute('lang')).toBe('en');
    expect(rendered(content('en')).lang).toBe('en');
  });

  it('says where the keyboard stands while stepping, and nothing otherwise', () => {
    const stepping = rendered(content('en', { position: { at: 3, of: 13 } }));
    expect(stepping.querySelector('.foot .pos')?.textContent).toBe('3 / 13');
    expect(rendered(content('en')).querySelector('.pos')).toBeNull();
  });

  it('gives a class mention no link', () => {
    const box = rendered({
      classLabel: { token: '5xx', name: 'Server error' },
      linkLabel: 'More',
      lang: 'en',
    });
    expect(box.textContent).toBe('5xxServer error');
    expect(box.querySelector('a')).toBeNull();
  });
});
