// @vitest-environment happy-dom
/** The guided choice in both languages: answering, going back, starting over, deep links. */
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../data/index.ts';
import { choicePaths } from '../../data/guide/test-choose-paths.ts';
import { renderTarget } from '../../components/test-dom.tsx';
import { Choose } from './Choose.tsx';
import { chooseHash, parseChooseHash, walkChoice } from './choose-path.ts';

const target = renderTarget();
const $ = (selector: string) => target.el.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...target.el.querySelectorAll<HTMLElement>(selector)];
const paths = choicePaths();

/** Where the component asked to go, in order. */
const went: (readonly string[])[] = [];

/** The choice as the page holds it: the path comes back from the URL after each navigation. */
function Page({ start }: { start: readonly string[] | undefined }) {
  const [path, setPath] = useState(start);
  return (
    <Choose
      path={path}
      all={STATUS_CODES}
      navigate={(p) => {
        went.push(p);
        setPath(p);
      }}
    />
  );
}

const answer = async (id: string) => {
  await act(() => $(`.choose-answers button[data-answer="${id}"]`)?.click());
};
const heading = () => $('.choose h3')?.textContent;
const focused = () => document.activeElement?.textContent;

describe('the path in the URL', () => {
  it.each(paths.map((p) => [p.ids.join('/'), p] as const))('%s', (_, p) => {
    expect(parseChooseHash(chooseHash(p.ids))).toEqual(p.ids);
    const walk = walkChoice(p.ids);
    expect(walk.at).toEqual({ leaf: p.leaf });
    expect(walk.path).toEqual(p.ids);
  });

  it('stops at the first answer no question has, and ignores what follows a leaf', () => {
    expect(walkChoice(['client', 'nope', 'rate']).path).toEqual(['client']);
    expect(walkChoice(['client', 'rate', 'more']).path).toEqual(['client', 'rate']);
    expect(chooseHash([])).toBe('#choose');
  });
});

describe.each(['en', 'ko'] as const)('in %s', (lang) => {
  const ko = lang === 'ko';

  it('asks the first question without taking focus when the URL is about something else', async () => {
    await target.show(lang, <Page start={undefined} />);
    expect($('.choose h2')?.textContent).toBe(
      ko ? '어떤 상태 코드로 응답해야 할까요?' : 'Which status code should I return?',
    );
    expect(heading()).toBe(ko ? '요청은 어떻게 처리되었나요?' : 'How did the request turn out?');
    expect($('.choose-number')?.textContent).toBe(ko ? '질문 1' : 'Question 1');
    expect($$('.choose-answers button')).toHaveLength(4);
    expect($('.choose-trail')).toBeNull();
    expect($('.choose-restart')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('answers down to a leaf, focus on each new heading, then goes back and starts over', async () => {
    went.length = 0;
    await target.show(lang, <Page start={undefined} />);
    await answer('client');
    expect(heading()).toBe(ko ? '요청의 무엇이 문제인가요?' : 'What is wrong with the request?');
    expect(focused()).toBe(heading());
    await answer('identity');
    await answer('yes');
    await answer('hide');
    expect(went).toEqual([
      ['client'],
      ['client', 'identity'],
      ['client', 'identity', 'yes'],
      ['client', 'identity', 'yes', 'hide'],
    ]);
    const result = $('.choose-result') as HTMLElement;
    expect(result.dataset['code']).toBe('404');
    expect(result.querySelector('h3')?.textContent).toContain(ko ? '찾을 수 없음' : 'Not Found');
    expect(document.activeElement).toBe(result.querySelector('h3'));
    expect($('.choose-reason')?.textContent).toContain(ko ? '비공개' : 'private');
    const link = $('a.choose-detail') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#404');
    expect(link.textContent).toBe(
      ko ? '404 찾을 수 없음 자세히 보기' : 'Everything about 404 Not Found',
    );

    // The trail: one link per answer, back to the question it answered.
    const trail = $$('.choose-trail a');
    expect(trail.map((a) => a.getAttribute('href'))).toEqual([
      '#choose',
      '#choose/client',
      '#choose/client/identity',
      '#choose/client/identity/yes',
    ]);
    expect(trail[0]?.getAttribute('aria-label')).toBe(
      ko
        ? '“보낸 그대로는 처리할 수 없거나 처리해서는 안 되는 요청입니다” 답 바꾸기'
        : 'Change the answer “The request cannot or may not be served as it was sent”',
    );
    await act(() => trail[1]?.click());
    expect(heading()).toBe(ko ? '요청의 무엇이 문제인가요?' : 'What is wrong with the request?');
    expect(focused()).toBe(heading());
    expect($$('.choose-trail li')).toHaveLength(1);

    await act(() => $('.choose-restart')?.click());
    expect(went.at(-1)).toEqual([]);
    expect(heading()).toBe(ko ? '요청은 어떻게 처리되었나요?' : 'How did the request turn out?');
    expect(focused()).toBe(heading());
  });

  it('restores a deep link and focuses its result', async () => {
    await target.show(lang, <Page start={['server', 'upstream', 'no-answer']} />);
    expect($('.choose-result')?.dataset['code']).toBe('504');
    expect($$('.choose-trail li')).toHaveLength(3);
    expect(document.activeElement).toBe($('.choose-result h3'));
  });

  it('focuses the section heading when opened at #choose', async () => {
    await target.show(lang, <Page start={[]} />);
    expect(document.activeElement?.id).toBe('choose');
  });

  it('shows a hint where a question has one, and a path of wrong ids as far as it leads', async () => {
    await target.show(lang, <Page start={['client', 'identity', 'nobody']} />);
    expect(heading()).toBe(
      ko ? '요청에 유효한 자격 증명이 있었나요?' : 'Did the request carry valid credentials?',
    );
    expect($('.choose-hint')?.textContent).toContain(ko ? '만료' : 'expired');
    expect($('.choose-number')?.textContent).toBe(ko ? '질문 3' : 'Question 3');
  });

  it('puts each answer in the URL when the page does not say otherwise', async () => {
    await target.show(lang, <Choose path={undefined} all={STATUS_CODES} />);
    await answer('success');
    expect(location.hash).toBe('#choose/success');
    location.hash = '';
  });
});
