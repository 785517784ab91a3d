import { describe, expect, it } from 'vitest';
import { parseQuery } from './query.ts';

describe('queries that compare codes', () => {
  it.each([
    ['401 vs 403', [401, 403]],
    ['401 vs. 403', [401, 403]],
    ['401vs403', [401, 403]],
    ['401 versus 403 versus 404', [401, 403, 404]],
    ['401 403', [401, 403]],
    ['401, 403, 404', [401, 403, 404]],
    ['401/403', [401, 403]],
    ['429 or 503', [429, 503]],
    ['502 503 504 difference', [502, 503, 504]],
    ['difference between 401 and 403', [401, 403]],
    ["what's the difference between 302 and 307?", [302, 307]],
    ['http 401 vs 403', [401, 403]],
    ['401 error vs 403 error', [401, 403]],
    ['compare 500 502', [500, 502]],
    ['401과 403 차이', [401, 403]],
    ['302 307 차이점', [302, 307]],
    ['401이랑 403 차이가 뭐야', [401, 403]],
    ['401하고 403 비교', [401, 403]],
    ['404와 410의 차이', [404, 410]],
    ['401 대 403', [401, 403]],
    ['４０１ ｖｓ ４０３', [401, 403]],
    ['403 vs 401', [403, 401]],
    ['404 404 410', [404, 410]],
  ])('%s compares %j', (query, codes) => {
    expect(parseQuery(query)).toEqual({ kind: 'compare', codes });
  });

  it.each([
    ['404', 'code'],
    ['404 not found', 'code'],
    ['HTTP/1.1 404', 'code'],
    ['4xx', 'class'],
    ['401 unauthorized 403 forbidden', 'text'],
    ['error 500 at line 404 of app.js', 'text'],
    ['1 2 3', 'text'],
    ['401 402 403 404 405 406', 'text'],
    ['4040 403', 'text'],
    ['too many requests', 'text'],
  ])('%s is not a comparison (%s)', (query, kind) => {
    expect(parseQuery(query).kind).toBe(kind);
  });
});
