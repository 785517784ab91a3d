import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../data/index.ts';
import type { StatusCode } from '../../data/types.ts';
import { t } from '../i18n.ts';
import {
  cleanQuery,
  defaultLine,
  describeHit,
  escapeXml,
  markMatches,
  openAction,
  referenceTarget,
  suggest,
  type OmniboxHit,
} from './omnibox.ts';

const entry = (code: number): StatusCode => {
  const found = STATUS_CODES.find((c) => c.code === code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
};
const hit = (code: number, meaning = 0): OmniboxHit => ({ entry: entry(code), meaning });

/**
 * True when the text is what Chrome accepts as an omnibox description: the only tags are
 * balanced `<match>` and `<dim>`, and every `&` starts an entity.
 */
function isOmniboxXml(text: string): boolean {
  const open: string[] = [];
  for (const [tag] of text.matchAll(/<[^>]*>?/gu)) {
    const name = /^<(\/?)(match|dim)>$/u.exec(tag);
    if (!name) return false;
    if (name[1] === '') open.push(name[2] as string);
    else if (open.pop() !== name[2]) return false;
  }
  const ampersands = text.match(/&/gu)?.length ?? 0;
  const entities = text.match(/&(?:amp|lt|gt|quot|apos);/gu)?.length ?? 0;
  return open.length === 0 && ampersands === entities;
}

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["I'm", 'I&apos;m'],
    ['&amp;', '&amp;amp;'],
    ['404 Not Found', '404 Not Found'],
    ['찾을 수 없음', '찾을 수 없음'],
  ])('%j → %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('markMatches', () => {
  it.each([
    // Numbers are marked where the code starts, once.
    ['404 Not Found', '404', '<match>404</match> Not Found'],
    ['404 Not Found', '40', '<match>40</match>4 Not Found'],
    ['404 Not Found', 'http 404', '<match>404</match> Not Found'],
    ['440 Login Time-out', '40', '440 Login Time-out'],
    ['504 Gateway Timeout', '4', '504 Gateway Timeout'],
    // Words are marked wherever they are, whatever their case.
    ['404 Not Found', 'not found', '404 <match>Not</match> <match>Found</match>'],
    ['404 Not Found', 'NOT', '404 <match>Not</match> Found'],
    ['Not not', 'not', '<match>Not</match> <match>not</match>'],
    ['404 Not Found — 찾을 수 없음', '찾을', '404 Not Found — <match>찾을</match> 수 없음'],
    // A class or an empty query marks nothing.
    ['404 Not Found', '4xx', '404 Not Found'],
    ['404 Not Found', '', '404 Not Found'],
    // Text is escaped, marked or not.
    ["418 I'm a Teapot", 'teapot', '418 I&apos;m a <match>Teapot</match>'],
    ['a < b & c', 'b', 'a &lt; <match>b</match> &amp; c'],
  ])('%j for %j → %j', (text, query, expected) => {
    expect(markMatches(text, query)).toBe(expected);
  });

  it.each([
    ['404 Not Found', '<script>alert(1)</script>'],
    ['<script>404</script>', '<script>'],
    ['<script>404</script>', 'script 404'],
    ['a & b', '&'],
    ['a &amp; b', 'amp'],
    ['"quoted" & \'single\'', '" &'],
    ['<dim>fake</dim>', 'dim'],
    ['<<<>>>&&&', '< &'],
  ])('%j for %j is well-formed omnibox XML', (text, query) => {
    const actual = markMatches(text, query);
    expect(isOmniboxXml(actual), actual).toBe(true);
  });
});

describe('describeHit', () => {
  it("reads the dataset's inline code plainly: no backtick reaches the address bar", () => {
    for (const c of STATUS_CODES)
      for (const lang of ['ko', 'en'] as const)
        expect(describeHit(hit(c.code), lang, '', 'plain')).not.toContain('`');
  });

  it.each([
    ['ko', 'markup', '<match>404</match> Not Found — 찾을 수 없음: <dim>'],
    ['en', 'markup', '<match>404</match> Not Found: <dim>'],
    ['ko', 'plain', '404 Not Found — 찾을 수 없음: '],
    ['en', 'plain', '404 Not Found: '],
  ] as const)('404 in %s (%s) starts %j and ends with the summary', (lang, flavor, expected) => {
    const actual = describeHit(hit(404), lang, '404', flavor);
    const summary = entry(404).meanings[0][lang].summary;
    expect(actual.startsWith(expected)).toBe(true);
    expect(actual.endsWith(flavor === 'markup' ? `${summary}</dim>` : summary)).toBe(true);
  });

  it.each([
    ['en', 0, '499 Client Closed Request (nginx): '],
    ['ko', 0, '499 Client Closed Request — 클라이언트가 요청을 닫음 (nginx): '],
    ['en', 1, '499 Token Required (Esri ArcGIS): '],
  ] as const)('499 in %s, meaning %i, names its vendor: %j', (lang, meaning, expected) => {
    expect(describeHit(hit(499, meaning), lang, 'x', 'plain').startsWith(expected)).toBe(true);
  });

  it('a standard meaning names no vendor', () => {
    expect(describeHit(hit(451), 'en', '451', 'plain')).not.toContain('(Microsoft IIS)');
    expect(describeHit(hit(451, 1), 'en', '451', 'plain')).toContain('(Microsoft IIS)');
  });

  it('an index past the meanings falls back to the first meaning', () => {
    expect(describeHit(hit(404, 7), 'en', '', 'plain')).toBe(
      describeHit(hit(404), 'en', '', 'plain'),
    );
  });

  it('every code, in both languages, with a hostile query, is well-formed XML', () => {
    for (const code of STATUS_CODES) {
      for (const [meaning] of code.meanings.entries()) {
        for (const lang of ['ko', 'en'] as const) {
          const actual = describeHit({ entry: code, meaning }, lang, '<b>&"\' a', 'markup');
          expect(isOmniboxXml(actual), actual).toBe(true);
        }
      }
    }
  });
});

describe('suggest', () => {
  it('one line per code, the first meaning met, content like "404 Not Found"', () => {
    const actual = suggest([hit(451), hit(451, 1), hit(404)], 'en', '4', 'plain');
    expect(actual.map((s) => s.content)).toEqual([
      '451 Unavailable For Legal Reasons',
      '404 Not Found',
    ]);
    expect(actual[1]?.description).toBe(describeHit(hit(404), 'en', '4', 'plain'));
  });

  it('a vendor meaning met first is the one shown', () => {
    const actual = suggest([hit(499, 1), hit(499)], 'en', '499', 'plain');
    expect(actual.map((s) => s.content)).toEqual(['499 Token Required']);
  });

  it.each([
    [undefined, 6],
    [3, 3],
    [1, 1],
  ])('limit %s → %i lines', (limit, expected) => {
    const hits = [400, 401, 402, 403, 404, 405, 406, 407].map((c) => hit(c));
    expect(suggest(hits, 'ko', '40', 'markup', limit)).toHaveLength(expected);
  });

  it('no hits, no lines', () => {
    expect(suggest([], 'en', 'zzz', 'markup')).toEqual([]);
  });
});

describe('defaultLine', () => {
  it.each(['ko', 'en'] as const)('%s: empty query → the hint', (lang) => {
    expect(defaultLine([], lang, '', 'plain')).toBe(t(lang, 'omniboxDefault'));
    expect(defaultLine([], lang, '   ', 'plain')).toBe(t(lang, 'omniboxDefault'));
  });

  it.each(['ko', 'en'] as const)(
    '%s: a number with no entry → says it is not registered',
    (lang) => {
      const actual = defaultLine([], lang, '299', 'plain');
      expect(actual).toBe(t(lang, 'omniboxUnknownCode', 299));
      expect(actual).toContain('299');
    },
  );

  it.each(['ko', 'en'] as const)('%s: words with no match → says so, quoting the words', (lang) => {
    const actual = defaultLine([], lang, '  zzzz ', 'plain');
    expect(actual).toBe(t(lang, 'omniboxNoMatch', 'zzzz'));
    expect(actual).toContain('zzzz');
  });

  it.each(['ko', 'en'] as const)(
    '%s: codes compared → the line that opens the comparison',
    (lang) => {
      const actual = defaultLine([hit(401), hit(403)], lang, '401과 403 차이', 'plain');
      expect(actual).toBe(t(lang, 'omniboxCompare', '401 · 403'));
      expect(actual).toContain('401 · 403');
    },
  );

  it('with hits → the hint', () => {
    expect(defaultLine([hit(404)], 'en', 'not found', 'plain')).toBe(t('en', 'omniboxDefault'));
  });

  it('markup escapes the typed text', () => {
    const actual = defaultLine([], 'en', '<b>&', 'markup');
    expect(actual).toContain('&lt;b&gt;&amp;');
    expect(isOmniboxXml(actual)).toBe(true);
  });
});

describe('cleanQuery', () => {
  it.each([
    ['gateway timeout', 'gateway timeout'],
    ['tab\tand\nlines\r', 'tab\tand\nlines\r'],
    // XML forbids these: Chrome rejects a line that holds one.
    ['a\u0000b\u0001c\u001Fd', 'abcd'],
    ['a\uFFFEb\uFFFFc', 'abc'],
    // A lone surrogate goes; a pair (a character beyond the first plane) stays.
    ['a\uD800b\uDC00c', 'abc'],
    ['😀 \u{10FFFF}', '😀 \u{10FFFF}'],
    ['찾을 수 없음', '찾을 수 없음'],
  ])('%j → %j', (input, expected) => {
    expect(cleanQuery(input)).toBe(expected);
  });

  it('keeps at most 200 characters, never cutting a character in half', () => {
    expect(cleanQuery('x'.repeat(10_000))).toBe('x'.repeat(200));
    expect(cleanQuery(`${'a'.repeat(199)}😀`)).toBe('a'.repeat(199));
  });

  it('makes any text searchable: its reference target never throws', () => {
    for (const text of ['\uD800', 'a\uDBFF', '\uDFFFz', `${'b'.repeat(199)}\uD83D\uDE00`])
      expect(() => referenceTarget(cleanQuery(text))).not.toThrow();
  });
});

describe('referenceTarget', () => {
  it.each([
    ['404', '#404'],
    ['299', '#299'],
    ['http 404', '#404'],
    ['HTTP/1.1 503', '#503'],
    ['404 에러', '#404'],
    ['401 vs 403', '#compare-401-403'],
    ['302 307 차이점', '#compare-302-307'],
    ['429 or 503', '#compare-429-503'],
    ['too many', '?q=too%20many'],
    ['  too many  ', '?q=too%20many'],
    ['4xx', '?q=4xx'],
    ['40', '?q=40'],
    ['찾을', `?q=${encodeURIComponent('찾을')}`],
    ['a&b=c#d', '?q=a%26b%3Dc%23d'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(referenceTarget(input)).toBe(expected);
  });
});

describe('openAction', () => {
  it.each([
    ['currentTab', { kind: 'update' }],
    ['newForegroundTab', { kind: 'create', active: true }],
    ['newBackgroundTab', { kind: 'create', active: false }],
  ] as const)('%s → %j', (input, expected) => {
    expect(openAction(input)).toEqual(expected);
  });
});
