import { describe, expect, it } from 'vitest';
import { detect } from './detect.ts';
import { CATEGORIES, DOCUMENTS } from './fixture-documents.ts';
import {
  BALANCED_ONLY,
  ENGLISH,
  KOREAN,
  NOT_CODES,
  parseMarked,
  SESSIONS,
  STRICT,
} from './fixtures.ts';
import type { Match, Sensitivity } from './types.ts';

/** What detect returns and what the marked input expects. */
function run(
  marked: string,
  sensitivity: Sensitivity = 'balanced',
): { actual: Match[]; expected: Match[] } {
  const { text, expected } = parseMarked(marked);
  return { actual: detect(text, { sensitivity }), expected };
}

describe('detect: English mentions (balanced)', () => {
  it.each(ENGLISH)('%s', (marked) => {
    const { actual, expected } = run(marked);
    expect(actual).toEqual(expected);
  });
});

describe('detect: Korean mentions (balanced)', () => {
  it.each(KOREAN)('%s', (marked) => {
    const { actual, expected } = run(marked);
    expect(actual).toEqual(expected);
  });
});

describe('detect: documents of every kind (balanced)', () => {
  it.each(DOCUMENTS.map((d) => [d.id, d.marked] as const))('%s', (_id, marked) => {
    const { actual, expected } = run(marked);
    expect(actual).toEqual(expected);
  });
});

describe.each(CATEGORIES.map((c) => [c.category, c] as const))('detect: %s', (_name, c) => {
  it.each(c.match)('matches: %s', (marked) => {
    const { actual, expected } = run(marked);
    expect(actual).toEqual(expected);
  });
  it.each(c.noMatch)('matches nothing: %s', (text) => {
    expect(detect(text)).toEqual([]);
  });
});

describe('detect: not status codes', () => {
  it.each(NOT_CODES)('%s', (text) => {
    expect(detect(text).filter((m) => m.kind === 'code')).toEqual([]);
  });
});

describe('detect: SMTP and FTP sessions', () => {
  it.each(SESSIONS)('%s: nothing matches', (_name, text) => {
    expect(detect(text)).toEqual([]);
    expect(detect(text, { sensitivity: 'strict' })).toEqual([]);
  });

  it('an HTTP status line next to a mail log still matches', () => {
    const { actual, expected } = run('HTTP/1.1 «200» OK\nContent-Type: text/plain');
    expect(actual).toEqual(expected);
  });
});

describe('detect: strict sensitivity', () => {
  it.each(STRICT)('%s', (marked) => {
    const { actual, expected } = run(marked, 'strict');
    expect(actual).toEqual(expected);
  });

  it.each(BALANCED_ONLY)('weak evidence is not enough: %s', (text) => {
    expect(detect(text, { sensitivity: 'strict' })).toEqual([]);
  });

  it.each(BALANCED_ONLY)('balanced still finds it: %s', (text) => {
    expect(detect(text).length).toBeGreaterThan(0);
  });

  it.each(STRICT)('balanced finds what strict finds: %s', (marked) => {
    const { text } = parseMarked(marked);
    expect(detect(text)).toEqual(expect.arrayContaining(detect(text, { sensitivity: 'strict' })));
  });
});

describe('detect: class tokens', () => {
  it.each([
    ['‹4xx› and ‹5XX› responses'],
    ['(‹1xx›), (‹2xx›), (‹3xx›)'],
    ['4xxs 6xx 0x4xx 14xx 4xx.html a4xx'],
  ])('%s', (marked) => {
    const { actual, expected } = run(marked);
    expect(actual).toEqual(expected);
  });
});

describe('detect: options', () => {
  it('reports only codes that isKnown accepts', () => {
    const text = 'HTTP/1.1 404 Not Found; status: 299';
    expect(
      detect(text, { isKnown: (c) => c === 404 }).map((m) => m.kind === 'code' && m.code),
    ).toEqual([404]);
    expect(detect(text, { isKnown: () => false })).toEqual([]);
  });

  it('defaults to balanced and to the codes the dataset explains', () => {
    expect(detect('status: 404')).toEqual([{ start: 8, end: 11, code: 404, kind: 'code' }]);
    expect(detect('status: 299')).toEqual([]);
    expect(detect('status: 600')).toEqual([]);
  });
});

describe('detect: hostile input', () => {
  const inputs: [string, string][] = [
    ['100 000 spaces', ' '.repeat(100_000)],
    ['100 000 digits', '7'.repeat(100_000)],
    ['1 MB of "404 "', '404 '.repeat(262_144)],
    ['"status " × 50 000', 'status '.repeat(50_000)],
    ['"status 404 " × 20 000', 'status 404 '.repeat(20_000)],
    ['"404, " × 20 000', '404, '.repeat(20_000)],
    ['"(((((404" × 20 000', '(((((404'.repeat(20_000)],
    ['"404가 " × 20 000', '404가 '.repeat(20_000)],
    ['one 200 000-letter word', `${'a'.repeat(200_000)} 404 error`],
  ];

  it.each(inputs)('%s: completes with sane results', (_name, text) => {
    const started = performance.now();
    const matches = detect(text);
    // Generous: a linear scan takes milliseconds; a quadratic one would take minutes.
    expect(performance.now() - started).toBeLessThan(5000);
    assertInvariants(text, matches);
  });

  it('a line of repeated codes with no context matches nothing', () => {
    expect(detect('404 '.repeat(262_144))).toEqual([]);
    expect(detect('status '.repeat(50_000))).toEqual([]);
  });
});

function assertInvariants(text: string, matches: readonly Match[]): void {
  let last = 0;
  for (const m of matches) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    const slice = text.slice(m.start, m.end);
    if (m.kind === 'code') {
      expect(slice).toBe(String(m.code));
      expect(m.code).toBeGreaterThanOrEqual(100);
      expect(m.code).toBeLessThanOrEqual(599);
    } else {
      expect(slice).toMatch(/^[1-5][xX]{2}$/);
      expect(slice[0]).toBe(String(m.digit));
    }
    last = m.end;
  }
}

/** mulberry32: a small deterministic generator, so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('detect: seeded fuzz', () => {
  const pieces = [
    '404',
    '200',
    '5xx',
    '4XX',
    '1234',
    '99',
    ' ',
    ' ',
    '\n',
    ',',
    '.',
    ':',
    '(',
    ')',
    '"',
    '-',
    's',
    'status',
    'HTTP/1.1',
    'error',
    'Not Found',
    'OK',
    '에러',
    '가',
    '원',
    'port',
    '$',
    '#',
    'EHLO',
    '550 5.1.1',
    'responses:',
    'return',
    'abort(',
    '<td>',
    '|',
    'x',
    '_',
    '₩',
    '\t',
  ];

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seed %i: matches are sorted, disjoint and well-formed',
    (seed) => {
      const next = random(seed);
      for (let round = 0; round < 200; round++) {
        let text = '';
        const length = 1 + Math.floor(next() * 60);
        for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)] ?? '';
        for (const sensitivity of ['strict', 'balanced'] as const) {
          const matches = detect(text, { sensitivity });
          assertInvariants(text, matches);
          if (sensitivity === 'strict') {
            expect(detect(text)).toEqual(
              expect.arrayContaining(matches.filter((m) => m.kind === 'code')),
            );
          }
        }
      }
    },
  );
});
