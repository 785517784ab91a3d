// @vitest-environment happy-dom
/**
 * The popup's list keys, copy, footer and reading notes: the key handler alone, then the
 * popup in both languages.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStatusCode } from '../../data/index.ts';
import type { Lang, StatusCode } from '../../data/types.ts';
import { LangContext } from '../../components/lang.ts';
import type { ResultItem } from '../../components/ResultList.tsx';
import { memoryApi, renderTarget, settle } from '../../components/test-dom.tsx';
import { PopupApp } from './App.tsx';
import { copyModifier } from './PopupFooter.tsx';
import type { PopupAction } from './state.ts';
import { popupModel } from './test-model.ts';
import { listKeyHandler } from './list-keys.ts';

const item = (code: number): ResultItem => ({
  entry: getStatusCode(code) as StatusCode,
  meaning: 0,
});
const LIST = [500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511, 520].map(item);

const press = (key: string, more: Partial<KeyboardEventInit> & { active?: number } = {}) => {
  const actions: PopupAction[] = [];
  const copied: string[] = [];
  const handler = listKeyHandler({
    state: { active: more.active ?? 2, query: '5xx' },
    dispatch: (a) => actions.push(a),
    list: LIST,
    waiting: false,
    open: () => {},
    copy: (text) => copied.push(text),
    rowsInView: () => 5,
  });
  const input = document.createElement('input');
  input.value = '5xx';
  input.setSelectionRange(3, 3);
  input.addEventListener('keydown', (e) => handler(e));
  const e = new KeyboardEvent('keydown', { key, cancelable: true, ...more });
  input.dispatchEvent(e);
  return { actions, copied, prevented: e.defaultPrevented, input };
};

describe('listKeyHandler', () => {
  it.each([
    ['Home', { type: 'select', index: 0, count: 12 }],
    ['End', { type: 'select', index: 11, count: 12 }],
    // A page is the rows in view less one, so that one row stays in sight.
    ['PageDown', { type: 'select', index: 6, count: 12 }],
    ['PageUp', { type: 'select', index: -2, count: 12 }],
    ['ArrowDown', { type: 'move', step: 1, count: 12 }],
  ])('%s → %j', (key, action) => {
    const pressed = press(key);
    expect(pressed.actions).toEqual([action]);
    expect(pressed.prevented).toBe(true);
  });

  it('leaves Home and End with a modifier to the text box', () => {
    expect(press('Home', { shiftKey: true }).actions).toEqual([]);
    expect(press('End', { shiftKey: true }).prevented).toBe(false);
  });

  it.each([
    ['Ctrl+C', { key: 'c', ctrlKey: true }],
    ['⌘C', { key: 'c', metaKey: true }],
    ['Ctrl+C in the Korean layout', { key: 'ㅊ', code: 'KeyC', ctrlKey: true }],
  ])('%s copies the active result as number and reason phrase', (_, init) => {
    const pressed = press(init.key, { ...init, active: 9 });
    expect(pressed.copied).toEqual(['510 Not Extended']);
    expect(pressed.prevented).toBe(true);
  });

  it('leaves Ctrl+C to the text box when its text is selected, and C alone to typing', () => {
    const handler = listKeyHandler({
      state: { active: 0, query: '5xx' },
      dispatch: () => {},
      list: LIST,
      waiting: false,
      open: () => {},
      copy: () => expect.unreachable('copied'),
    });
    const input = document.createElement('input');
    input.value = '5xx';
    input.setSelectionRange(0, 3);
    input.addEventListener('keydown', (e) => handler(e));
    const e = new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, cancelable: true });
    input.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(press('c').copied).toEqual([]);
  });
});

describe('copyModifier', () => {
  it.each([
    [{ platform: 'MacIntel' }, '⌘'],
    [{ platform: '', userAgentData: { platform: 'macOS' } }, '⌘'],
    [{ platform: 'Win32' }, 'Ctrl'],
    [{ platform: 'Linux x86_64' }, 'Ctrl'],
  ])('%j → %s', (nav, expected) => {
    expect(copyModifier(nav)).toBe(expected);
  });
});

const target = renderTarget();
const show = async (lang: Lang, host?: string) => {
  await act(() =>
    render(
      <LangContext.Provider value={lang}>
        <PopupApp model={popupModel(host ? { host } : {})} api={memoryApi()} />
      </LangContext.Provider>,
      target.el,
    ),
  );
  await settle();
};
const input = () => target.el.querySelector('input[role="combobox"]') as HTMLInputElement;
const type = async (text: string) => {
  await act(() => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
};
const key = async (init: KeyboardEventInit) => {
  await act(() => {
    input().dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  });
  await settle();
};
const hints = () => target.el.querySelector('.key-hints')?.textContent ?? '';
const activeText = () => target.el.querySelector('[aria-selected="true"]')?.textContent ?? '';

describe.each(['en', 'ko'] as const)('the popup in %s', (lang) => {
  const ko = lang === 'ko';
  const writeText = vi.fn<(text: string) => Promise<void>>(async () => {});
  beforeEach(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  it('moves with Home and End, scrolls only for the keyboard, and shows one summary', async () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    await show(lang);
    await type('5xx');
    await key({ key: 'End' });
    const options = target.el.querySelectorAll('[role="option"]');
    expect(options[options.length - 1]?.getAttribute('aria-selected')).toBe('true');
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest' });
    expect(target.el.querySelectorAll('.result-summary')).toHaveLength(1);
    scroll.mockClear();
    await act(() => {
      options[3]?.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    });
    expect(options[3]?.getAttribute('aria-selected')).toBe('true');
    expect(scroll).not.toHaveBeenCalled();
    await key({ key: 'Home' });
    expect(activeText()).toContain('500');
  });

  it('copies the active result with Ctrl+C and says so in the footer', async () => {
    await show(lang);
    await type('too many requests');
    await key({ key: 'c', ctrlKey: true });
    expect(writeText).toHaveBeenCalledWith('429 Too Many Requests');
    expect(target.el.querySelector('[role="status"].announcement')?.textContent).toBe(
      ko ? '복사했습니다: 429 Too Many Requests' : 'Copied: 429 Too Many Requests',
    );
    expect(target.el.querySelector('.key-hints')).toBeNull();
  });

  it('hints the keys, with what Esc does now', async () => {
    await show(lang);
    expect(hints()).toContain(ko ? '이동' : 'Move');
    expect(hints()).toContain(ko ? 'Esc 닫기' : 'Esc Close');
    await type('404');
    expect(hints()).toContain(ko ? 'Esc 지우기' : 'Esc Clear');
  });

  it.each([
    [
      'tjdrhd',
      '200',
      {
        en: 'Showing results for “성공” (typed in the Korean layout)',
        ko: '한글 자판으로 입력한 것으로 보고 “성공” 검색 결과를 보여 줍니다.',
      },
    ],
    [
      'ㅜㅐㅅ ㄹㅐㅕㅜㅇ',
      '404',
      {
        en: 'Showing results for “not found” (typed in the English layout)',
        ko: '영문 자판으로 입력한 것으로 보고 “not found” 검색 결과를 보여 줍니다.',
      },
    ],
    [
      'unathorized',
      '401',
      {
        en: 'Did you mean “unauthorized”? Showing results for it.',
        ko: '오타로 보고 “unauthorized” 검색 결과를 보여 줍니다.',
      },
    ],
  ])('says how %j was read', async (query, code, note) => {
    await show(lang);
    await type(query);
    expect(activeText()).toContain(code);
    expect(target.el.querySelector('.reading-note')?.textContent).toBe(note[lang]);
  });

  it('says nothing of a query read as typed, and finds nothing for zzz', async () => {
    await show(lang);
    await type('not found');
    expect(target.el.querySelector('.reading-note')?.textContent).toBe('');
    await type('zzz');
    expect(target.el.querySelectorAll('[role="option"]')).toHaveLength(0);
    expect(target.el.querySelector('.no-results')?.textContent).toContain('zzz');
  });
});

describe('the highlighting switches', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => fakeBrowser.reset());

  it('keep what was switched when a detail was opened and closed', async () => {
    await show('en', 'example.com');
    const site = () => target.el.querySelector('input[role="switch"]') as HTMLInputElement;
    expect(site().checked).toBe(true);
    await act(() => {
      site().click();
    });
    await settle();
    expect(site().checked).toBe(false);
    await type('404');
    await key({ key: 'Enter' });
    expect(target.el.querySelector('.detail-view')).not.toBeNull();
    await act(() => {
      dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    await settle();
    expect(site().checked).toBe(false);
  });
});
