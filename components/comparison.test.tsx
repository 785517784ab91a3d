// @vitest-environment happy-dom
/**
 * Comparisons as rendered: the table of a written comparison (codes across, aspects down, the
 * method row only with redirects), a side-by-side of codes none covers, and the "often
 * confused with" chips of a detail, which open a comparison through the page's handler.
 */
import { describe, expect, it } from 'vitest';
import { COMPARISONS } from '../data/guide/comparisons.ts';
import { getStatusCode } from '../data/index.ts';
import type { StatusCode } from '../data/types.ts';
import { t } from '../utils/i18n.ts';
import { codesOf, findComparison } from '../utils/compare/compare.ts';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import { CodeDetail } from './CodeDetail.tsx';
import { CompareContext } from './ConfusedWith.tsx';
import { memoryApi, renderTarget } from './test-dom.tsx';

const target = renderTarget();
const $$ = (selector: string) => [...target.el.querySelectorAll<HTMLElement>(selector)];
const texts = (selector: string) => $$(selector).map((el) => el.textContent?.trim());
const api = memoryApi();

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  it('a written comparison: its codes across, its aspects down, when to use which, its sources', async () => {
    await target.show(lang, <ComparisonPanel api={api} codes={[403, 401]} />);
    const comparison = findComparison([401, 403], COMPARISONS);
    expect(texts('thead .code-badge')).toEqual(['401', '403', '404']);
    expect($$('h2')[0]?.textContent).toBe(comparison?.[lang].title);
    expect(texts('tbody th')).toEqual(
      (
        [
          'compareMeaning',
          'compareFault',
          'compareCache',
          'compareRetry',
          'compareSenders',
        ] as const
      ).map((k) => t(lang, k)),
    );
    expect($$('.comparison-use li')).toHaveLength(3);
    expect($$('.comparison-sources a').length).toBeGreaterThan(0);
  });

  it('a redirect comparison adds what happens to the method', async () => {
    await target.show(lang, <ComparisonPanel api={api} codes={[307, 302]} />);
    expect(texts('thead .code-badge')).toEqual(['301', '302', '303', '307', '308']);
    expect(texts('tbody th')).toContain(t(lang, 'compareMethod'));
  });

  it('codes no comparison covers: side by side, said so, no "which one"', async () => {
    await target.show(lang, <ComparisonPanel api={api} codes={[200, 404]} />);
    expect(texts('thead .code-badge')).toEqual(['200', '404']);
    expect($$('.comparison-summary')[0]?.textContent).toBe(t(lang, 'compareUnwritten'));
    expect($$('.comparison-use')).toHaveLength(0);
    expect(texts('tbody th')).not.toContain(t(lang, 'compareSenders'));
  });

  it('a detail names the comparisons its code is in; a chip opens one through the handler', async () => {
    const opened: (readonly number[])[] = [];
    const entry = getStatusCode(404) as StatusCode;
    await target.show(
      lang,
      <CompareContext.Provider value={(codes) => opened.push(codes)}>
        <CodeDetail entry={entry} />
      </CompareContext.Provider>,
    );
    const mine = COMPARISONS.filter((c) => codesOf(c).includes(404));
    const chips = $$('.confused-chip');
    expect(chips.map((c) => c.getAttribute('href'))).toEqual(
      mine.map((c) => `/reference.html#compare-${c.id}`),
    );
    chips[0]?.click();
    expect(opened).toEqual([codesOf(mine[0] as (typeof mine)[0])]);
  });

  it('a code in no comparison shows no chips', async () => {
    await target.show(lang, <CodeDetail entry={getStatusCode(418) as StatusCode} />);
    expect($$('.confused')).toHaveLength(0);
  });
});
