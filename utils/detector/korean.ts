/**
 * Korean after the number: words that say HTTP (`404 에러`, `404 응답`), colloquial verbs of a
 * status that shows up (`502가 계속 납니다`, `429로 막힙니다`), particles that make the number a
 * noun (`404가`), and counters that make it a quantity (`500원`, `200명`).
 */
import { F } from './features.ts';
import type { Token } from './text.ts';
import type { Evidence } from './types.ts';
import { set, stripParticle } from './words.ts';

/**
 * Korean words after the number that say HTTP: `404 에러`, `500 오류`, `404 응답`, `404 발생`.
 * Read as prefixes, so no `/` endings here, and a plain split is enough.
 */
const KO_FOLLOWERS = (
  '에러 오류 응답 상태 코드 리다이렉트 리디렉션 발생 정상 뜨 뜬 뜸 뜹 떠 떴 반환 리턴 돌려 받 던지 던져 ' +
  '내려 뱉'
).split(' ');
/**
 * Colloquial verbs of a status that shows up, after the number or its particle: `502가 계속
 * 납니다`, `404 나와요`, `429로 막힙니다`, `403이 떨어져요`. `나가` (money going out) is not one.
 */
const KO_VERBS = (
  '나와 나옵 나오 나왔 나요 납니 나는 나네 나서 나고 났 난다 막히 막혀 막힙 막혔 떨어 튀어 찍히 찍혀 ' +
  '찍힙 찍혔 생기 생겨 생깁 생겼 걸리 걸려 걸립 걸렸 보이 보인 보여 보입 보였 사라지 사라져 사라집 사라졌 뱉 터지 터져 터집 터졌 리턴 ' +
  '반환 거부 실패 응답'
).split(' ');
const KO_NOT_VERBS = ['나가', '나갑', '나갔', '나간'];
/** An adverb between a particle and its verb: `503이 잠깐 떴다가`, `502가 계속 납니다`. */
const KO_ADVERBS = set(
  '잠깐 계속 자꾸 가끔 또 다시 갑자기 바로 자주 항상 계속해서 간헐적으로 종종 여전히 계속적으로',
);
/** A count compared, not a status: `요청이 500을 넘으면`, `500 이상`. */
const KO_COMPARISONS =
  '넘 초과 이상 이하 미만 넘어 넘었 돌파 달성 정도 가량 안팎 내외 남짓 차이 늘 줄'.split(' ');

/** Korean counters and measures: `500원`, `200명`, `100개`, `300 이상`. */
const KO_COUNTERS = (
  '원 명 개 년 월 일 시 분 초 회 건 장 권 대 살 세 점 위 층 호 편 곳 달러 만 억 천 배 킬로 그램 ' +
  '칼로리 미터 바이트 줄 번 퍼센트 이상 이하 미만 초과 여 가량 정도 도'
).split(' ');
/** Particles that make the bare number a noun: `404가`, `404를`, `404입니다`. */
const KO_PARTICLES = set(
  '가 이 는 은 를 을 로 으로 에 에서 의 와 과 만 까지 부터 라는 란 이란 라고 이라고 나 이나 랑 이랑 처럼 ' +
    '입니다 이다 이며 이고 인 면 이면 라면 이라면 일까 일까요 인가 인가요 이죠 이야 이에요',
);

const startsWithAny = (word: string, list: readonly string[]): boolean =>
  list.some((p) => word.startsWith(p));

/** A word after plain spaces, or nothing. */
const spaced = (t: Token | undefined): string => (t && /^[ \t]+$/.test(t.sep) ? t.raw : '');

const verbAt = (word: string): boolean =>
  startsWithAny(word, KO_VERBS) && !startsWithAny(word, KO_NOT_VERBS);

/**
 * `404 에러`, `404페이지`, `500원`, `200 명`, `404가 발생`, `503이 잠깐 떴다가`, `429로 막힙니다`,
 * `404 나와요`, `404일 때` — and `500을 넘으면`, `500이 나가요` (a count, money).
 */
export function koreanAfter(
  u0: Token,
  u1: Token | undefined,
  u2: Token | undefined,
  code: number,
  ev: Evidence,
): void {
  const w = u0.raw;
  const glued = u0.sep === '';
  if (startsWithAny(w, KO_FOLLOWERS) || (code >= 400 && w.startsWith('페이지'))) {
    ev[F.koFollower] = 1;
    // `404 상태 코드`, `200 응답코드`: as unmistakable as `status code 404`.
    if (/^(?:상태|응답)코드/.test(w + spaced(u1))) ev[F.koStatusCodeAfter] = 1;
  } else if (verbAt(w)) {
    ev[F.koVerb] = 1; // `404 나와요`, `502 납니다`
  } else if (glued && w === '일' && u1 && /^(?:때|경우)/.test(u1.raw)) {
    ev[F.koWhen] = 1; // "when it is 404", not a day of the month
  } else if (glued && w === '도' && verbAt(spaced(u1))) {
    // `524도 보인다면`: the particle "also" before a verb, not degrees.
    ev[F.particle] = 1;
    ev[F.koVerb] = 1;
  } else if (glued ? startsWithAny(w, KO_COUNTERS) : KO_COUNTERS.includes(stripParticle(w))) {
    ev[F.koCounter] = 1;
  } else if (glued && KO_PARTICLES.has(w)) {
    ev[F.particle] = 1;
    // The verb right after, or after one adverb: `503이 잠깐 떴다가`, `429로 막힙니다`.
    for (const next of [spaced(u1), KO_ADVERBS.has(spaced(u1)) ? spaced(u2) : '']) {
      if (!next) continue;
      if (startsWithAny(next, KO_FOLLOWERS)) ev[F.particleFollower] = 1;
      else if (verbAt(next)) ev[F.koVerb] = 1;
      else if (startsWithAny(next, KO_COMPARISONS)) ev[F.koComparison] = 1;
    }
  } else if (glued) ev[F.koBlocked] = 1;
}
