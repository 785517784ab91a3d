import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DataApi } from './client.ts';
import type { SearchResponse } from '../utils/protocol.ts';

export interface SearchState {
  readonly response: SearchResponse | undefined;
  readonly error: boolean;
  /** The answer to the query asked last has not come yet; `response` is an older one. */
  readonly pending: boolean;
}

/**
 * Asks the background on every change of the query; answers to older queries are dropped.
 * A layout effect sends the question in the same task as the keystroke's render, instead of
 * after the next frame.
 */
export function useSearch(api: DataApi, query: string, limit = 50): SearchState {
  const [state, setState] = useState<Omit<SearchState, 'pending'> & { answers?: string }>({
    response: undefined,
    error: false,
  });
  const latest = useRef(0);
  useLayoutEffect(() => {
    const ticket = ++latest.current;
    api.search(query, limit).then(
      (response) =>
        ticket === latest.current && setState({ response, error: false, answers: query }),
      () =>
        ticket === latest.current && setState({ response: undefined, error: true, answers: query }),
    );
  }, [api, query, limit]);
  return { response: state.response, error: state.error, pending: state.answers !== query };
}
