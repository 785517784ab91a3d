import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../detector/fixture-documents.ts';
import { ENGLISH, KOREAN, parseMarked } from '../detector/fixtures.ts';
import { mayHoldStatus } from './candidate.ts';

describe('mayHoldStatus', () => {
  it.each([
    ['404'],
    ['HTTP/1.1 503 Service Unavailable'],
    ['a 4xx error'],
    ['5XX'],
    ['(200)'],
    ['401,403'],
    ['error_404'],
    ['404가 떴어요'],
    ['v1.404'],
  ])('holds a candidate: %s', (text) => {
    expect(mayHoldStatus(text)).toBe(true);
  });

  it.each([
    [''],
    ['Posted on 2026-12-07'],
    ['1234 words'],
    ['99 problems'],
    ['600 or 700'],
    ['099'],
    ['12345'],
    ['6xx and 0xx'],
    ['v1.0.0'],
    ['no numbers at all'],
  ])('holds none: %s', (text) => {
    expect(mayHoldStatus(text)).toBe(false);
  });

  // The watch and the reader skip text without a candidate: every status the detector's tables
  // mark must stand where this finds one, with its neighbours on either side.
  const marked = [
    ...ENGLISH.map(([m]) => m),
    ...KOREAN.map(([m]) => m),
    ...DOCUMENTS.map((d) => d.marked),
  ];
  it.each(marked.map((m) => [m.slice(0, 60), m]))('finds every marked status in %s', (_, m) => {
    const { text, expected } = parseMarked(m);
    for (const match of expected)
      expect(mayHoldStatus(text.slice(Math.max(0, match.start - 1), match.end + 1))).toBe(true);
  });
});
