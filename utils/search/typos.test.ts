import { describe, expect, it } from 'vitest';
import { editDistance, TypoCorrector } from './typos.ts';

describe('editDistance', () => {
  it.each([
    ['teapot', 'teapot', 0],
    ['teapto', 'teapot', 1],
    ['gatway', 'gateway', 1],
    ['unathorized', 'unauthorized', 1],
    ['interal', 'internal', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s ↔ %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('TypoCorrector', () => {
  const typos = new TypoCorrector(
    new Map([
      ['unauthorized', 3],
      ['internal', 3],
      ['gateway', 3],
      ['teapot', 2],
      ['forbidden', 3],
      ['오류', 9],
      ['오래', 1],
      ['많음', 3],
      ['찾을', 3],
      ['found', 3],
    ]),
  );

  it.each([
    ['unathorized', 'unauthorized'],
    ['interal', 'internal'],
    ['gatway', 'gateway'],
    ['teapto', 'teapot'],
    ['forbiden', 'forbidden'],
    ['fuond', 'found'],
    ['만음', '많음'],
    ['찬을', '찾을'],
    // Equally close: the word that counts more wins.
    ['오루', '오류'],
  ])('%s → %s', (typed, expected) => {
    expect(typos.correct(typed)).toBe(expected);
  });

  it.each([
    ['internal', 'a known word is left alone'],
    ['cat', 'short words are never corrected'],
    ['xnauthorized', 'a typo in the first letter is not looked for'],
    ['completely', 'nothing close'],
  ])('%s: %s', (typed) => {
    expect(typos.correct(typed)).toBeUndefined();
  });
});

describe('TypoCorrector.maxWordLength', () => {
  it('is the longest form plus two edits: no longer word is within reach', () => {
    const typos = new TypoCorrector(
      new Map([
        ['unauthorized', 1],
        ['많음', 1],
      ]),
    );
    expect(typos.maxWordLength).toBe('unauthorized'.length + 2);
    expect(typos.correct('unauthorizedxx')).toBe('unauthorized');
    expect(typos.correct('unauthorizedxxx')).toBeUndefined();
  });
});
