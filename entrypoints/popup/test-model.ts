/** A popup model for component tests: default settings, English, no tab, nothing loaded. */
import { DEFAULT_SETTINGS } from '../../utils/settings.ts';
import { NO_DATA, type PopupData, type PopupModel } from './model.ts';

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
