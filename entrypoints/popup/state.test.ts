/** The popup's state changes and the lists derived from it. */
import { describe, expect, it } from 'vitest';
import { getStatusCode, STATUS_CODES } from '../../data/index.ts';
import type { StatusCode } from '../../data/types.ts';
import { searchResponse } from '../../components/test-dom.tsx';
import { COMMON_CODES } from '../../utils/search/recent.ts';
import { missingCodes, recentEntries, resultsOf } from './lists.ts';
import {
  effectiveQuery,
  initialState,
  popupReducer,
  type PopupAction,
  type PopupState,
} from './state.ts';
import { popupModel } from './test-model.ts';

const entry = (code: number) => getStatusCode(code) as StatusCode;
const start = (more: Parameters<typeof popupModel>[0] = {}) => initialState(popupModel(more));
const after = (state: PopupState, ...actions: PopupAction[]) => actions.reduce(popupReducer, state);

describe('initialState', () => {
  it('holds what came before the first paint, and opens at the code to explain', () => {
    const state = start({
      data: { recent: [503, 418], entries: [entry(418)], explain: entry(503) },
    });
    expect(state.open).toBe(entry(503));
    expect(state.recent).toEqual([503, 418]);
    expect(state.recentChanged).toBe(false);
    expect([...state.known.keys()]).toEqual([418]);
    expect(state.loading).toBe(false);
  });

  it('is loading while part of the data is on its way', () => {
    expect(start({ later: new Promise(() => {}) }).loading).toBe(true);
  });
});

describe('popupReducer', () => {
  it('brings the data that missed the first paint, keeping a recent list changed meanwhile', () => {
    const state = after(
      start({ later: new Promise(() => {}) }),
      { type: 'open', entry: entry(404) },
      { type: 'back' },
      {
        type: 'loaded',
        data: { recent: [418], entries: [entry(200)], page: null, explain: undefined },
      },
    );
    expect(state.loading).toBe(false);
    expect(state.recent).toEqual([404]);
    expect(state.known.has(200)).toBe(true);
  });

  it.each([
    ['a new query', [{ type: 'query', query: '404' }], 0],
    ['a new filter', [{ type: 'filter', filter: 4 }], 0],
    [
      'spaces where a class filter asks',
      [
        { type: 'filter', filter: 4 },
        { type: 'point', index: 3 },
        { type: 'query', query: ' ' },
      ],
      3,
    ],
  ] as const)(
    '%s: the first result is active again when the search changes',
    (_, actions, expected) => {
      const state = after(start(), { type: 'point', index: 3 }, ...actions);
      expect(state.active).toBe(expected);
    },
  );

  it.each([
    [0, 1, 3, 1],
    [2, 1, 3, 0],
    [0, -1, 3, 2],
    [0, 1, 0, 0],
  ] as const)('from %d, a step of %d in %d results → %d', (from, step, count, expected) => {
    const state = after(start(), { type: 'point', index: from }, { type: 'move', step, count });
    expect(state.active).toBe(expected);
  });

  it.each([
    [3, 0, 10, 0],
    [3, 9, 10, 9],
    [3, 14, 10, 9],
    [3, -4, 10, 0],
    [0, 0, 0, 0],
  ] as const)('from %d, to %d in %d results → %d', (from, index, count, expected) => {
    const state = after(start(), { type: 'point', index: from }, { type: 'select', index, count });
    expect(state.active).toBe(expected);
  });

  it('keeps the active result in view after the keyboard moves it or the search changes, not the pointer', () => {
    expect(start().follow).toBe(false);
    const moved = after(start(), { type: 'move', step: 1, count: 5 });
    expect(moved.follow).toBe(true);
    expect(after(moved, { type: 'point', index: 2 }).follow).toBe(false);
    expect(after(start(), { type: 'select', index: 4, count: 5 }).follow).toBe(true);
    expect(after(start(), { type: 'point', index: 2 }, { type: 'query', query: '5' }).follow).toBe(
      true,
    );
  });

  it('records an opened code as the newest lookup, once, to be stored', () => {
    const state = after(start({ data: { recent: [404, 418] } }), {
      type: 'open',
      entry: entry(418),
    });
    expect(state.open).toBe(entry(418));
    expect(state.recent).toEqual([418, 404]);
    expect(state.recentChanged).toBe(true);
    expect(after(state, { type: 'back' }).open).toBeUndefined();
    expect(after(state, { type: 'clearRecent' }).recent).toEqual([]);
  });

  it('a comparison opens over the detail or the search, and Back leaves it first', () => {
    const fromDetail = after(
      start(),
      { type: 'open', entry: entry(403) },
      {
        type: 'compare',
        codes: [401, 403, 404],
      },
    );
    expect([fromDetail.open?.code, fromDetail.comparing]).toEqual([403, [401, 403, 404]]);
    const back = after(fromDetail, { type: 'back' });
    expect([back.open?.code, back.comparing]).toEqual([403, undefined]);
    expect(after(back, { type: 'back' }).open).toBeUndefined();
    const fromSearch = after(
      start(),
      { type: 'query', query: '401 vs 403' },
      { type: 'waitForAnswer' },
      {
        type: 'compare',
        codes: [401, 403],
      },
    );
    expect([fromSearch.open, fromSearch.enterWaiting]).toEqual([undefined, false]);
    expect(after(fromSearch, { type: 'back' })).toMatchObject({
      query: '401 vs 403',
      comparing: undefined,
    });
  });

  it('Enter waits for the answer; typing again forgets it', () => {
    const waiting = after(start(), { type: 'waitForAnswer' });
    expect(waiting.enterWaiting).toBe(true);
    expect(after(waiting, { type: 'query', query: '40' }).enterWaiting).toBe(false);
    expect(after(waiting, { type: 'answered' }).enterWaiting).toBe(false);
    expect(after(waiting, { type: 'open', entry: entry(404) }).enterWaiting).toBe(false);
  });
});

describe('the lists', () => {
  it.each([
    ['', undefined, ''],
    ['', 4, '4xx'],
    ['  ', 5, '5xx'],
    ['teapot', 4, 'teapot'],
    ['', 'vendor', ''],
  ] as const)('%j with the filter %j asks %j', (query, filter, expected) => {
    expect(effectiveQuery({ query, filter })).toBe(expected);
  });

  it('lists the known common codes when nothing is asked, in their order', () => {
    const state = start({ data: { entries: [entry(404), entry(200), entry(418)] } });
    expect(resultsOf(state, undefined).map((i) => i.entry.code)).toEqual([200, 404]);
  });

  it('lists the recent lookups first, marked as such, then the common codes', () => {
    const state = start({
      data: { recent: [418, 404], entries: [entry(404), entry(200), entry(418)] },
    });
    expect(resultsOf(state, undefined).map((i) => [i.entry.code, i.from])).toEqual([
      [418, 'recent'],
      [404, 'recent'],
      [200, undefined],
      [404, undefined],
    ]);
    // Not in a search, nor under the non-standard filter.
    const searching = after(state, { type: 'query', query: 'teapot' });
    expect(resultsOf(searching, searchResponse('teapot')).every((i) => !i.from)).toBe(true);
  });

  it("lists every non-standard meaning for that filter, and the search's hits in a class", () => {
    const vendor = { ...after(start(), { type: 'filter', filter: 'vendor' }), all: STATUS_CODES };
    const listed = resultsOf(vendor, undefined);
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.every((i) => i.entry.meanings[i.meaning]?.status === 'non-standard')).toBe(true);
    const fives = after(
      start(),
      { type: 'filter', filter: 5 },
      { type: 'query', query: 'gateway' },
    );
    const hits = resultsOf(fives, searchResponse('gateway')).map((i) => i.entry.code);
    expect(hits).toContain(502);
    expect(hits.every((c) => c >= 500 && c < 600)).toBe(true);
  });

  it('codes compared: the row that opens their comparison comes first, not under a class filter', () => {
    const state = after(start(), { type: 'query', query: '401과 403 차이' });
    const list = resultsOf(state, searchResponse('401과 403 차이'));
    expect(list.map((i) => [i.entry.code, i.compare])).toEqual([
      [401, [401, 403]],
      [401, undefined],
      [403, undefined],
    ]);
    const filtered = after(state, { type: 'filter', filter: 4 });
    expect(resultsOf(filtered, searchResponse('401과 403 차이')).some((i) => i.compare)).toBe(
      false,
    );
  });

  it('asks for the popular, recent and page codes it does not know yet', () => {
    const state = start({
      data: {
        recent: [418],
        entries: COMMON_CODES.filter((c) => c !== 404).map(entry),
        page: {
          url: undefined,
          status: 451,
          redirects: [{ status: 308, url: 'https://shop.example/old' }],
          failed: [{ code: 590, count: 1, urls: [] }],
          failedCount: 1,
        },
      },
    });
    expect(missingCodes(state)).toEqual([404, 418, 451, 308, 590]);
    expect(recentEntries(state)).toEqual([]);
  });
});
