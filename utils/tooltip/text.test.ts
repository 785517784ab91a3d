// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ClassMark, CodeMark } from '../page/mark.ts';
import { stubHighlightApi } from '../page/test-highlight-api.ts';
import { TooltipText, type TooltipBackend } from './text.ts';

/** The background: answers in the language it is told, remembering what it was asked. */
function background() {
  let lang = 'en';
  const answer = vi.fn<TooltipBackend['describe']>(async (codes) => ({
    lang,
    linkLabel: lang === 'ko' ? '자세히' : 'More',
    classNames: ['1', '2', '3', '4', lang === 'ko' ? '서버 오류' : 'Server error'],
    entries: codes.map((code) => ({
      code,
      meanings: [{ name: `${lang} ${code}`, phrase: '', summary: '', tag: '' }],
    })),
  }));
  return { describe: answer, speak: (next: string) => (lang = next) };
}

stubHighlightApi();

/** A mark over [start, end) of a text that holds a code and a class mention. */
function markOf(start: number, end: number) {
  const text = document.createTextNode('See 503 or any 5XX.');
  const range = new StaticRange({
    startContainer: text,
    startOffset: start,
    endContainer: text,
    endOffset: end,
  });
  return { range, block: document.body, nodes: [text], unit: {} };
}
const code503 = (): CodeMark => ({ kind: 'code', code: 503, ...markOf(4, 7) });
const class5 = (): ClassMark => ({ kind: 'class', digit: 5, ...markOf(15, 18) });
const names = (data: Awaited<ReturnType<TooltipText['contentOf']>>) =>
  data?.entry?.meanings.map((m) => m.name);

describe('TooltipText', () => {
  it('asks for a code once, however often it is pointed at', async () => {
    const bg = background();
    const tooltip = new TooltipText(bg, 'auto');
    tooltip.prefetch(code503());
    expect(names(await tooltip.contentOf(code503()))).toEqual(['en 503']);
    expect(names(await tooltip.contentOf(code503()))).toEqual(['en 503']);
    expect(bg.describe).toHaveBeenCalledExactlyOnceWith([503]);
  });

  it('keeps text per language: a new language is asked for, a former one is there still', async () => {
    const bg = background();
    const tooltip = new TooltipText(bg, 'en');
    expect(names(await tooltip.contentOf(code503()))).toEqual(['en 503']);
    bg.speak('ko');
    tooltip.setLanguage('ko');
    expect(names(await tooltip.contentOf(code503()))).toEqual(['ko 503']);
    tooltip.setLanguage('en');
    expect(names(await tooltip.contentOf(code503()))).toEqual(['en 503']);
    expect(bg.describe).toHaveBeenCalledTimes(2);
  });

  it('explains a class mention by its class name, as written on the page', async () => {
    const bg = background();
    const tooltip = new TooltipText(bg, 'auto');
    const content = await tooltip.contentOf(class5());
    expect(content?.classLabel).toEqual({ token: '5XX', name: 'Server error' });
    expect(bg.describe).toHaveBeenCalledExactlyOnceWith([]);
  });

  it('says nothing when the background does not answer, and asks again next time', async () => {
    const bg = background();
    bg.describe.mockRejectedValueOnce(new Error('asleep'));
    const tooltip = new TooltipText(bg, 'auto');
    expect(await tooltip.contentOf(code503())).toBeUndefined();
    expect(names(await tooltip.contentOf(code503()))).toEqual(['en 503']);
  });
});
