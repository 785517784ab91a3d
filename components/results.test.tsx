// @vitest-environment happy-dom
/** The result list: one line per row, the summary on the active row only, labelled groups. */
import { describe, expect, it } from 'vitest';
import { getStatusCode } from '../data/index.ts';
import type { StatusCode } from '../data/types.ts';
import { copyText, optionId, ResultList, type ResultItem } from './ResultList.tsx';
import { renderTarget } from './test-dom.tsx';

const target = renderTarget();
const item = (code: number, meaning = 0, from?: 'recent'): ResultItem => ({
  entry: getStatusCode(code) as StatusCode,
  meaning,
  ...(from ? { from } : {}),
});
const { show } = target;
const options = () => [...target.el.querySelectorAll('[role="option"]')];

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('shows code, name, English phrase and vendor on one line; the summary on the active row only', async () => {
    const items = [item(429), item(499), item(200)];
    await show(
      lang,
      <ResultList id="r" label="Results" sections={[{ items }]} active={1} onPick={() => {}} />,
    );
    const [first, second] = options();
    expect(first?.querySelector('.result-line')?.textContent).toBe(
      ko ? '요청이 너무 많음Too Many Requests' : 'Too Many Requests',
    );
    if (ko) expect(first?.querySelector('.phrase')?.getAttribute('lang')).toBe('en');
    expect(second?.querySelector('.tag.vendor')?.textContent).toBe('nginx');
    expect(target.el.querySelectorAll('.result-summary')).toHaveLength(1);
    expect(second?.querySelector('.result-summary')).not.toBeNull();
    expect(second?.getAttribute('aria-selected')).toBe('true');
  });
});

it('labels each group, counting the active row across them', async () => {
  const sections = [
    { items: [item(404, 0, 'recent')], labelId: 'outside' },
    { items: [item(200), item(404)], labelId: 'inside', heading: 'Common codes' },
  ];
  await show(
    'en',
    <ResultList id="r" label="Results" sections={sections} active={2} onPick={() => {}} />,
  );
  const groups = [...target.el.querySelectorAll('[role="group"]')];
  expect(groups.map((g) => g.getAttribute('aria-labelledby'))).toEqual(['outside', 'inside']);
  expect(target.el.querySelector('#inside')?.textContent).toBe('Common codes');
  expect(options().map((o) => o.id)).toEqual([
    'result-recent-404-0',
    'result-200-0',
    'result-404-0',
  ]);
  expect(options()[2]?.getAttribute('aria-selected')).toBe('true');
});

it('copies a meaning as its number and reason phrase', () => {
  expect(copyText(item(429))).toBe('429 Too Many Requests');
  expect(copyText(item(451, 1))).toBe(
    `451 ${getStatusCode(451)?.meanings[1]?.phrase ?? 'missing'}`,
  );
  expect(optionId(item(451, 1))).toBe('result-451-1');
});
