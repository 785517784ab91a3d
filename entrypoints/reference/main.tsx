import { render } from 'preact';
import { LangContext } from '../../components/lang.ts';
import { entryId, ReferenceApp } from './App.tsx';
import '../../components/theme.css';
import './reference.css';
import { browser } from 'wxt/browser';
import { loadPageEnv, onLanguageChange } from '../../components/extension-page.ts';
import { parseReferenceLocation } from './location.ts';
import { t } from '../../utils/i18n.ts';

const { lang, api } = await loadPageEnv();
document.title = t(lang, 'appTitle');
const root = document.getElementById('app') as HTMLElement;

function show(): void {
  const { target, query } = parseReferenceLocation(location.hash, location.search);
  render(
    <LangContext.Provider value={lang}>
      <ReferenceApp key={`${target}`} api={api} initialQuery={query} target={target} />
    </LangContext.Provider>,
    root,
  );
  if (target !== undefined) scrollToCode(target);
}

/** Waits for the list to render, then brings the code into view and focuses it. */
function scrollToCode(code: number, tries = 60): void {
  const el =
    document.getElementById(entryId(code)) ?? document.querySelector(`[data-code="${code}"]`);
  if (el instanceof HTMLDetailsElement) {
    el.open = true;
    // Below the sticky header, not under it.
    const header = document.querySelector('.page-head')?.getBoundingClientRect().height ?? 0;
    scrollTo({ top: el.getBoundingClientRect().top + scrollY - header - 8 });
    el.querySelector('summary')?.focus({ preventScroll: true });
  } else if (tries > 0) {
    requestAnimationFrame(() => scrollToCode(code, tries - 1));
  }
}

// Printing shows every explanation: closed <details> would print as headings only.
const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll('details:not([open])')) {
    (d as HTMLDetailsElement).open = true;
    opened.push(d as HTMLDetailsElement);
  }
});
addEventListener('afterprint', () => opened.splice(0).forEach((d) => (d.open = false)));
addEventListener('hashchange', show);
onLanguageChange(browser.storage, lang, () => location.reload());
show();
