import { describe, expect, it } from 'vitest';
import { IANA_REGISTRY } from './iana.ts';
import { proseOf } from './test-texts.ts';
import { classOf } from '../utils/status-class.ts';
import { ALL_MEANINGS, STATUS_CODES, getStatusCode } from './index.ts';
import { LANGS, type MeaningText, type StatusMeaning } from './types.ts';
import { VENDORS } from './vendors.ts';

const label = (m: StatusMeaning): string => `${m.code} ${m.phrase}`;
/** Every Korean sentence and name of a meaning (its keywords are search words, not prose). */
const koreanProse = (m: StatusMeaning): string[] => [m.ko.name, ...proseOf(m.ko)];
const texts = (m: StatusMeaning): [string, MeaningText][] => LANGS.map((l) => [l, m[l]]);

describe('codes', () => {
  it('are unique and sorted', () => {
    const codes = STATUS_CODES.map((c) => c.code);
    expect(codes).toEqual([...new Set(codes)].sort((a, b) => a - b));
  });

  it.each(STATUS_CODES.map((c) => [c.code, c] as const))(
    '%i: every meaning has that number, class 1–5',
    (code, entry) => {
      expect(classOf(code)).toBeDefined();
      for (const m of entry.meanings) expect(m.code).toBe(code);
    },
  );

  it('put the registered meaning first and never let a vendor hide it', () => {
    for (const { code, meanings } of STATUS_CODES) {
      const registered = IANA_REGISTRY.find((r) => r.code === code);
      expect(meanings[0].status === 'non-standard', `${code}`).toBe(registered === undefined);
      expect(meanings.filter((m) => m.status !== 'non-standard').length).toBeLessThanOrEqual(1);
    }
  });
});

describe('the IANA registry', () => {
  it('has 64 values', () => expect(IANA_REGISTRY).toHaveLength(64));

  it.each(IANA_REGISTRY.map((r) => [r.code, r] as const))(
    '%i is present with its registered phrase and status',
    (code, registered) => {
      const meaning = getStatusCode(code)?.meanings[0];
      expect(meaning?.status).toBe(registered.status);
      // The registry writes "(Unused)" for reserved numbers; we show their historical name.
      if (registered.phrase !== '(Unused)') expect(meaning?.phrase).toBe(registered.phrase);
    },
  );
});

describe('vendor codes', () => {
  const required: [number, string][] = [
    [444, 'nginx'],
    [494, 'nginx'],
    [495, 'nginx'],
    [496, 'nginx'],
    [497, 'nginx'],
    [499, 'nginx'],
    [520, 'cloudflare'],
    [521, 'cloudflare'],
    [522, 'cloudflare'],
    [523, 'cloudflare'],
    [524, 'cloudflare'],
    [525, 'cloudflare'],
    [526, 'cloudflare'],
    [527, 'cloudflare'],
    [530, 'cloudflare'],
    [440, 'iis'],
    [449, 'iis'],
    [451, 'iis'],
    [460, 'aws-elb'],
    [463, 'aws-elb'],
    [561, 'aws-elb'],
    [419, 'laravel'],
    [420, 'twitter'],
    [498, 'esri'],
    [499, 'esri'],
    [509, 'apache'],
  ];
  it.each(required)('%i from %s is present', (code, vendor) => {
    expect(getStatusCode(code)?.meanings.some((m) => m.vendor === vendor)).toBe(true);
  });

  it.each([598, 599])('%i is present', (code) => expect(getStatusCode(code)).toBeDefined());

  it.each([103, 420, 451, 499, 530])('%i has several meanings, each with its origin', (code) => {
    const meanings = getStatusCode(code)?.meanings ?? [];
    expect(meanings.length).toBeGreaterThan(1);
    for (const m of meanings.slice(1)) expect(m.vendor).toBeDefined();
  });

  it('are marked non-standard exactly when a vendor is named', () => {
    for (const m of ALL_MEANINGS)
      expect(m.vendor !== undefined, label(m)).toBe(m.status === 'non-standard');
    for (const m of ALL_MEANINGS) if (m.vendor) expect(VENDORS[m.vendor]).toBeDefined();
  });
});

describe('text', () => {
  it.each(ALL_MEANINGS.map((m) => [label(m), m] as const))(
    '%s is complete in Korean and English',
    (_, m) => {
      expect(m.en.name).toBe(m.phrase);
      for (const [lang, t] of texts(m)) {
        for (const value of [t.name, t.summary, t.detail, t.retryNote]) {
          expect(value.trim(), `${lang}`).not.toBe('');
        }
        expect(t.keywords.length, `${lang} keywords`).toBeGreaterThan(0);
        for (const k of t.keywords) expect(k.trim()).not.toBe('');
        const errorClass = m.code >= 400;
        for (const list of [t.causes, t.clientFixes, t.serverFixes]) {
          if (errorClass) {
            expect(list?.length, `${lang} causes/fixes`).toBeGreaterThan(0);
            for (const item of list ?? []) expect(item.trim()).not.toBe('');
          }
        }
      }
      expect(m.ko.name).toMatch(/[가-힣]/u);
      expect(m.ko.summary).toMatch(/[가-힣]/u);
    },
  );

  it('never repeats a sentence between two meanings', () => {
    const seen = new Map<string, string>();
    for (const m of ALL_MEANINGS) {
      for (const [, t] of texts(m)) {
        for (const sentence of [
          t.summary,
          t.detail,
          ...(t.causes ?? []),
          ...(t.clientFixes ?? []),
          ...(t.serverFixes ?? []),
        ]) {
          const owner = seen.get(sentence);
          expect(
            owner === undefined || owner === label(m),
            `"${sentence}" in ${owner} and ${label(m)}`,
          ).toBe(true);
          seen.set(sentence, label(m));
        }
      }
    }
  });

  // An odd backtick would show as a literal character and swallow the code span after it.
  it.each(ALL_MEANINGS.map((m) => [label(m), m] as const))(
    '%s closes every inline code span it opens',
    (_, m) => {
      for (const [lang, t] of texts(m)) {
        for (const value of [t.name, ...proseOf(t), ...t.keywords]) {
          expect(value.split('`').length % 2, `${lang}: ${value}`).toBe(1);
          expect(value, `${lang}: an empty code span`).not.toMatch(/``/u);
        }
      }
    },
  );

  it('gives every meaning of a number its own name', () => {
    for (const { meanings } of STATUS_CODES) {
      const names = meanings.flatMap((m) => [m.phrase, m.ko.name]);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('uses the glossary term 오류, not 에러, in Korean prose', () => {
    for (const m of ALL_MEANINGS) {
      for (const s of koreanProse(m)) expect(s, label(m)).not.toMatch(/에러/u);
    }
  });

  it('keeps words the Korean review found wrong out of names, prose and keywords', () => {
    for (const m of ALL_MEANINGS) {
      for (const s of [...koreanProse(m), ...m.ko.keywords]) {
        // Reactive negotiation is not 반응형 (responsive design); 203 is not unofficial.
        expect(s, label(m)).not.toMatch(/반응형|새로 고침|비공식 비표준/u);
        if (m.code === 203) expect(s, label(m)).not.toMatch(/비공식/u);
      }
    }
    expect(ALL_MEANINGS.find((m) => m.code === 416)?.ko.name).toBe('충족할 수 없는 범위');
    expect(ALL_MEANINGS.find((m) => m.code === 200)?.ko.name).not.toBe('성공');
  });
});

describe('references', () => {
  it.each(ALL_MEANINGS.map((m) => [label(m), m] as const))('%s links are well-formed', (_, m) => {
    expect(new URL(m.spec.url).protocol).toBe('https:');
    if (m.spec.title.startsWith('RFC ')) {
      const rfc = m.spec.title.slice(4);
      expect(m.spec.title).toMatch(/^RFC \d{4}$/u);
      expect(m.spec.url).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc}#section-${m.spec.section}`);
      expect(m.spec.section).toMatch(/^\d+(\.\d+)*$/u);
    }
    if (m.mdn !== undefined) {
      expect(m.mdn).toBe(
        `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${m.code}`,
      );
    }
    for (const h of m.headers) expect(h).toMatch(/^:?[A-Za-z][A-Za-z0-9-]*$/u);
  });

  it('marks exactly the RFC 9110 §15.1 codes heuristically cacheable', () => {
    const cacheable = ALL_MEANINGS.filter((m) => m.cacheable).map((m) => m.code);
    expect(cacheable).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);
  });

  it('gives a standard defining document to every registered code', () => {
    for (const m of ALL_MEANINGS.filter((x) => x.status !== 'non-standard')) {
      expect(m.spec.title, label(m)).toMatch(/^(RFC \d{4}|draft-ietf-[a-z0-9-]+)$/u);
    }
  });
});
