/** The interface language, provided once at the root of each page. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../data/types.ts';
import { t, type MessageKey } from '../utils/i18n.ts';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `const tr = useT(); tr('back')` */
export function useT(): (key: MessageKey, ...args: readonly (string | number)[]) => string {
  const lang = useLang();
  return (key, ...args) => t(lang, key, ...args);
}
