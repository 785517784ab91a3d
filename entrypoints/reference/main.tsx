import { render } from 'preact';
import { loadPageEnv, reloadOnLanguageChange } from '../../components/extension-page.ts';
import { LangContext } from '../../components/lang.ts';
import { t } from '../../utils/i18n.ts';
import { ReferenceApp } from './App.tsx';
import { parseReferenceLocation } from './location.ts';
import { openEntriesWhenPrinting, scrollToCode, trackHeadHeight } from './page.ts';
import '../../components/theme.css';
import './reference.css';

const { lang, api } = await loadPageEnv();
document.title = t(lang, 'appTitle');
const root = document.getElementById('app') as HTMLElement;

/**
 * Renders what the URL asks for: `#404` opens a code, `#compare-401-403` a comparison, `?q=` fills
 * the search, `#choose/…` a path.
 */
function show(): void {
  const { target, vendor, query, compare, choose } = parseReferenceLocation(
    location.hash,
    location.search,
  );
  render(
    <LangContext.Provider value={lang}>
      <ReferenceApp
        key={`${target}-${vendor}-${compare?.join('-')}`}
        api={api}
        initialQuery={query}
        target={target}
        vendor={vendor}
        compare={compare}
        choose={choose}
      />
    </LangContext.Provider>,
    root,
  );
  if (target !== undefined) scrollToCode(target, vendor);
}

openEntriesWhenPrinting();
addEventListener('hashchange', show);
reloadOnLanguageChange(lang);
show();
trackHeadHeight();
