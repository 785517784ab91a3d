/**
 * Search results as a listbox. The search box keeps focus and points at the active option
 * with aria-activedescendant, so ↑/↓/Enter work without moving focus.
 */
import type { StatusCode } from '../data/types.ts';
import { VENDORS } from '../data/vendors.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { useLang } from './lang.ts';

export interface ResultItem {
  readonly entry: StatusCode;
  readonly meaning: number;
}

export const optionId = (item: ResultItem): string => `result-${item.entry.code}-${item.meaning}`;

interface Props {
  readonly id: string;
  readonly label: string;
  readonly items: readonly ResultItem[];
  readonly active: number;
  readonly onPick: (item: ResultItem) => void;
  readonly onHover?: (index: number) => void;
}

export function ResultList({ id, label, items, active, onPick, onHover }: Props) {
  const lang = useLang();
  return (
    <ul id={id} role="listbox" aria-label={label} class="results">
      {items.map((item, i) => {
        const m = item.entry.meanings[item.meaning] ?? item.entry.meanings[0];
        const vendor = m.vendor ? VENDORS[m.vendor].name[lang] : undefined;
        return (
          // Options are chosen with the keyboard through the search box (aria-activedescendant);
          // the pointer handlers only mirror that for mouse users.
          // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
          <li
            key={optionId(item)}
            id={optionId(item)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'result active' : 'result'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(item)}
            onMouseMove={() => onHover?.(i)}
          >
            <CodeBadge code={m.code} />
            <span class="result-text">
              <span class="result-name">
                <span class="name">{m[lang].name}</span>
                {lang === 'ko' && <span class="phrase">{m.phrase}</span>}
                {vendor && <span class="tag vendor">{vendor}</span>}
              </span>
              <span class="result-summary">{m[lang].summary}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
