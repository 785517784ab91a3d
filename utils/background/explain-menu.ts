/**
 * The context-menu item "Explain HTTP status": the popup at the selection's code (the reference
 * page where no popup can open), or a search of the text on the reference page.
 */
import type { Browser, browser } from 'wxt/browser';
import type { Lang } from '../../data/types.ts';
import { getStatusCode } from '../../data/index.ts';
import { t } from '../i18n.ts';
import { EXPLAIN_KEY, type ExplainRequest } from '../popup-start.ts';
import { listen } from '../listen.ts';
import { cleanQuery, referenceTarget } from './omnibox.ts';
import type { ReferencePage } from './reference-page.ts';

export const MENU_ID = 'explain-http-status';

export type ExplainTarget =
  | { readonly kind: 'code'; readonly code: number }
  /** `#299` or `?q=…` on the reference page. */
  | { readonly kind: 'reference'; readonly target: string };

// A three-digit number standing alone: not part of a longer number, a version or a word
// (`404`, `HTTP/1.1 503`, `404s`, Korean `404가`; not `14040`, `1.404`, `E404`).
const NUMBER = /(?<![\p{L}\p{N}]|\d\.)[1-5]\d\d(?!\p{N}|\.\d)/gu;

/** What to explain for a selection: its first known code, else the text as a search. */
export function explainTarget(
  selection: string,
  known: (code: number) => boolean,
): ExplainTarget | undefined {
  const text = selection.replace(/\s+/gu, ' ').trim();
  for (const match of text.matchAll(NUMBER)) {
    const code = Number(match[0]);
    if (known(code)) return { kind: 'code', code };
  }
  const target = referenceTarget(cleanQuery(text));
  return target === '' ? undefined : { kind: 'reference', target };
}

const isKnown = (code: number) => getStatusCode(code) !== undefined;

export interface ExplainDeps {
  readonly session: Pick<Browser.storage.StorageArea, 'set' | 'remove'>;
  /** The toolbar button; without `openPopup` where the browser has no way to open it. */
  readonly action: Partial<Pick<typeof browser.action, 'openPopup'>>;
  readonly reference: Pick<ReferencePage, 'open'>;
  readonly now?: () => number;
}

/** Shows the explanation of a selection: in the popup when it can, else on the reference page. */
export async function explainSelection(selection: string, deps: ExplainDeps): Promise<void> {
  const target = explainTarget(selection, isKnown);
  if (!target) return;
  const { action } = deps;
  if (target.kind === 'code' && typeof action.openPopup === 'function') {
    const request: ExplainRequest = { code: target.code, at: (deps.now ?? Date.now)() };
    const stored = deps.session.set({ [EXPLAIN_KEY]: request });
    // Firefox opens the popup only while the click is being handled, so it is asked at once,
    // before anything is awaited; the popup reads the code when it has loaded.
    const opened = (async () => action.openPopup?.())();
    try {
      await Promise.all([stored, opened]);
      return;
    } catch {
      await deps.session.remove(EXPLAIN_KEY).catch(() => undefined);
    }
  }
  await deps.reference.open(target.kind === 'code' ? `#${target.code}` : target.target);
}

export interface ExplainMenuDeps extends ExplainDeps {
  /** Undefined on Firefox for Android, which has no context menus. */
  readonly menus:
    Pick<typeof browser.contextMenus, 'removeAll' | 'create' | 'update' | 'onClicked'> | undefined;
  readonly settings: { language(): Lang };
}

/** The menu item: added once, whether the worker starts fresh or again; in the reader's language. */
export class ExplainMenu {
  readonly #deps: ExplainMenuDeps;

  constructor(deps: ExplainMenuDeps, signal: AbortSignal) {
    this.#deps = deps;
    const { menus } = deps;
    if (!menus) return;
    void menus
      .removeAll()
      .then(() => menus.create({ id: MENU_ID, title: this.#title(), contexts: ['selection'] }))
      .catch(() => undefined);
    listen(menus.onClicked, signal, (info) => {
      if (info.menuItemId === MENU_ID && info.selectionText)
        void explainSelection(info.selectionText, deps);
    });
  }

  /** Follows a change of the language setting. */
  retitle(): void {
    void this.#deps.menus?.update(MENU_ID, { title: this.#title() }).catch(() => undefined);
  }

  #title(): string {
    return t(this.#deps.settings.language(), 'explainSelection');
  }
}
