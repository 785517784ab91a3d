/**
 * The popup's effects on the world: the start-up data that missed the first paint, the entries
 * the home view still lacks, the full list for the non-standard filter, and the recent lookups
 * stored when they change.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { DataApi } from '../../components/client.ts';
import type { PopupModel } from './model.ts';
import { saveRecent } from './recent-store.ts';
import { missingCodes } from './lists.ts';
import type { PopupAction, PopupState } from './state.ts';

export function usePopupData(
  model: PopupModel,
  api: DataApi,
  state: PopupState,
  dispatch: (action: PopupAction) => void,
): void {
  useEffect(() => {
    void model.later?.then((data) => dispatch({ type: 'loaded', data }));
  }, [model, dispatch]);

  // Each number is asked for once (an unregistered one simply never arrives).
  const asked = useRef(new Set<number>());
  const { loading, recent, page, known } = state;
  useEffect(() => {
    if (loading) return;
    const missing = missingCodes({ recent, page, known }).filter((c) => !asked.current.has(c));
    if (missing.length === 0) return;
    for (const c of missing) asked.current.add(c);
    void api.getCodes(missing).then((entries) => dispatch({ type: 'entries', entries }));
  }, [api, dispatch, loading, recent, page, known]);

  const { filter, all } = state;
  useEffect(() => {
    if (filter === 'vendor' && all === undefined) {
      void api.listCodes().then((entries) => dispatch({ type: 'all', entries }));
    }
  }, [api, dispatch, filter, all]);

  useEffect(() => {
    if (state.recentChanged) void saveRecent(recent);
  }, [recent, state.recentChanged]);
}
