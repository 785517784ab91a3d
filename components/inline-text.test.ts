/** The dataset's prose split into text, code and header names. */
import { describe, expect, it } from 'vitest';
import { ALL_MEANINGS } from '../data/index.ts';
import { proseOf } from '../data/test-texts.ts';
import { HEADER_NAMES, headerUrl } from './headers.ts';
import { inlinePieces, type Piece } from './inline-text.ts';

const text = (t: string): Piece => ({ kind: 'text', text: t });
const code = (t: string): Piece => ({ kind: 'code', text: t });
const header = (name: string, t = name): Piece => ({ kind: 'header', text: t, name });

describe('inlinePieces', () => {
  it.each<[string, Piece[]]>([
    ['no markup at all', [text('no markup at all')]],
    [
      'serve `index.html` or `try_files $uri /index.html`.',
      [
        text('serve '),
        code('index.html'),
        text(' or '),
        code('try_files $uri /index.html'),
        text('.'),
      ],
    ],
    ['`response.json()` throws', [code('response.json()'), text(' throws')]],
    // Header names read as code: hyphenated or camel-cased ones wherever they stand.
    [
      'honour Retry-After and ETag.',
      [text('honour '), header('Retry-After'), text(' and '), header('ETag'), text('.')],
    ],
    ['If-Match에 담아', [header('If-Match'), text('에 담아')]],
    // A plain word is a header only when called one.
    ['The Location header points', [text('The '), header('Location'), text(' header points')]],
    ['Location 헤더는', [header('Location'), text(' 헤더는')]],
    ['Range requests make seeking work', [text('Range requests make seeking work')]],
    ['the If header lists', [text('the '), header('If'), text(' header lists')]],
    // Never a part of a longer word or name.
    ['X-Forwarded-Host and Content-Types', [text('X-Forwarded-Host and Content-Types')]],
    ['If-None-Match', [header('If-None-Match')]],
    // A code span that is a header, or a header line, links to the header.
    ['send `Retry-After`', [text('send '), header('Retry-After')]],
    [
      '`Content-Type: application/json`',
      [header('Content-Type', 'Content-Type: application/json')],
    ],
    ['`Content-Length` of `0`', [header('Content-Length'), text(' of '), code('0')]],
    // An unpaired backtick stays a character rather than swallow the rest.
    ['a `b` c `d', [text('a '), code('b'), text(' c `d')]],
  ])('%s', (input, pieces) => {
    expect(inlinePieces(input)).toEqual(pieces);
  });

  it('loses no character of any text in the dataset but the backticks', () => {
    for (const m of ALL_MEANINGS) {
      for (const t of [m.en, m.ko]) {
        for (const value of proseOf(t)) {
          const joined = inlinePieces(value)
            .map((p) => p.text)
            .join('');
          expect(joined).toBe(value.replaceAll('`', ''));
        }
      }
    }
  });
});

describe('header names', () => {
  it('know every header the dataset lists', () => {
    const listed = new Set(ALL_MEANINGS.flatMap((m) => m.headers));
    for (const name of listed) expect(HEADER_NAMES).toContain(name);
    expect(new Set(HEADER_NAMES).size).toBe(HEADER_NAMES.length);
  });

  it("link to MDN's page in the reader's language, and only where MDN has one", () => {
    expect(headerUrl('Retry-After', 'en')).toBe(
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Retry-After',
    );
    expect(headerUrl('Retry-After', 'ko')).toBe(
      'https://developer.mozilla.org/ko/docs/Web/HTTP/Reference/Headers/Retry-After',
    );
    expect(headerUrl('X-Esri-Authorization', 'en')).toBeUndefined();
  });
});
