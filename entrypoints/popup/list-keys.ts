/**
 * The search box's keys: ↑/↓ step through the results (going round), Home/End and the Page
 * keys jump, Enter opens, Esc clears the query or closes the popup, and ⌘C / Ctrl+C copies
 * the active result when no text of the box is selected.
 */
import { copyText, type ResultItem } from '../../components/ResultList.tsx';
import type { PopupAction, PopupState } from './state.ts';

/** Rows a Page key moves when the list cannot be measured. */
const PAGE_FALLBACK = 8;

export interface ListKeys {
  readonly state: Pick<PopupState, 'active' | 'query'>;
  readonly dispatch: (action: PopupAction) => void;
  readonly list: readonly ResultItem[];
  /** Something was asked whose answer has not come yet. */
  readonly waiting: boolean;
  readonly open: (item: ResultItem) => void;
  readonly copy: (text: string) => void;
  /** How many rows the list shows at once. */
  readonly rowsInView?: () => number;
}

/** ⌘C or Ctrl+C; `code` too, for a Korean layout that sends `ㅊ` as the key. */
export const isCopyKey = (e: KeyboardEvent): boolean =>
  (e.metaKey || e.ctrlKey) && !e.altKey && !e.shiftKey && (e.code === 'KeyC' || e.key === 'c');

const plain = (e: KeyboardEvent) => !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;

/** The handler of the search box's keydown; true when the key was ours. */
export function listKeyHandler(keys: ListKeys): (e: KeyboardEvent) => boolean {
  const { state, dispatch, list, waiting, open, copy, rowsInView = measureRows } = keys;
  const count = list.length;
  const jump = (index: number) => dispatch({ type: 'select', index, count });
  const page = () => Math.max(1, rowsInView() - 1);
  const actions: Record<string, () => void> = {
    ArrowDown: () => dispatch({ type: 'move', step: 1, count }),
    ArrowUp: () => dispatch({ type: 'move', step: -1, count }),
    Home: () => jump(0),
    End: () => jump(count - 1),
    PageDown: () => jump(state.active + page()),
    PageUp: () => jump(state.active - page()),
    // The detail view takes focus at once; without preventDefault, the same key press would go
    // on to activate its "back" button.
    Enter: () => {
      const item = list[state.active];
      if (waiting) dispatch({ type: 'waitForAnswer' });
      else if (item) open(item);
    },
    Escape: () => {
      if (state.query !== '') dispatch({ type: 'query', query: '' });
      else window.close();
    },
  };
  return (e) => {
    const action = Object.hasOwn(actions, e.key) ? actions[e.key] : undefined;
    // With a modifier, Home/End keep their text meaning (select to the start, …).
    if (action && (plain(e) || e.key.startsWith('Arrow'))) {
      e.preventDefault();
      action();
      return true;
    }
    const item = list[state.active];
    if (!item || !isCopyKey(e) || hasSelection(e.currentTarget)) return false;
    e.preventDefault();
    copy(copyText(item));
    return true;
  };
}

function hasSelection(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.selectionStart !== target.selectionEnd;
}

/** Rows that fit in the scrolling part of the popup, measured on a row that is not active. */
function measureRows(): number {
  const row = document.querySelector<HTMLElement>('[role="option"][aria-selected="false"]');
  const view = row?.closest<HTMLElement>('.finder-body');
  if (!row || !view || row.offsetHeight === 0) return PAGE_FALLBACK;
  return Math.floor(view.clientHeight / row.offsetHeight);
}
