import { describe, expect, it, vi } from 'vitest';
import {
  dispatch,
  isContentMessage,
  originOf,
  sendMessage,
  validateMessage,
  type Handlers,
} from './protocol.ts';

type OpenReference = Handlers['openReference'];
type Search = Handlers['search'];

const handlers = (overrides: Partial<Handlers> = {}): Handlers => ({
  search: ({ query }) => ({ parsed: { kind: 'text', text: query }, hits: [] }),
  getCodes: () => [],
  listCodes: () => [],
  describeCodes: () => ({ lang: 'en', linkLabel: '', classNames: [], entries: [] }),
  openReference: () => null,
  tabStatus: () => null,
  ...overrides,
});

describe('validateMessage', () => {
  it.each([
    { type: 'search', data: { query: '404' } },
    { type: 'search', data: { query: '' } },
    { type: 'search', data: { query: 'x'.repeat(200) } },
    { type: 'search', data: { query: '404', limit: 1 } },
    { type: 'search', data: { query: '404', limit: 200 } },
    { type: 'getCodes', data: { codes: [] } },
    { type: 'getCodes', data: { codes: [404, 404, 999] } },
    { type: 'getCodes', data: { codes: Array.from({ length: 1000 }, (_, i) => i) } },
    { type: 'listCodes', data: {} },
    { type: 'listCodes' },
    { type: 'listCodes', data: null },
    { type: 'describeCodes', data: { codes: [404, 503] } },
    { type: 'openReference', data: { code: 0 } },
    { type: 'openReference', data: { code: 404 } },
    { type: 'openReference', data: { code: 999 } },
    { type: 'tabStatus', data: { tabId: 0 } },
    { type: 'tabStatus', data: { tabId: 1234567 } },
  ])('accepts %j', (input) => {
    const actual = validateMessage(input);
    expect(actual.ok).toBe(true);
  });

  it('passes the data on as it came', () => {
    const input = { type: 'search', data: { query: 'not found', limit: 5 } };
    expect(validateMessage(input)).toEqual({ ok: true, message: input });
  });

  it.each([
    undefined,
    null,
    42,
    'search',
    [],
    ['search'],
    {},
    { type: 42 },
    { type: 'delete' },
    { type: 'toString' },
    { type: '__proto__' },
    { type: 'hasOwnProperty' },
  ])('rejects %j as an unknown message type', (input) => {
    expect(validateMessage(input)).toEqual({ ok: false, error: 'unknown message type' });
  });

  it.each([
    ['search', []],
    ['openReference', 'data'],
    ['getCodes', 404],
  ])('%s with data %j → data must be an object', (type, data) => {
    expect(validateMessage({ type, data })).toEqual({ ok: false, error: 'data must be an object' });
  });

  it.each([
    // search: the query.
    ['search', {}],
    ['search', { query: 404 }],
    ['search', { query: null }],
    ['search', { query: 'x'.repeat(201) }],
    // search: the limit.
    ['search', { query: '404', limit: 0 }],
    ['search', { query: '404', limit: 201 }],
    ['search', { query: '404', limit: 1.5 }],
    ['search', { query: '404', limit: -1 }],
    ['search', { query: '404', limit: '5' }],
    ['search', { query: '404', limit: Number.NaN }],
    ['search', { query: '404', limit: null }],
    // getCodes.
    ['getCodes', {}],
    ['getCodes', { codes: 404 }],
    ['getCodes', { codes: '404' }],
    ['getCodes', { codes: { 0: 404, length: 1 } }],
    ['getCodes', { codes: [404, '500'] }],
    ['getCodes', { codes: [404, -1] }],
    ['getCodes', { codes: [1000] }],
    ['getCodes', { codes: Array.from({ length: 1001 }, () => 404) }],
    // describeCodes and openReference.
    ['describeCodes', {}],
    ['describeCodes', { codes: [404, 1000] }],
    ['describeCodes', { codes: Array.from({ length: 1001 }, () => 404) }],
    ['openReference', {}],
    ['openReference', { code: -1 }],
    ['openReference', { code: 1000 }],
    ['openReference', { code: '404' }],
    ['openReference', { code: 404.5 }],
    ['openReference', { code: Number.NaN }],
    // tabStatus.
    ['tabStatus', {}],
    ['tabStatus', { tabId: -1 }],
    ['tabStatus', { tabId: '7' }],
    ['tabStatus', { tabId: 1.5 }],
    ['tabStatus', { tabId: Number.MAX_VALUE }],
  ])('%s rejects %j, naming the message', (type, data) => {
    const actual = validateMessage({ type, data });
    expect(actual.ok).toBe(false);
    if (!actual.ok) expect(actual.error.startsWith(`${type}: `)).toBe(true);
  });
});

describe('dispatch', () => {
  it("answers tabStatus to the extension's pages only: it tells what another tab loaded", async () => {
    const tabStatus = vi.fn<Handlers['tabStatus']>(() => null);
    const message = { type: 'tabStatus', data: { tabId: 3 } };
    expect(await dispatch(handlers({ tabStatus }), message)).toEqual({
      ok: false,
      error: "tabStatus: only the extension's pages may ask",
    });
    expect(tabStatus).not.toHaveBeenCalled();
    const page = { extensionPage: true };
    expect(await dispatch(handlers({ tabStatus }), message, page)).toEqual({
      ok: true,
      value: null,
    });
    expect(tabStatus).toHaveBeenCalledExactlyOnceWith({ tabId: 3 }, page);
  });

  it('answers {ok: true, value} with what the handler returned', async () => {
    const actual = await dispatch(handlers(), { type: 'search', data: { query: 'teapot' } });
    expect(actual).toEqual({
      ok: true,
      value: { parsed: { kind: 'text', text: 'teapot' }, hits: [] },
    });
  });

  it('waits for a handler that answers with a promise', async () => {
    const h = handlers({
      getCodes: async ({ codes }) => Promise.resolve(codes.map(() => ({}) as never)),
    });
    expect(await dispatch(h, { type: 'getCodes', data: { codes: [1, 2] } })).toEqual({
      ok: true,
      value: [{}, {}],
    });
  });

  it('answers null as a value, not as a failure', async () => {
    expect(await dispatch(handlers(), { type: 'openReference', data: { code: 299 } })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('calls only the handler of the message type, with the data and who sent it', async () => {
    const openReference = vi.fn<OpenReference>(() => null);
    const search = vi.fn<Search>(() => ({ parsed: { kind: 'empty' }, hits: [] }));
    const message = { type: 'openReference', data: { code: 404 } };
    await dispatch(handlers({ openReference, search }), message);
    expect(openReference).toHaveBeenCalledExactlyOnceWith({ code: 404 }, { extensionPage: false });
    expect(search).not.toHaveBeenCalled();
  });

  it.each([
    [{ type: 'nope' }, 'unknown message type'],
    [null, 'unknown message type'],
    [
      { type: 'openReference', data: { code: '404' } },
      'openReference: code must be an integer from 0 to 999',
    ],
  ])('answers {ok: false, error} for %j, without calling a handler', async (input, expected) => {
    const openReference = vi.fn<OpenReference>(() => null);
    expect(await dispatch(handlers({ openReference }), input)).toEqual({
      ok: false,
      error: expected,
    });
    expect(openReference).not.toHaveBeenCalled();
  });

  it.each([
    [
      'an Error',
      () => {
        throw new Error('index not ready');
      },
      'openReference: index not ready',
    ],
    [
      'a string',
      () => {
        throw 'boom';
      },
      'openReference: boom',
    ],
    ['a rejected promise', () => Promise.reject(new Error('later')), 'openReference: later'],
  ])(
    'answers {ok: false, error} when the handler throws %s, and never throws itself',
    async (_, openReference, expected) => {
      const message = { type: 'openReference', data: { code: 404 } };
      const actual = dispatch(handlers({ openReference }), message);
      await expect(actual).resolves.toEqual({ ok: false, error: expected });
    },
  );
});

/** A runtime whose background always answers `reply`. */
const runtimeAnswering = (reply: unknown) => ({
  sendMessage: vi.fn<(message: unknown) => Promise<unknown>>(async () => Promise.resolve(reply)),
});

describe('sendMessage', () => {
  it('sends {type, data} and resolves with the value', async () => {
    const runtime = runtimeAnswering({ ok: true, value: [] });
    await expect(sendMessage('getCodes', { codes: [404] }, runtime)).resolves.toEqual([]);
    expect(runtime.sendMessage).toHaveBeenCalledExactlyOnceWith({
      type: 'getCodes',
      data: { codes: [404] },
    });
  });

  it('resolves a null value', async () => {
    await expect(
      sendMessage('openReference', { code: 299 }, runtimeAnswering({ ok: true, value: null })),
    ).resolves.toBeNull();
  });

  it("rejects with the background's reason", async () => {
    const runtime = runtimeAnswering({
      ok: false,
      error: 'openReference: code must be an integer from 0 to 999',
    });
    await expect(sendMessage('openReference', { code: -1 }, runtime)).rejects.toThrow(
      'openReference: code must be an integer from 0 to 999',
    );
  });

  it('rejects when nobody answers', async () => {
    await expect(sendMessage('listCodes', {}, runtimeAnswering(undefined))).rejects.toThrow(
      'listCodes: no answer from the background',
    );
  });

  it('rejects when the runtime itself fails', async () => {
    const runtime = {
      sendMessage: async () => Promise.reject(new Error('Receiving end does not exist.')),
    };
    await expect(sendMessage('listCodes', {}, runtime)).rejects.toThrow(
      'Receiving end does not exist.',
    );
  });

  it('round trip: sendMessage through dispatch', async () => {
    const runtime = { sendMessage: async (message: unknown) => dispatch(handlers(), message) };
    await expect(sendMessage('search', { query: 'x' }, runtime)).resolves.toEqual({
      parsed: { kind: 'text', text: 'x' },
      hits: [],
    });
    await expect(sendMessage('search', { query: 'x'.repeat(201) }, runtime)).rejects.toThrow(
      /^search: query must be/u,
    );
  });
});

describe('originOf', () => {
  const base = 'chrome-extension://abc/';
  const page = { extensionPage: true };
  const stranger = { extensionPage: false };
  it.each([
    [{ url: 'chrome-extension://abc/popup.html?tab=3' }, page],
    [{ url: 'chrome-extension://abc/options.html' }, page],
    // A popup has no tab; an extension page open in a tab is still a page.
    [
      { url: 'chrome-extension://abc/reference.html', tab: { id: 2 }, frameId: 0 },
      { ...page, tabId: 2 },
    ],
    [{ url: 'https://example.com/' }, stranger],
    [{ url: 'chrome-extension://other/popup.html' }, stranger],
    [{}, stranger],
    // A content script, in whatever tab and frame: the tab is told, for limits per tab.
    [
      { url: 'https://example.com/', tab: { id: 5 }, frameId: 2 },
      { ...stranger, tabId: 5 },
    ],
    [{ url: 'https://example.com/', tab: {}, frameId: 0 }, stranger],
  ])('%j → %j', (sender, expected) => {
    expect(originOf(sender as Parameters<typeof originOf>[0], base)).toStrictEqual(expected);
  });
});

describe('isContentMessage', () => {
  it('accepts nextCode', () => {
    expect(isContentMessage({ type: 'nextCode' })).toBe(true);
  });

  it.each([undefined, null, 'nextCode', [], {}, { type: 'search' }, { type: 'NextCode' }])(
    'rejects %j',
    (input) => {
      expect(isContentMessage(input)).toBe(false);
    },
  );
});
