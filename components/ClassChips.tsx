/** Toggle chips that narrow results to one class, or to non-standard codes. */
import { useT } from './lang.ts';

export type ClassFilter = 1 | 2 | 3 | 4 | 5 | 'vendor' | undefined;
const CHIPS: readonly Exclude<ClassFilter, undefined>[] = [1, 2, 3, 4, 5, 'vendor'];

export function ClassChips({
  value,
  onChange,
}: {
  value: ClassFilter;
  onChange: (v: ClassFilter) => void;
}) {
  const tr = useT();
  return (
    <div class="chips" role="group" aria-label={tr('filterLabel')}>
      {CHIPS.map((chip) => (
        <button
          key={chip}
          type="button"
          class={`chip ${chip === 'vendor' ? 'chip-vendor' : `class-${chip}`}`}
          aria-pressed={value === chip}
          onClick={() => onChange(value === chip ? undefined : chip)}
        >
          {chip === 'vendor' ? tr('nonStandard') : `${chip}xx`}
        </button>
      ))}
    </div>
  );
}

export function matchesFilter(filter: ClassFilter, code: number, nonStandard: boolean): boolean {
  if (filter === undefined) return true;
  if (filter === 'vendor') return nonStandard;
  return Math.floor(code / 100) === filter;
}
