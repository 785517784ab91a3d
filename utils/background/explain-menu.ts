/**
 * The context-menu item "Explain HTTP status" on selected text: the popup opens at the code
 * in the selection, or, where the browser cannot open the popup, the reference page does;
 * text without a code is searched on the reference page.
 */
import { referenceTarget } from './omnibox.ts';
import { EXPLAIN_KEY, type ExplainRequest } from '../popup-start.ts';

export const MENU_ID = 'explain-http-status';
/** The longest query the search accepts (see utils/protocol.ts). */
const MAX_QUERY = 200;

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
  let query = text.slice(0, MAX_QUERY);
  // Never cut a character in half.
  if (/[\uD800-\uDBFF]$/u.test(query)) query = query.slice(0, -1);
  const target = referenceTarget(query);
  return target === '' ? undefined : { kind: 'reference', target };
}

export interface ExplainDeps {
  readonly session: {
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  /** Opens the toolbar popup; undefined where the browser has no way to. */
  readonly openPopup: (() => Promise<void>) | undefined;
  readonly openTab: (url: string) => Promise<unknown>;
  readonly referenceUrl: string;
  readonly known: (code: number) => boolean;
  readonly now?: () => number;
}

/** Shows the explanation of a selection: in the popup when it can, else on the reference page. */
export async function explainSelection(selection: string, deps: ExplainDeps): Promise<void> {
  const target = explainTarget(selection, deps.known);
  if (!target) return;
  if (target.kind === 'code' && deps.openPopup) {
    const request: ExplainRequest = { code: target.code, at: (deps.now ?? Date.now)() };
    const stored = deps.session.set({ [EXPLAIN_KEY]: request });
    // Firefox opens the popup only while the click is being handled, so it is asked at once,
    // before anything is awaited; the popup reads the code when it has loaded.
    const { openPopup } = deps;
    const opened = (async () => openPopup())();
    try {
      await Promise.all([stored, opened]);
      return;
    } catch {
      await deps.session.remove(EXPLAIN_KEY).catch(() => undefined);
    }
  }
  const hash = target.kind === 'code' ? `#${target.code}` : target.target;
  await deps.openTab(`${deps.referenceUrl}${hash}`);
}

export interface MenusApi {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
  update(id: string, properties: { title: string }): Promise<void>;
  readonly onClicked: {
    addListener(
      callback: (info: { menuItemId: string | number; selectionText?: string | undefined }) => void,
    ): void;
  };
}

/**
 * Adds the menu item (once, whether the background starts fresh or again) and handles clicks.
 * `menus` is undefined on Firefox for Android, which has no context menus.
 */
export function registerExplainMenu(
  menus: MenusApi | undefined,
  title: () => string,
  onExplain: (selection: string) => void,
): { retitle(): void } {
  if (!menus) return { retitle: () => undefined };
  void menus
    .removeAll()
    .then(() => menus.create({ id: MENU_ID, title: title(), contexts: ['selection'] }))
    .catch(() => undefined);
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.selectionText) onExplain(info.selectionText);
  });
  return { retitle: () => void menus.update(MENU_ID, { title: title() }).catch(() => undefined) };
}
