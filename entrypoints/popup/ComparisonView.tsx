/** A comparison in the popup, opened from a detail's "often confused with"; Esc or Back returns. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { DataApi } from '../../components/client.ts';
import { ComparisonPanel } from '../../components/ComparisonPanel.tsx';
import { useT } from '../../components/lang.ts';
import { comparisonHash } from '../../utils/compare/compare.ts';
import { useEscape } from './use-escape.ts';

interface Props {
  readonly api: Pick<DataApi, 'getCodes'>;
  readonly codes: readonly number[];
  readonly onBack: () => void;
}

export function ComparisonView({ api, codes, onBack }: Props) {
  const tr = useT();
  const backButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => backButton.current?.focus(), []);
  useEscape(onBack);
  return (
    <main class="popup detail-view comparison-view">
      <nav class="detail-nav">
        <button ref={backButton} type="button" class="back" onClick={onBack}>
          ← {tr('compareBack')}
        </button>
        <a href={`/reference.html#${comparisonHash(codes)}`} target="_blank" rel="noreferrer">
          {tr('openInReference')}
        </a>
      </nav>
      <ComparisonPanel api={api} codes={codes} headingLevel={2} />
    </main>
  );
}
