/**
 * The reference page's sticky bar of links to each class and vendor: a link scrolls its section
 * under the header and moves focus to the section's heading, so Tab continues from there.
 */
import type { ComponentChildren } from 'preact';
import type { VendorId } from '../../data/types.ts';
import { VENDORS } from '../../data/vendors.ts';
import { colourClass } from '../../components/CodeBadge.tsx';
import { useLang, useT } from '../../components/lang.ts';
import { jumpTo } from '../../components/SeveralMeanings.tsx';
import { CLASS_DIGITS, classKey } from '../../utils/status-class.ts';
import { COMPARISONS_ID } from './Comparisons.tsx';
import { CHOOSE_ID } from './choose-path.ts';

export const classSectionId = (digit: number): string => `class-${digit}xx`;
export const vendorSectionId = (vendor: VendorId): string => `vendor-${vendor}`;
export const VENDORS_ID = 'vendors';

interface JumpProps {
  readonly to: string;
  readonly children: ComponentChildren;
  readonly class?: string;
}

function Jump({ to, children, ...rest }: JumpProps) {
  return (
    <a
      href={`#${to}`}
      {...rest}
      onClick={(e) => {
        const target = document.getElementById(to);
        if (!target) return;
        // The hash stays: `#404` is what the page's URL means, and a change would re-render it.
        e.preventDefault();
        jumpTo(target);
      }}
    >
      {children}
    </a>
  );
}

export function JumpBar({ vendors }: { vendors: readonly VendorId[] }) {
  const tr = useT();
  const lang = useLang();
  return (
    <nav class="jump-bar" aria-label={tr('jumpNav')}>
      <ul class="jump-classes">
        {CLASS_DIGITS.map((digit) => (
          <li key={digit}>
            <Jump to={classSectionId(digit)} class={`jump-class ${colourClass(digit * 100)}`}>
              <span class="jump-digit">{digit}xx</span>
              <span class="jump-class-name">{tr(classKey(digit))}</span>
            </Jump>
          </li>
        ))}
        <li>
          <Jump to={COMPARISONS_ID} class="jump-guide">
            {tr('comparisonsSection')}
          </Jump>
        </li>
        <li>
          <Jump to={CHOOSE_ID} class="jump-guide">
            {tr('chooseJump')}
          </Jump>
        </li>
      </ul>
      <ul class="jump-vendors">
        <li>
          <Jump to={VENDORS_ID} class="jump-nonstandard">
            {tr('nonStandard')}
          </Jump>
        </li>
        {vendors.map((vendor) => (
          <li key={vendor}>
            <Jump to={vendorSectionId(vendor)}>{VENDORS[vendor].name[lang]}</Jump>
          </li>
        ))}
      </ul>
    </nav>
  );
}
