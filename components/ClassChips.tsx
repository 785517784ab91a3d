/** Toggle chips that narrow results to one class, or to non-standard codes. */
import { CLASS_DIGITS, classOf, type ClassDigit } from '../utils/status-class.ts';
import { useT } from './lang.ts';

export type ClassFilter = ClassDigit | 'vendor' | undefined;
const CHIPS: readonly Exclude<ClassFilter, undefined>[] = [...CLASS_DIGITS, 'vendor'];

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
  return classOf(code) === filter;
}
