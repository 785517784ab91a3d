/** The pages' view of the background: typed calls over the one protocol. */
import type { StatusCode } from '../data/types.ts';
import { sendMessage, type SearchResponse } from '../utils/protocol.ts';

export interface DataApi {
  search(query: string, limit?: number): Promise<SearchResponse>;
  getCodes(codes: readonly number[]): Promise<StatusCode[]>;
  listCodes(): Promise<StatusCode[]>;
}

export function createDataApi(runtime: {
  sendMessage(message: unknown): Promise<unknown>;
}): DataApi {
  return {
    search: (query, limit) =>
      sendMessage('search', limit === undefined ? { query } : { query, limit }, runtime),
    getCodes: (codes) => sendMessage('getCodes', { codes: [...codes] }, runtime),
    listCodes: () => sendMessage('listCodes', {}, runtime),
  };
}
