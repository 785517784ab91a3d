import { describe, expect, it } from 'vitest';
import { normalize, parseQuery } from './query.ts';

describe('parseQuery', () => {
  describe('a number, however it is decorated, is a code', () => {
    it.each([
      ['404', 404],
      ['  404  ', 404],
      ['HTTP 404', 404],
      ['HTTP/1.1 404', 404],
      ['http/2 503', 503],
      ['HTTPS/1.0 500', 500],
      ['status 404', 404],
      ['status code 404', 404],
      ['Status: 404', 404],
      ['"status": 404', 404],
      ['HTTP status code 418', 418],
      ['response code 200', 200],
      ['error 404', 404],
      ['404 error', 404],
      ['error code 500', 500],
      ['404 not found', 404],
      ['404 Not Found', 404],
      ['#404', 404],
      ['상태 코드 404', 404],
      ['상태코드 404', 404],
      ['404 에러', 404],
      ['404에러', 404],
      ['404오류', 404],
      ['404번', 404],
      ['에러 404', 404],
      ['오류 코드 502', 502],
      ['４０４', 404],
      ['HTTP　４０４', 404],
      // Unknown numbers are still codes; whether they exist is the index's business.
      ['999', 999],
      ['299', 299],
    ])('%j → code %i', (input, expected) => {
      expect(parseQuery(input)).toEqual({ kind: 'code', code: expected });
    });
  });

  describe('one or two digits are a prefix', () => {
    it.each([
      ['40', '40'],
      ['5', '5'],
      ['HTTP 41', '41'],
      ['status 5', '5'],
      ['０', '0'],
    ])('%j → prefix %s', (input, expected) => {
      expect(parseQuery(input)).toEqual({ kind: 'prefix', prefix: expected });
    });
  });

  describe('a class form is a class', () => {
    it.each([
      ['4xx', 4],
      ['4XX', 4],
      ['4**', 4],
      ['4x', 4],
      ['5xx errors', 5],
      ['5xx error', 5],
      ['2xx codes', 2],
      ['3xx status', 3],
      ['http 5xx', 5],
      ['4xx 에러', 4],
      ['5xx 오류', 5],
      ['１xx', 1],
    ])('%j → class %i', (input, expected) => {
      expect(parseQuery(input)).toEqual({ kind: 'class', digit: expected });
    });

    it.each(['6xx', '0xx', '44xx', 'xx', '4xxx'])('%j is not a class', (input) => {
      expect(parseQuery(input).kind).not.toBe('class');
    });
  });

  describe('words are text, normalised', () => {
    it.each([
      ['not found', 'not found'],
      ['  Not   FOUND ', 'not found'],
      ['너무 많은', '너무 많은'],
      ['ㅊㅇㅅㅇㅇ', 'ㅊㅇㅅㅇㅇ'],
      ['ＮＯＴ ＦＯＵＮＤ', 'not found'],
      ['rate limit', 'rate limit'],
    ])('%j → text %j', (input, expected) => {
      expect(parseQuery(input)).toEqual({ kind: 'text', text: expected });
    });
  });

  it.each(['', ' ', '\t\n', '　'])('%j is empty', (input) => {
    expect(parseQuery(input)).toEqual({ kind: 'empty' });
  });

  describe('numbers that must not be read as a code', () => {
    it.each([
      '1404',
      '404 500',
      'version 1.404',
      '4040',
      '404404',
      'port 8080',
      '2024',
      '1.404',
      '404 and 500',
      'error 404 500',
    ])('%j', (input) => {
      const actual = parseQuery(input);
      expect(actual.kind).not.toBe('code');
      expect(actual.kind).not.toBe('prefix');
    });
  });
});

describe('normalize', () => {
  it.each([
    ['  Not   Found ', 'not found'],
    ['４０４', '404'],
    ['a\u3000b', 'a b'],
    // Compatibility jamo are what people type; NFKC would turn them into conjoining jamo.
    ['ㅊㅇ', 'ㅊㅇ'],
    // A decomposed syllable is composed.
    ['\u1100\u1161', '가'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});
