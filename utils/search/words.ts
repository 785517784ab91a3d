/**
 * What a word is to search: Korean or not, a 초성 query or not, and whether it says anything
 * about which code is meant. Spellings, endings and class names have their own modules;
 * Hangul itself (jamo, 초성, keyboard layouts) is es-hangul's job.
 */
export function hasHangul(text: string): boolean {
  return /[ㄱ-ㅣ가-힣]/u.test(text);
}

/** True when the text has Hangul consonants and nothing else but spaces (`ㅊㅇㅅㅇㅇ`). */
export function isInitialsQuery(text: string): boolean {
  return /^[ㄱ-ㅎ\s]+$/u.test(text) && /[ㄱ-ㅎ]/u.test(text);
}

/**
 * Words that say nothing about which code is meant: English function words, and the Korean
 * words people wrap around a problem (`왜`, `해결 방법`, `떠요`). A query's other words decide.
 */
const STOP_WORDS = new Set([
  ...'a an the to for of on in at by with from into is are was were be been being it its this that these those my our your their i we you they me us and or but so when after before while what which why how get got gets getting keeps kept still just some any do does did can could should would will'.split(
    ' ',
  ),
  ...'왜 좀 자꾸 계속 갑자기 그냥 해결 해결법 방법 원인 뜻 의미 이유 발생 문제 현상 경우 관련 때 시 나옴 뜸 떠요 떴어요 나요 나와요 남 됨 돼요 되요 돼 안 못 이거 이게 그거 어떻게'.split(
    ' ',
  ),
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
