/**
 * "Often confused with": a chip per written comparison a meaning is in, naming the other
 * codes. Each is a link to the comparison on the reference page; a page that shows
 * comparisons itself (the popup) takes the click through `CompareContext`.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { StatusMeaning } from '../data/types.ts';
import { codesOf, comparisonHash } from '../utils/compare/compare.ts';
import { useT } from './lang.ts';
import { useComparisons } from './use-comparisons.ts';
import './comparison.css';

/** Opens a comparison in place of following its link; none: the link is followed. */
export const CompareContext = createContext<((codes: readonly number[]) => void) | undefined>(
  undefined,
);

export function ConfusedWith({ meaning }: { meaning: StatusMeaning }) {
  const tr = useT();
  const open = useContext(CompareContext);
  const all = useComparisons();
  const mine = (all ?? []).filter((c) =>
    c.rows.some((r) => r.code === meaning.code && r.vendor === meaning.vendor),
  );
  if (mine.length === 0) return null;
  return (
    <p class="confused">
      <span class="confused-label">{tr('confusedWith')}</span>
      {mine.map((c) => {
        const codes = codesOf(c);
        const others = codes.filter((code) => code !== meaning.code).join(' · ');
        return (
          <a
            key={c.id}
            class="chip confused-chip"
            href={`/reference.html#${comparisonHash(codes)}`}
            aria-label={tr('confusedChip', codes.join(' · '))}
            onClick={(e) => {
              if (!open) return;
              e.preventDefault();
              open(codes);
            }}
          >
            {others}
          </a>
        );
      })}
    </p>
  );
}
