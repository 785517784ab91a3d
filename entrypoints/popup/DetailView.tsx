/** One code's detail in the popup, with the way back to the search and on to the reference page. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StatusCode } from '../../data/types.ts';
import { CodeDetail } from '../../components/CodeDetail.tsx';
import { CompareContext } from '../../components/ConfusedWith.tsx';
import { useT } from '../../components/lang.ts';
import { useEscape } from './use-escape.ts';

interface Props {
  readonly entry: StatusCode;
  readonly onBack: () => void;
  /** Opens a comparison ("often confused with") in the popup. */
  readonly onCompare: (codes: readonly number[]) => void;
}

export function DetailView({ entry, onBack, onCompare }: Props) {
  const tr = useT();
  const backButton = useRef<HTMLButtonElement>(null);
  // `autofocus` works only when a page loads. In a layout effect, so that keys typed right
  // after the view appears already reach it.
  useLayoutEffect(() => backButton.current?.focus(), []);
  useEscape(onBack);

  return (
    <main class="popup detail-view">
      <nav class="detail-nav">
        <button ref={backButton} type="button" class="back" onClick={onBack}>
          ← {tr('back')}
        </button>
        <a href={`/reference.html#${entry.code}`} target="_blank" rel="noreferrer">
          {tr('openInReference')}
        </a>
      </nav>
      <CompareContext.Provider value={onCompare}>
        <CodeDetail entry={entry} />
      </CompareContext.Provider>
    </main>
  );
}
