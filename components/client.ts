/** The pages' view of the background: typed calls over the one protocol. */
import type { WxtBrowser } from 'wxt/browser';
import type { StatusCode } from '../data/types.ts';
import type { PageStatus } from '../utils/background/tab-record.ts';
import { sendMessage, type SearchResponse } from '../utils/protocol.ts';

export interface DataApi {
  search(query: string, limit?: number): Promise<SearchResponse>;
  getCodes(codes: readonly number[]): Promise<StatusCode[]>;
  listCodes(): Promise<StatusCode[]>;
  /** What the browser saw of a tab's page; null when nothing is known. */
  tabStatus(tabId: number): Promise<PageStatus | null>;
}

export function createDataApi(runtime: Pick<WxtBrowser['runtime'], 'sendMessage'>): DataApi {
  return {
    search: (query, limit) =>
      sendMessage('search', limit === undefined ? { query } : { query, limit }, runtime),
    getCodes: (codes) => sendMessage('getCodes', { codes: [...codes] }, runtime),
    listCodes: () => sendMessage('listCodes', {}, runtime),
    tabStatus: (tabId) => sendMessage('tabStatus', { tabId }, runtime),
  };
}
