/**
 * Above a number with several meanings: what they are, said from the data (registered first, or
 * none registered), and links that move to each meaning's heading.
 */
import { Fragment } from 'preact';
import type { StatusMeaning } from '../data/types.ts';
import { VENDORS } from '../data/vendors.ts';
import { useLang, useT } from './lang.ts';

interface Props {
  readonly meanings: readonly StatusMeaning[];
  /** The id of each meaning's heading, in the same order. */
  readonly headingIds: readonly string[];
}

/** Brings an element to the top of its scroller and gives it focus. */
export function jumpTo(el: HTMLElement): void {
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}

export function SeveralMeanings({ meanings, headingIds }: Props) {
  const tr = useT();
  const lang = useLang();
  const vendorName = (m: StatusMeaning) => (m.vendor ? VENDORS[m.vendor].name[lang] : '');
  const list = (names: string[]) =>
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  const [first] = meanings;
  const code = first?.code ?? 0;
  const registered = first !== undefined && first.status !== 'non-standard';
  const vendors = meanings.filter((m) => m.vendor).map(vendorName);
  const notice = registered
    ? tr('severalRegistered', code, meanings.length, list(vendors))
    : tr('severalUnregistered', code, list(vendors));
  return (
    <div class="several">
      <p>{notice}</p>
      <nav class="meaning-jumps" aria-label={tr('meaningsNav', code)}>
        {meanings.map((m, i) => {
          const id = headingIds[i] ?? '';
          return (
            <Fragment key={id}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              <a
                href={`#${id}`}
                onClick={(e) => {
                  const target = document.getElementById(id);
                  if (!target) return;
                  e.preventDefault();
                  jumpTo(target);
                }}
              >
                {m.vendor ? vendorName(m) : tr('registeredMeaning')}
              </a>
            </Fragment>
          );
        })}
      </nav>
    </div>
  );
}
