import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LangContext } from '../../components/lang.ts';
import { OptionsApp } from './App.tsx';
import '../../components/theme.css';
import './options.css';
import { t } from '../../utils/i18n.ts';
import { loadPageEnv, onLanguageChange } from '../../components/extension-page.ts';

const { settings, lang, save } = await loadPageEnv();
document.title = t(lang, 'optionsTitle');
// A new language applies at once: the page renders again in it.
onLanguageChange(browser.storage, lang, () => location.reload());

render(
  <LangContext.Provider value={lang}>
    <OptionsApp initial={settings} save={save} />
  </LangContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
