import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASS_COLORS, CLASS_DIGITS, classKey, classOf, highlightName } from './status-class.ts';

describe('status class', () => {
  it.each([
    [100, 1],
    [199, 1],
    [204, 2],
    [308, 3],
    [404, 4],
    [599, 5],
  ])('%i is in class %i', (code, digit) => {
    expect(classOf(code)).toBe(digit);
  });

  it.each([0, 99, 600, 1000, -404, Number.NaN])('%s has no class', (code) => {
    expect(classOf(code)).toBeUndefined();
  });

  it('names each class once: interface key and highlight', () => {
    expect(CLASS_DIGITS.map(classKey)).toEqual(['class1', 'class2', 'class3', 'class4', 'class5']);
    expect(CLASS_DIGITS.map(highlightName)).toEqual([
      'http-status-1xx',
      'http-status-2xx',
      'http-status-3xx',
      'http-status-4xx',
      'http-status-5xx',
    ]);
  });

  it("gives the badge the light theme's class colours of status-class.css", () => {
    const css = readFileSync(new URL('status-class.css', import.meta.url), 'utf8');
    const light = css.slice(0, css.indexOf('@media'));
    for (const digit of CLASS_DIGITS)
      expect(light).toContain(`--c${digit}: ${CLASS_COLORS[digit]};`);
  });
});
