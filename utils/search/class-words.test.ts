import { describe, expect, it } from 'vitest';
import { classWordOf } from './class-words.ts';
import { normalize } from './query.ts';

describe('classWordOf: a class asked for by name', () => {
  it.each([
    ['정보성', 1],
    ['정보성 응답', 1],
    ['정보 응답 코드', 1],
    ['informational', 1],
    ['성공', 2],
    ['성공 응답', 2],
    ['success codes', 2],
    ['리다이렉션', 3],
    ['리다이렉트', 3],
    ['리디렉션 응답', 3],
    ['redirects', 3],
    ['redirection', 3],
    ['클라이언트 오류', 4],
    ['클라이언트 에러', 4],
    ['클라이언트에러', 4],
    ['클라이언트 오류 응답', 4],
    ['클라이언트 오류 코드', 4],
    ['client errors', 4],
    ['client-side error', 4],
    ['http client error', 4],
    ['서버 오류', 5],
    ['서버 에러 코드', 5],
    ['server error codes', 5],
    ['비표준', 'non-standard'],
    ['비표준 코드', 'non-standard'],
    ['비공식 코드', 'non-standard'],
    ['non-standard codes', 'non-standard'],
    ['unofficial', 'non-standard'],
    ['all client errors', 4],
    ['조건부 응답 코드', 1],
    ['요청 오류', 4],
    ['any kind of success response', 2],
    ['모든 서버 오류 코드', 5],
  ] as const)('%s → %s', (query, cls) => {
    expect(classWordOf(normalize(query))).toBe(cls);
  });

  it.each([
    '인증 오류',
    '내부 서버 오류',
    '게이트웨이 오류',
    '무한 리다이렉트',
    '리다이렉트 루프',
    'redirect loop',
    'internal server error',
    '성공했는데 본문이 없음',
    '서버',
    '오류',
  ])('%s is not a class', (query) => {
    expect(classWordOf(normalize(query))).toBeUndefined();
  });
});
