/** A popup model for component tests: default settings, English, no tab, nothing loaded. */
import { DEFAULT_SETTINGS } from '../../utils/settings.ts';
import type { PopupData, PopupModel } from './model.ts';

/** Start-up data with nothing in it. */
export const NO_DATA: PopupData = { recent: [], entries: [], page: null, explain: undefined };

export function popupModel({
  data,
  ...more
}: Partial<Omit<PopupModel, 'data'>> & { readonly data?: Partial<PopupData> } = {}): PopupModel {
  return {
    settings: DEFAULT_SETTINGS,
    lang: 'en',
    host: undefined,
    later: undefined,
    ...more,
    data: { ...NO_DATA, ...data },
  };
}
