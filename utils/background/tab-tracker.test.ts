import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RequestDetails } from './tab-events.ts';
import { listenToTabs, type TabEventSources } from './tab-listeners.ts';
import { TAB_STATUS_KEY, TabTracker, type TabTrackerDeps } from './tab-tracker.ts';

type Listener = (details: RequestDetails) => void;
/** A `webRequest` event (fakeBrowser has none): listeners kept in a set, fired by hand. */
const fakeRequestEvent = () => {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    fire: (details: RequestDetails) => listeners.forEach((listener) => listener(details)),
  };
};

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const newEvents = () => ({
  onBeforeRequest: fakeRequestEvent(),
  onBeforeRedirect: fakeRequestEvent(),
  onResponseStarted: fakeRequestEvent(),
  onCompleted: fakeRequestEvent(),
  onErrorOccurred: fakeRequestEvent(),
});
const page = (tabId: number, statusCode: number): RequestDetails => ({
  requestId: `r${tabId}`,
  tabId,
  frameId: 0,
  type: 'main_frame',
  url: 'https://shop.example/',
  statusCode,
});

describe('TabTracker and its listeners', () => {
  let events: ReturnType<typeof newEvents>;
  let controller: AbortController;
  let tracker: TabTracker;
  beforeEach(async () => {
    fakeBrowser.reset();
    events = newEvents();
    const webRequest = events as unknown as TabEventSources['webRequest'];
    controller = new AbortController();
    const deps = {
      action: fakeBrowser.action,
      session: fakeBrowser.storage.session,
      tabs: fakeBrowser.tabs,
      settings: { badge: 'always' as const },
    };
    tracker = new TabTracker(deps, controller.signal);
    // fakeBrowser has no tabs.onReplaced, which the listeners do without.
    const { onCreated, onUpdated, onRemoved } = fakeBrowser.tabs;
    const tabs = { onCreated, onUpdated, onRemoved };
    listenToTabs(tracker, { webRequest, tabs }, controller.signal);
    await settle();
  });

  afterEach(() => {
    controller.abort();
  });

  it('records a page, paints its badge and mirrors the record to storage.session', async () => {
    events.onResponseStarted.fire(page(3, 404));
    expect(tracker.get(3)?.status).toBe(404);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('404');
    await settle(300);
    expect((await fakeBrowser.storage.session.get(TAB_STATUS_KEY))[TAB_STATUS_KEY]).toBeDefined();
  });

  it('keeps nothing of a tab of an incognito window', async () => {
    // fakeBrowser's events take whole tabs; these hold what the listeners read.
    await fakeBrowser.tabs.onCreated.trigger({ id: 5, incognito: true } as never);
    events.onResponseStarted.fire(page(5, 404));
    events.onResponseStarted.fire(page(6, 404));
    // A tab of another incognito window, known only once it changes.
    events.onResponseStarted.fire(page(7, 404));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, {
      id: 7,
      incognito: true,
    } as never);
    await settle(300);
    expect(tracker.get(5)).toBeUndefined();
    expect(tracker.get(7)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    const saved = (await fakeBrowser.storage.session.get(TAB_STATUS_KEY))[TAB_STATUS_KEY];
    expect((saved as { tabs: [number][] }).tabs.map(([id]) => id)).toEqual([6]);
  });

  it('stops listening and saving with one abort', async () => {
    events.onResponseStarted.fire(page(3, 404));
    controller.abort();
    await settle(300);
    expect(await fakeBrowser.storage.session.get(TAB_STATUS_KEY)).toEqual({});
    for (const event of Object.values(events)) expect(event.listeners.size).toBe(0);
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(false);
    expect(fakeBrowser.tabs.onCreated.hasListeners()).toBe(false);
  });
});

// A worker started again over what an earlier one mirrored.
const saved = (id: number) => [id, { current: { status: 404, url: 'https://shop.example/' } }];
const start = async (stored: unknown, open: number[]) => {
  fakeBrowser.reset();
  await fakeBrowser.storage.session.set({ [TAB_STATUS_KEY]: stored });
  const deps = {
    action: fakeBrowser.action,
    session: fakeBrowser.storage.session,
    tabs: { query: async () => open.map((id) => ({ id })) } as unknown as TabTrackerDeps['tabs'],
    settings: { badge: 'always' as const },
  };
  const controller = new AbortController();
  const tracker = new TabTracker(deps, controller.signal);
  return { tracker, stop: () => controller.abort() };
};
const mirrored = async () =>
  (
    (await fakeBrowser.storage.session.get(TAB_STATUS_KEY))[TAB_STATUS_KEY] as {
      tabs: [number, unknown][];
    }
  ).tabs.map(([id]) => id);

describe('TabTracker after a restart', () => {
  it('takes back the open tabs, and drops the closed ones from the mirror too', async () => {
    const { tracker, stop } = await start({ version: 1, tabs: [saved(3), saved(4)] }, [4]);
    // The close that woke the worker arrives while the record is read back.
    tracker.apply({ kind: 'removed', tabId: 3 });
    await settle(300);
    expect(tracker.get(4)?.status).toBe(404);
    expect(tracker.get(3)).toBeUndefined();
    expect(await mirrored()).toEqual([4]);
    stop();
  });

  it('saves again with the oldest tabs left out when the browser refuses a save', async () => {
    const kept: { tabs: [number, unknown][] }[] = [];
    // A quota of 10 000 characters: storage.session's, only smaller.
    const session = {
      get: async () => ({}),
      set: async (items: Record<string, unknown>) => {
        if (JSON.stringify(items).length > 10_000) throw new Error('quota bytes exceeded');
        kept.push(items[TAB_STATUS_KEY] as { tabs: [number, unknown][] });
      },
    };
    const deps = {
      action: fakeBrowser.action,
      session,
      tabs: { query: async () => [] } as unknown as TabTrackerDeps['tabs'],
      settings: { badge: 'always' as const },
    };
    const controller = new AbortController();
    const tracker = new TabTracker(deps, controller.signal);
    const url = `https://shop.example/${'p'.repeat(400)}`;
    for (let tab = 1; tab <= 40; tab++)
      tracker.apply({ kind: 'response', details: { ...page(tab, 404), url } });
    await settle(300);
    const ids = kept.at(-1)?.tabs.map(([id]) => id) ?? [];
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.length).toBeLessThan(40);
    expect(ids.at(-1)).toBe(40);
    controller.abort();
  });
});
