import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getStatusCode } from '../../data/index.ts';
import { explainSelection, explainTarget, type ExplainDeps } from './explain-menu.ts';
import { EXPLAIN_KEY } from '../popup-start.ts';
import { ReferencePage } from './reference-page.ts';

const known = (code: number) => getStatusCode(code) !== undefined;

describe('explainTarget', () => {
  it.each([
    ['404', 404],
    [' 404\n', 404],
    ['404 Not Found', 404],
    ['HTTP/1.1 503 Service Unavailable', 503],
    ['GET /api 200 12ms', 200],
    ['Request failed with status code 429', 429],
    ['seeing lots of 404s', 404],
    ['404가 뜹니다', 404],
    ['오류 코드 502.', 502],
    ['status: 418', 418],
    // The first known code counts; unknown numbers are passed over.
    ['in 2019 a 299 then a 410 and a 500', 410],
    ['port 8443 gave 502', 502],
  ])('%j → the popup at %i', (selection, code) => {
    expect(explainTarget(selection, known)).toEqual({ kind: 'code', code });
  });

  it.each([
    ['299', '#299'],
    ['Too Many Requests', '?q=Too%20Many%20Requests'],
    ['  너무   많은  ', '?q=%EB%84%88%EB%AC%B4%20%EB%A7%8E%EC%9D%80'],
    ['version 1.404', '?q=version%201.404'],
    ['E404', '?q=E404'],
    ['14040', '?q=14040'],
  ])('%j → the reference page at %s', (selection, target) => {
    const actual = explainTarget(selection, known);
    expect(actual?.kind).toBe('reference');
    if (actual?.kind === 'reference') expect(actual.target).toBe(target);
  });

  it('is nothing for an empty selection', () => {
    expect(explainTarget(' \n\t', known)).toBeUndefined();
  });

  it('searches at most 200 characters, never cutting a character in half', () => {
    const text = `${'a'.repeat(199)}😀 and more`;
    const actual = explainTarget(text, known);
    expect(actual).toEqual({ kind: 'reference', target: `?q=${'a'.repeat(199)}` });
  });

  it.each([
    ['bad \uDC00gateway', '?q=bad%20gateway'],
    ['gateway\uD800', '?q=gateway'],
    ['time\u0001out\uFFFE', '?q=timeout'],
  ])('leaves out lone surrogates and characters XML forbids: %j → %s', (selection, target) => {
    expect(explainTarget(selection, known)).toEqual({ kind: 'reference', target });
  });
});

describe('explainSelection', () => {
  const session = fakeBrowser.storage.session;
  const REFERENCE = 'chrome-extension://id/reference.html';
  let opened: () => (string | undefined)[];
  beforeEach(() => {
    fakeBrowser.reset();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    opened = () => create.mock.calls.map(([props]) => props.url);
  });
  const deps = (openPopup: NonNullable<ExplainDeps['action']['openPopup']> | undefined) => ({
    session,
    action: openPopup ? { openPopup } : {},
    reference: new ReferencePage(fakeBrowser.tabs, REFERENCE),
    now: () => 1234,
  });

  it('leaves the code for the popup and opens it', async () => {
    const openPopup = vi.fn<() => Promise<void>>(async () => undefined);
    await explainSelection('HTTP 503', deps(openPopup));
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await session.get(EXPLAIN_KEY)).toEqual({ [EXPLAIN_KEY]: { code: 503, at: 1234 } });
    expect(opened()).toEqual([]);
  });

  it('asks for the popup before waiting for anything (Firefox needs the click to be current)', () => {
    const openPopup = vi.fn<() => Promise<void>>(async () => undefined);
    void explainSelection('404', deps(openPopup));
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it.each([
    ['rejects', async () => Promise.reject(new Error('no active window'))],
    [
      'throws',
      () => {
        throw new Error('not supported');
      },
    ],
  ])('opens the reference page at the code when openPopup %s', async (_, openPopup) => {
    await explainSelection('404', deps(openPopup));
    expect(opened()).toEqual([`${REFERENCE}#404`]);
    expect(await session.get(EXPLAIN_KEY)).toEqual({});
  });

  it('opens the reference page at the code where there is no openPopup', async () => {
    await explainSelection('502 Bad Gateway', deps(undefined));
    expect(opened()).toEqual([`${REFERENCE}#502`]);
  });

  it('searches text without a code on the reference page', async () => {
    const openPopup = vi.fn<() => Promise<void>>(async () => undefined);
    await explainSelection('rate limit', deps(openPopup));
    expect(openPopup).not.toHaveBeenCalled();
    expect(opened()).toEqual([`${REFERENCE}?q=rate%20limit`]);
  });
});
