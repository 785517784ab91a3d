import { describe, expect, it } from 'vitest';
import { conjugatedRoot, stemOf } from './endings.ts';

describe('stemOf: a query word without its ending', () => {
  it.each([
    // Verb endings leave the stem, however short.
    ['초과했습니다', '초과'],
    ['없어요', '없'],
    ['막혔어요', '막혔'],
    ['거부됐어요', '거부'],
    ['만료되었습니다', '만료'],
    ['끊겼는데', '끊겼'],
    ['실패합니다', '실패'],
    ['충돌났어요', '충돌'],
    ['거절당함', '거절'],
    ['연타했더니', '연타'],
    ['길다고', '길'],
    // Particles and one-syllable endings only where two letters remain.
    ['거부됨', '거부'],
    ['요청이', '요청'],
    ['한도를', '한도'],
    ['ip가', 'ip'],
    ['서버에서', '서버'],
    ['게이트웨이로', '게이트웨이'],
    // English suffixes where four letters remain.
    ['redirects', 'redirect'],
    ['blocked', 'block'],
    ['uploading', 'upload'],
    ['expired', 'expir'],
  ])('%s → %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it.each(['초과', '대기', '없음', '오류', '404', 'used', 'is', 'not', 'gone', '막', 'a'])(
    '%s is left whole',
    (word) => {
      expect(stemOf(word)).toBeUndefined();
    },
  );
});

describe('conjugatedRoot: where a conjugated verb and its noun form meet', () => {
  it.each([
    ['막혔', 'ㅁㅏㄱㅎ'],
    ['끊겼', 'ㄲㅡㄴㅎㄱ'],
    ['꺼졌', 'ㄲㅓㅈ'],
  ])('%s → %s', (stem, root) => {
    expect(conjugatedRoot(stem)).toBe(root);
  });

  it.each(['거부', '초과', '없', '만료', 'block'])('%s has none', (stem) => {
    expect(conjugatedRoot(stem)).toBeUndefined();
  });
});
