/**
 * Everything the popup learns as it opens: the settings and language, the tab it is about and
 * what the browser saw of its page, the code the context menu sent it to explain, the recent
 * lookups, and the entries of the first lists.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Lang, StatusCode } from '../../data/types.ts';
import type { DataApi } from '../../components/client.ts';
import { languageOf, webHost } from '../../components/extension-page.ts';
import type { PageStatus } from '../../utils/background/tab-record.ts';
import { takeExplainCode } from '../../utils/popup-start.ts';
import { addRecent } from '../../utils/search/recent.ts';
import type { Settings } from '../../utils/settings.ts';
import { COMMON_ENTRIES } from './common-entries.ts';
import { readSettings } from '../../utils/settings-store.ts';
import { readRecent, saveRecent } from './recent-store.ts';

/**
 * How long the first paint waits for the background's answers before it goes with the popup's
 * own: an awake worker answers well within it; a sleeping one takes 60–130 ms to start
 * (docs/performance.md, _Round two_), and the common codes are painted meanwhile.
 */
const FIRST_PAINT_WAIT_MS = 15;

/** What the popup shows before anything is typed. */
export interface PopupData {
  /** The recent lookups, newest first. */
  readonly recent: readonly number[];
  /** The entries of the popular and recent codes, and of the code to explain. */
  readonly entries: readonly StatusCode[];
  /** What the browser saw of the tab's page. */
  readonly page: PageStatus | null;
  /** The code the context menu's "Explain HTTP status" sent: the popup opens at it. */
  readonly explain: StatusCode | undefined;
}

export interface PopupModel {
  readonly settings: Settings;
  readonly lang: Lang;
  /** Host name of the tab's page, when it is a web page. */
  readonly host: string | undefined;
  /** The data, when it came in time for the first paint; else empty lists. */
  readonly data: PopupData;
  /** The data, when it did not come in time for the first paint. */
  readonly later: Promise<PopupData> | undefined;
}

/** What the popup knows without the background: the common codes' entries. */
export const OWN_DATA: PopupData = {
  recent: [],
  entries: COMMON_ENTRIES,
  page: null,
  explain: undefined,
};

type TabInfo = Partial<Pick<Browser.tabs.Tab, 'id' | 'url'>>;

export async function loadPopupModel(api: DataApi): Promise<PopupModel> {
  const tab: Promise<TabInfo> = browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([active]) => active ?? {})
    .catch(() => ({}));
  const data = gather(api, tab);
  const [settings, { url }, first] = await Promise.all([
    readSettings(),
    tab,
    within(FIRST_PAINT_WAIT_MS, data),
  ]);
  return {
    settings,
    lang: languageOf(settings),
    host: webHost(url),
    data: first ?? OWN_DATA,
    later: first === undefined ? data : undefined,
  };
}

/**
 * The recent lookups, the entries to list, the page's record and the code to explain; a part
 * that fails is left empty. Opening at a code records it as a lookup.
 */
async function gather(api: DataApi, tab: Promise<TabInfo>): Promise<PopupData> {
  const stored = readRecent();
  const explain = takeExplainCode(browser.storage.session)
    .then(async (code) => (code === undefined ? undefined : (await api.getCodes([code]))[0]))
    .catch(() => undefined);
  const own = new Set(COMMON_ENTRIES.map((entry) => entry.code));
  const recentEntries = stored
    .then((codes) => codes.filter((code) => !own.has(code)))
    .then((codes) => (codes.length > 0 ? api.getCodes(codes) : []))
    .catch(() => []);
  const page = tab
    .then(({ id }) => (id === undefined ? null : api.tabStatus(id)))
    .catch(() => null);
  const [codes, entry, others] = await Promise.all([stored, explain, recentEntries]);
  const recent = entry === undefined ? codes : addRecent(codes, entry.code);
  if (entry !== undefined) void saveRecent(recent);
  return {
    recent,
    entries: [...COMMON_ENTRIES, ...others, ...(entry === undefined ? [] : [entry])],
    page: await page,
    explain: entry,
  };
}

/** The promise's value if it comes within `ms`; else undefined. */
function within<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);
}
