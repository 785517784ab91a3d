import { describe, expect, it } from 'vitest';
import { normalize } from './query.ts';
import { canonical } from './spellings.ts';

const form = (s: string): string => canonical(normalize(s));

describe('canonical: the spellings of one term are one form', () => {
  it.each([
    // 에러 ≡ 오류, glued particles and all.
    ['에러', '오류'],
    ['서버 에러', '서버 오류'],
    ['CORS에러가 나요', 'cors오류가 나요'],
    // 리다이렉트 ≡ 리디렉트 ≡ 리다이렉션 ≡ 리디렉션.
    ['리다이렉트', '리다이렉션'],
    ['리디렉트', '리다이렉션'],
    ['리디렉션', '리다이렉션'],
    ['리다이렉션', '리다이렉션'],
    ['무한 리다이렉트', '무한 리다이렉션'],
    ['리다이렉팅', '리다이렉션'],
    // 엔티티 ≡ 엔터티.
    ['요청 엔터티가 너무 큼', '요청 엔티티가 너무 큼'],
    ['처리할 수 없는 엔티티', '처리할 수 없는 엔티티'],
    ['요청 개체가 너무 큼', '요청 엔티티가 너무 큼'],
    // 사전 조건 ≡ 전제 조건 ≡ 전제조건.
    ['전제 조건 실패', '사전 조건 실패'],
    ['전제조건 실패', '사전 조건 실패'],
    // 타임아웃 ≡ 시간 초과.
    ['게이트웨이 타임아웃', '게이트웨이 시간 초과'],
    ['게이트웨이타임아웃', '게이트웨이시간 초과'],
    ['타임 아웃', '시간 초과'],
    // The glossary's search-only variants.
    ['원본 서버', '원 서버'],
    ['오리진 서버 오류', '원 서버 오류'],
    ['메소드', '메서드'],
    ['레이트 리밋', '요청 한도'],
    ['레이트리밋', '요청 한도'],
    ['속도 제한', '요청 한도'],
    ['요청 제한', '요청 한도'],
    ['캐싱', '캐시'],
    ['커넥션 끊김', '연결 끊김'],
    ['로드밸런서', '로드 밸런서'],
    ['프리플라이트', '사전 요청'],
    // English, whole words only.
    ['request timed out', 'request timeout'],
    ['Time-out', 'timeout'],
    ['e-mail already used', 'email already used'],
    ['duplicate sign-up', 'duplicate signup'],
    ['log in failed', 'login failed'],
    ['redirection loop', 'redirect loop'],
    ['rate-limit', 'rate limit'],
    ['timeouts', 'timeouts'],
    ['signups', 'signups'],
  ])('%s → %s', (input, expected) => {
    expect(form(input)).toBe(expected);
  });

  it('leaves everything else as it is', () => {
    for (const s of [
      'not found',
      '찾을 수 없음',
      '요청 한도',
      '인증서',
      '오류',
      '404',
      'timeout',
    ]) {
      expect(form(s)).toBe(s);
    }
  });
});
