import { describe, expect, it, vi } from 'vitest';
import { ReferencePage } from './reference-page.ts';

const URL_BASE = 'chrome-extension://abc/reference.html';

/** A reference page over fake tabs and a clock the test moves. */
function setUp() {
  let now = 0;
  let nextId = 100;
  const closed = new Set<number>();
  const tabs = {
    create: vi.fn<(p: { url: string }) => Promise<{ id: number; url: string }>>(
      async ({ url }) => ({
        id: nextId++,
        url,
      }),
    ),
    // `update(props)` changes the current tab, `update(id, props)` the tab told.
    update: vi.fn<(id: number | object, props?: object) => Promise<object>>(async (id, props) =>
      typeof id === 'number' && closed.has(id)
        ? Promise.reject(new Error('No tab with id'))
        : { id, ...props },
    ),
  };
  const page = new ReferencePage(tabs as never, URL_BASE, () => now);
  return {
    page,
    tabs,
    close: (id: number) => closed.add(id),
    at: (ms: number) => {
      now = ms;
    },
  };
}

describe('ReferencePage.open', () => {
  it('opens a new tab in front, behind, or in the current tab', async () => {
    const { page, tabs } = setUp();
    await page.open('#404');
    await page.open('?q=gateway', { kind: 'create', active: false });
    await page.open('', { kind: 'update' });
    expect(tabs.create.mock.calls).toEqual([
      [{ url: `${URL_BASE}#404`, active: true }],
      [{ url: `${URL_BASE}?q=gateway`, active: false }],
    ]);
    expect(tabs.update).toHaveBeenCalledExactlyOnceWith({ url: URL_BASE });
  });
});

describe("ReferencePage.openFor: a page's requests, limited per tab", () => {
  it('drops a request within a second of the last one of the same tab', async () => {
    const { page, tabs, at } = setUp();
    for (const [ms, code] of [
      [0, 400],
      [10, 401],
      [999, 402],
    ] as const) {
      at(ms);
      await page.openFor(7, `#${code}`);
    }
    expect(tabs.create).toHaveBeenCalledExactlyOnceWith({ url: `${URL_BASE}#400`, active: true });
  });

  it('limits each tab on its own', async () => {
    const { page, tabs } = setUp();
    await page.openFor(7, '#400');
    await page.openFor(8, '#500');
    expect(tabs.create).toHaveBeenCalledTimes(2);
  });

  it('opens three tabs a minute, then brings the last one back at the new code', async () => {
    const { page, tabs, at } = setUp();
    for (const [ms, code] of [
      [0, 400],
      [1000, 401],
      [2000, 402],
      [3000, 403],
      [4000, 404],
    ] as const) {
      at(ms);
      await page.openFor(7, `#${code}`);
    }
    expect(tabs.create.mock.calls.map(([p]) => p.url)).toEqual(
      [400, 401, 402].map((c) => `${URL_BASE}#${c}`),
    );
    expect(tabs.update.mock.calls).toEqual([
      [102, { url: `${URL_BASE}#403`, active: true }],
      [102, { url: `${URL_BASE}#404`, active: true }],
    ]);
  });

  it('opens a new tab when the last one was closed, and again freely after a minute', async () => {
    const { page, tabs, at, close } = setUp();
    for (const ms of [0, 1000, 2000]) {
      at(ms);
      await page.openFor(7, '#400');
    }
    close(102);
    at(3000);
    await page.openFor(7, '#429');
    expect(tabs.create).toHaveBeenLastCalledWith({ url: `${URL_BASE}#429`, active: true });
    at(63_001);
    await page.openFor(7, '#500');
    expect(tabs.create).toHaveBeenCalledTimes(5);
    expect(tabs.create).toHaveBeenLastCalledWith({ url: `${URL_BASE}#500`, active: true });
  });
});
