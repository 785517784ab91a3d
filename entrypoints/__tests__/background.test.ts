import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStatusCode } from '../../data/index.ts';
import type { Disposition, Suggestion } from '../../utils/omnibox.ts';
import { SETTINGS_KEY } from '../../utils/settings.ts';
import background from '../background.ts';

/**
 * fakeBrowser implements runtime, storage and tabs but not `i18n.getUILanguage`, `omnibox` or
 * `commands` (they throw "not implemented"), so those are stubbed here: the UI language is
 * fixed, the omnibox listeners are captured so the test can type into the address bar, and
 * the keyboard-command listener is accepted and ignored.
 */
interface CapturedOmnibox {
  inputChanged?: (text: string, suggest: (s: Suggestion[]) => void) => void;
  inputEntered?: (text: string, disposition: Disposition) => void;
  defaultSuggestion?: string;
}

function stubMissingApis(uiLanguage: string): CapturedOmnibox {
  const captured: CapturedOmnibox = {};
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  const { omnibox } = fakeBrowser;
  vi.spyOn(omnibox, 'setDefaultSuggestion').mockImplementation((s) => {
    captured.defaultSuggestion = s.description;
  });
  vi.spyOn(omnibox.onInputStarted, 'addListener').mockImplementation(() => {});
  vi.spyOn(omnibox.onInputChanged, 'addListener').mockImplementation((cb) => {
    captured.inputChanged = cb;
  });
  vi.spyOn(omnibox.onInputEntered, 'addListener').mockImplementation((cb) => {
    captured.inputEntered = cb as NonNullable<CapturedOmnibox['inputEntered']>;
  });
  return captured;
}

/** Lets the background's unawaited settings read finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function suggestionsFor(omnibox: CapturedOmnibox, text: string): Suggestion[] {
  let lines: Suggestion[] = [];
  omnibox.inputChanged?.(text, (s) => {
    lines = s;
  });
  return lines;
}

describe('background entrypoint', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers a search message with an envelope holding the hits and their entries', async () => {
    stubMissingApis('en-US');
    background.main?.();

    const actual = await fakeBrowser.runtime.sendMessage({
      type: 'search',
      data: { query: '404' },
    });

    expect(actual).toEqual({
      ok: true,
      value: {
        parsed: { kind: 'code', code: 404 },
        hits: [{ code: 404, meaning: 0, score: 1, entry: getStatusCode(404) }],
      },
    });
  });

  it.each([
    [
      { type: 'search', data: { query: 404 } },
      'search: query must be a string of at most 200 characters',
    ],
    [{ type: 'drop tables' }, 'unknown message type'],
  ])('refuses %j with an error envelope', async (input, expected) => {
    stubMissingApis('en-US');
    background.main?.();
    expect(await fakeBrowser.runtime.sendMessage(input)).toEqual({ ok: false, error: expected });
  });

  it('answers getCodes for a page', async () => {
    stubMissingApis('en-US');
    background.main?.();
    const actual = (await fakeBrowser.runtime.sendMessage({
      type: 'getCodes',
      data: { codes: [404, 999, 404] },
    })) as {
      ok: boolean;
      value: { code: number }[];
    };
    expect(actual.ok).toBe(true);
    expect(actual.value.map((c) => c.code)).toEqual([404]);
  });

  it('openReference opens the reference page at the code in a new tab', async () => {
    stubMissingApis('en-US');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main?.();
    expect(
      await fakeBrowser.runtime.sendMessage({ type: 'openReference', data: { code: 429 } }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(create).toHaveBeenCalledExactlyOnceWith({
      url: fakeBrowser.runtime.getURL('/reference.html#429'),
      active: true,
    });
  });

  it('describeCodes answers in the language of the stored settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'ko' } });
    stubMissingApis('en-US');
    background.main?.();
    await settle();
    const actual = (await fakeBrowser.runtime.sendMessage({
      type: 'describeCodes',
      data: { codes: [404] },
    })) as {
      ok: boolean;
      value: { lang: string; entries: { code: number }[] };
    };
    expect(actual.ok).toBe(true);
    expect(actual.value.lang).toBe('ko');
    expect(actual.value.entries.map((e) => e.code)).toEqual([404]);
  });

  it('omnibox: suggests in the browser language, then in the language the settings choose', async () => {
    const omnibox = stubMissingApis('en-US');
    background.main?.();
    await settle();
    expect(suggestionsFor(omnibox, 'http 404')[0]?.content).toBe('404 Not Found');
    expect(suggestionsFor(omnibox, '404')[0]?.description).not.toContain('찾을 수 없음');

    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'ko' } });
    expect(suggestionsFor(omnibox, '404')[0]?.description).toContain('찾을 수 없음');
  });

  it('omnibox: a stored language setting is used once read', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'ko' } });
    const omnibox = stubMissingApis('en-US');
    background.main?.();
    await settle();
    expect(suggestionsFor(omnibox, '404')[0]?.description).toContain('찾을 수 없음');
  });

  it('omnibox: Enter opens the reference page at the code', async () => {
    const omnibox = stubMissingApis('en-US');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main?.();
    omnibox.inputEntered?.('http 404', 'newForegroundTab');
    expect(create).toHaveBeenCalledExactlyOnceWith({
      url: fakeBrowser.runtime.getURL('/reference.html#404'),
      active: true,
    });
  });
});
