import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createDataApi } from '../../components/client.ts';
import { LangContext } from '../../components/lang.ts';
import { PopupApp } from './App.tsx';
import { loadPopupModel } from './model.ts';
import '../../components/theme.css';
import './this-page.css';
import './popup.css';

const api = createDataApi(browser.runtime);
const model = await loadPopupModel(api);
document.documentElement.lang = model.lang;

render(
  <LangContext.Provider value={model.lang}>
    <PopupApp model={model} api={api} />
  </LangContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
