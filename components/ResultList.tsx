/**
 * Search results as a listbox of one-line rows (number, name, vendor, the English phrase when
 * it differs from the name); the active row alone adds its summary. The
 * search box keeps focus and points at the active option with aria-activedescendant, so the
 * arrow keys and Enter work without moving focus.
 */
import type { ComponentChildren } from 'preact';
import type { StatusCode } from '../data/types.ts';
import { VENDORS } from '../data/vendors.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { useLang, useT } from './lang.ts';

export interface ResultItem {
  /** The code listed; for a comparison, its first code. */
  readonly entry: StatusCode;
  readonly meaning: number;
  /** Listed as a recent lookup (the same code may be listed again below it). */
  readonly from?: 'recent';
  /** Set on the row that opens the comparison of these codes (`401 vs 403`). */
  readonly compare?: readonly number[];
}

export const optionId = (item: ResultItem): string =>
  item.compare
    ? `result-compare-${item.compare.join('-')}`
    : `result-${item.from ? `${item.from}-` : ''}${item.entry.code}-${item.meaning}`;

/** What is copied for a result: its number and reason phrase, as a server sends them. */
export function copyText(item: ResultItem): string {
  if (item.compare) return item.compare.join(' vs ');
  const m = item.entry.meanings[item.meaning] ?? item.entry.meanings[0];
  return `${m.code} ${m.phrase}`;
}

/**
 * Rows listed together. A section with `labelId` is a group labelled by the element of that
 * id: its `heading`, shown inside the list, or a heading outside it.
 */
export interface ResultSection {
  readonly items: readonly ResultItem[];
  readonly labelId?: string;
  readonly heading?: string;
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly sections: readonly ResultSection[];
  /** Index of the active row, counted across the sections. */
  readonly active: number;
  readonly onPick: (item: ResultItem) => void;
  readonly onHover?: (index: number) => void;
}

export function ResultList({ id, label, sections, active, onPick, onHover }: Props) {
  let first = 0;
  return (
    <div id={id} role="listbox" aria-label={label} class="results">
      {sections.map((section) => {
        const offset = first;
        first += section.items.length;
        const rows = section.items.map((item, i) => (
          <Row
            key={optionId(item)}
            item={item}
            active={offset + i === active}
            onPick={() => onPick(item)}
            onHover={() => onHover?.(offset + i)}
          />
        ));
        if (section.labelId === undefined) return rows;
        return (
          <div key={section.labelId} role="group" aria-labelledby={section.labelId}>
            {section.heading !== undefined && (
              <div id={section.labelId} class="list-heading">
                {section.heading}
              </div>
            )}
            {rows}
          </div>
        );
      })}
    </div>
  );
}

interface RowProps {
  readonly item: ResultItem;
  readonly active: boolean;
  readonly onPick: () => void;
  readonly onHover: () => void;
}

/** An option of the listbox: chosen with the keyboard through the search box, mirrored for the pointer. */
function Option({
  item,
  active,
  onPick,
  onHover,
  children,
}: RowProps & { children: ComponentChildren }) {
  const kind = item.compare ? 'result result-compare' : 'result';
  return (
    // Options are chosen with the keyboard through the search box (aria-activedescendant);
    // the pointer handlers only mirror that for mouse users.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <div
      id={optionId(item)}
      role="option"
      // Focusable for the pointer only; the search box keeps focus (onMouseDown).
      tabIndex={-1}
      aria-selected={active}
      class={active ? `${kind} active` : kind}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPick}
      onMouseMove={onHover}
    >
      {children}
    </div>
  );
}

function Row(props: RowProps) {
  const { item, active } = props;
  const lang = useLang();
  if (item.compare) return <CompareRow {...props} codes={item.compare} />;
  const m = item.entry.meanings[item.meaning] ?? item.entry.meanings[0];
  const vendor = m.vendor ? VENDORS[m.vendor].name[lang] : undefined;
  const name = m[lang].name;
  return (
    <Option {...props}>
      <CodeBadge code={m.code} />
      <span class="result-text">
        <span class="result-line">
          <span class="name">{name}</span>
          {vendor && <span class="tag vendor">{vendor}</span>}
          {name !== m.phrase && (
            <span class="phrase" lang="en">
              {m.phrase}
            </span>
          )}
        </span>
        {active && <span class="result-summary">{m[lang].summary}</span>}
      </span>
    </Option>
  );
}

/** The row that opens a comparison: the codes' badges and what the comparison shows. */
function CompareRow(props: RowProps & { codes: readonly number[] }) {
  const tr = useT();
  const { codes, active } = props;
  return (
    <Option {...props}>
      <span class="result-badges">
        {codes.map((code) => (
          <CodeBadge key={code} code={code} />
        ))}
      </span>
      <span class="result-text">
        <span class="result-line">
          <span class="name">{tr('confusedChip', codes.join(' · '))}</span>
        </span>
        {active && <span class="result-summary">{tr('compareOption')}</span>}
      </span>
    </Option>
  );
}
