import { describe, expect, it } from 'vitest';
import { getStatusCode } from '../index.ts';
import { LANGS, type StatusMeaning } from '../types.ts';
import { COMPARISONS } from './comparisons.ts';
import type { Comparison, ComparisonRow, Fault, RedirectMethod } from './types.ts';

const HANGUL = /[가-힣]/;
const label = (c: Comparison, r?: ComparisonRow): string =>
  r === undefined ? c.id : `${c.id} ${r.code}`;
const rows = COMPARISONS.flatMap((c) => c.rows.map((r) => [label(c, r), c, r] as const));

/** The meaning a row compares: the vendor's when it names one, otherwise the registered one. */
function meaningOf(row: ComparisonRow): StatusMeaning | undefined {
  const meanings = getStatusCode(row.code)?.meanings ?? [];
  return row.vendor === undefined
    ? meanings.find((m) => m.status !== 'non-standard')
    : meanings.find((m) => m.vendor === row.vendor);
}

/** Every sentence a reader sees in one language: title, summary, each row's two texts. */
const texts = (c: Comparison, lang: 'en' | 'ko'): string[] => [
  c[lang].title,
  c[lang].summary,
  ...c.rows.flatMap((r) => [r[lang].meaning, r[lang].useWhen]),
];

// The groups issue 20 asks for, in its order.
const ISSUE_GROUPS = [
  '401-403-404',
  '301-302-303-307-308',
  '500-502-503-504',
  '400-409-422',
  '200-201-202-204',
  '404-410',
  '429-503',
  '412-428',
  '413-414-431',
  '405-501',
  '406-415',
  '499-408-504',
];

const REDIRECT_METHOD: Readonly<Record<number, RedirectMethod>> = {
  301: 'post-may-become-get', // RFC 9110 §15.4.2 note: user agents may rewrite POST to GET
  302: 'post-may-become-get', // §15.4.3, same note; browsers do so
  303: 'becomes-get', // §15.4.4
  307: 'kept', // §15.4.8
  308: 'kept', // §15.4.9, RFC 7538
};

/** Rows whose fault differs from their class's rule, with the reason. */
const FAULT_EXCEPTIONS: readonly [code: number, fault: Fault, why: string][] = [
  [499, 'client-gone', 'nginx logs it when the client hung up; no request change would help'],
  [502, 'upstream', 'a gateway reports the server behind it'],
  [504, 'upstream', 'a gateway reports the server behind it'],
  [522, 'upstream', 'Cloudflare reports that the origin behind it did not connect in time'],
  [524, 'upstream', 'Cloudflare reports that the origin behind it did not answer in time'],
];

function expectedFault(code: number): Fault {
  const exception = FAULT_EXCEPTIONS.find(([c]) => c === code);
  if (exception) return exception[1];
  if (code < 400) return 'none';
  return code < 500 ? 'client' : 'server';
}

/**
 * Korean particles after a number follow how its last digit is read: 0 (십, 백), 3 (삼) and
 * 6 (육) end in a consonant and take 으로/은/을/과; 1, 7, 8 end in ㄹ and take 로 but 은/을/과.
 */
function particleErrors(text: string): string[] {
  const errors: string[] = [];
  for (const [whole, digits = '', particle = ''] of text.matchAll(
    /(\d+)(으로|로|은|는|을|를|과|와)/gu,
  )) {
    const last = digits.at(-1) ?? '';
    const consonant = '013678'.includes(last);
    const rieul = '178'.includes(last);
    const fits: Record<string, boolean> = {
      으로: consonant && !rieul,
      로: !consonant || rieul,
      은: consonant,
      을: consonant,
      과: consonant,
      는: !consonant,
      를: !consonant,
      와: !consonant,
    };
    if (fits[particle] !== true) errors.push(whole);
  }
  return errors;
}

describe('comparisons: identity', () => {
  it('have unique ids and unique code sets', () => {
    const ids = COMPARISONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sets = COMPARISONS.map((c) =>
      c.rows
        .map((r) => r.code)
        .sort((a, b) => a - b)
        .join(),
    );
    expect(new Set(sets).size).toBe(sets.length);
  });

  it.each(COMPARISONS.map((c) => [c.id, c] as const))(
    '%s: id is the codes in row order, each once, at least two',
    (id, c) => {
      expect(c.rows.map((r) => r.code).join('-')).toBe(id);
      expect(new Set(c.rows.map((r) => r.code)).size).toBe(c.rows.length);
      expect(c.rows.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('hold every group of issue 20, in its order, before any other', () => {
    expect(COMPARISONS.slice(0, ISSUE_GROUPS.length).map((c) => c.id)).toEqual(ISSUE_GROUPS);
  });

  it('compare every code the issue names', () => {
    const compared = new Set(COMPARISONS.flatMap((c) => c.rows.map((r) => r.code)));
    const named = ISSUE_GROUPS.flatMap((id) => id.split('-').map(Number));
    expect(named.filter((code) => !compared.has(code))).toEqual([]);
  });
});

describe('comparisons: rows', () => {
  it.each(rows)('%s: the compared meaning exists in the dataset', (_, __, row) => {
    const meaning = meaningOf(row);
    expect(meaning).toBeDefined();
    expect(meaning?.vendor).toBe(row.vendor);
  });

  it.each(rows)('%s: a number with no registered meaning names its vendor', (_, __, row) => {
    const registered = getStatusCode(row.code)?.meanings[0].status !== 'non-standard';
    expect(registered || row.vendor !== undefined).toBe(true);
  });

  it.each(rows)('%s: a method exactly on 3xx redirects, the one RFC 9110 gives', (_, __, row) => {
    expect(row.method).toBe(REDIRECT_METHOD[row.code]);
  });

  it.each(rows)('%s: fault follows the class, or the exception table', (_, __, row) => {
    expect(row.fault).toBe(expectedFault(row.code));
  });

  it.each(rows)('%s: senders are unique', (_, __, row) => {
    expect(new Set(row.senders).size).toBe(row.senders.length);
  });

  it.each(rows)('%s: useWhen speaks to a sender or a reader of logs', (_, __, row) => {
    const en = row.en.useWhen;
    expect(en.startsWith(`Send ${row.code} `) || en.startsWith('You see it ')).toBe(true);
    const ko = row.ko.useWhen;
    const sends = ko.includes(`${row.code}로 응답`) || ko.includes(`${row.code}으로 응답`);
    expect(sends || ko.includes('보게 됩니다')).toBe(true);
    // Codes only a gateway or the log produces are described, not recommended.
    if (['upstream', 'client-gone'].includes(row.fault)) expect(en).toMatch(/^You see it /);
  });
});

describe('comparisons: text', () => {
  it.each(COMPARISONS.map((c) => [c.id, c] as const))(
    '%s: every text is filled in both languages, and they differ',
    (_, c) => {
      const [en, ko] = LANGS.map((lang) => texts(c, lang));
      for (const [i, text] of (en ?? []).entries()) {
        expect(text.trim()).not.toBe('');
        expect(ko?.[i]?.trim()).not.toBe('');
        expect(ko?.[i]).not.toBe(text);
        expect(text).not.toMatch(HANGUL);
        expect(ko?.[i]).toMatch(HANGUL);
      }
    },
  );

  it.each(COMPARISONS.map((c) => [c.id, c] as const))(
    '%s: title and summary name every code; summaries stay short',
    (_, c) => {
      for (const lang of LANGS) {
        for (const row of c.rows) {
          expect(c[lang].title).toContain(String(row.code));
          expect(c[lang].summary).toContain(String(row.code));
        }
        expect(c[lang].summary.length).toBeLessThanOrEqual(300);
      }
    },
  );

  it.each(COMPARISONS.map((c) => [c.id, c] as const))(
    '%s: Korean particles after numbers match how the number is read',
    (_, c) => {
      expect(texts(c, 'ko').flatMap(particleErrors)).toEqual([]);
    },
  );

  it('the particle check itself accepts and refuses the right forms', () => {
    expect(particleErrors('404로 응답, 403으로 응답, 410으로, 401은, 307과, 429와, 500을')).toEqual(
      [],
    );
    expect(particleErrors('403로, 404으로, 401는, 503를, 429과')).toEqual([
      '403로',
      '404으로',
      '401는',
      '503를',
      '429과',
    ]);
  });

  it('no sentence repeats inside one language', () => {
    for (const lang of LANGS) {
      const all = COMPARISONS.flatMap((c) => texts(c, lang));
      expect(
        all.filter((t, i) => all.indexOf(t) !== i),
        lang,
      ).toEqual([]);
    }
  });
});

describe('comparisons: sources', () => {
  it.each(COMPARISONS.map((c) => [c.id, c] as const))(
    '%s: https links, RFC links pointing at the section named',
    (_, c) => {
      for (const source of c.sources) {
        expect(source.url).toMatch(/^https:\/\//);
        const rfc = /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc(\d+)#section-(.+)$/.exec(source.url);
        if (source.title.startsWith('RFC ')) {
          expect(rfc?.[1] && `RFC ${rfc[1]}`).toBe(source.title);
          expect(rfc?.[2]).toBe(source.section);
        }
      }
      const urls = c.sources.map((s) => s.url);
      expect(new Set(urls).size).toBe(urls.length);
    },
  );

  it.each(rows)('%s: the defining document of the code is among the sources', (_, c, row) => {
    expect(c.sources.map((s) => s.url)).toContain(meaningOf(row)?.spec.url);
  });
});
