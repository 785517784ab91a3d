/**
 * The reference page's comparisons: every written one under "Codes often confused", each at
 * `#compare-401-403-404`. A URL naming other codes (`#compare-403-401`, `#compare-200-404`)
 * lands on the written comparison that covers them, or on the codes side by side above the
 * written ones.
 */
import { useEffect } from 'preact/hooks';
import type { StatusCode } from '../../data/types.ts';
import type { DataApi } from '../../components/client.ts';
import { Compared } from '../../components/ComparisonPanel.tsx';
import { useT } from '../../components/lang.ts';
import { jumpTo } from '../../components/SeveralMeanings.tsx';
import { useComparisons } from '../../components/use-comparisons.ts';
import { codesOf, comparisonHash, findComparison } from '../../utils/compare/compare.ts';

export const COMPARISONS_ID = 'comparisons';

interface Props {
  readonly api: Pick<DataApi, 'getCodes'>;
  /** The codes the URL asks to compare, if any. */
  readonly asked: readonly number[] | undefined;
  /** Every code, as the page listed them. */
  readonly known: ReadonlyMap<number, StatusCode>;
}

export function Comparisons({ api, asked, known }: Props) {
  const tr = useT();
  const all = useComparisons();
  const found = all && asked && findComparison(asked, all);
  const adHoc = all !== undefined && asked !== undefined && found === undefined;
  const landing = asked === undefined ? undefined : found ? codesOf(found) : asked;
  const landingId = landing && comparisonHash(landing);
  useEffect(() => {
    if (all !== undefined && landingId !== undefined) focusWhenShown(landingId);
  }, [all, landingId]);
  return (
    <section class="class-section comparisons" aria-labelledby={COMPARISONS_ID}>
      <h2 id={COMPARISONS_ID} tabIndex={-1}>
        {tr('comparisonsSection')}
      </h2>
      {adHoc && (
        <Compared
          api={api}
          codes={asked}
          known={known}
          comparison={undefined}
          headingLevel={3}
          headingId={comparisonHash(asked)}
        />
      )}
      {(all ?? []).map((c) => (
        <Compared
          key={c.id}
          api={api}
          codes={codesOf(c)}
          known={known}
          comparison={c}
          headingLevel={3}
          headingId={comparisonHash(codesOf(c))}
        />
      ))}
    </section>
  );
}

/** The comparison's heading comes once its entries have: waits for it, then goes there. */
function focusWhenShown(id: string, tries = 120): void {
  const el = document.getElementById(id);
  if (el) jumpTo(el);
  else if (tries > 0) requestAnimationFrame(() => focusWhenShown(id, tries - 1));
}
