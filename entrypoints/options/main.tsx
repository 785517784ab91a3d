import { render } from 'preact';
import { LangContext } from '../../components/lang.ts';
import { OptionsApp } from './App.tsx';
import '../../components/theme.css';
import './options.css';
import { t } from '../../utils/i18n.ts';
import { updateSettings } from '../../utils/settings-store.ts';
import { loadPageEnv, reloadOnLanguageChange } from '../../components/extension-page.ts';

const { settings, lang } = await loadPageEnv();
document.title = t(lang, 'optionsTitle');
// A new language applies at once: the page renders again in it.
reloadOnLanguageChange(lang);

render(
  <LangContext.Provider value={lang}>
    <OptionsApp initial={settings} save={updateSettings} />
  </LangContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
