import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH, recordUrl } from './tab-url.ts';

describe('recordUrl', () => {
  it.each([
    ['https://shop.example/', 'https://shop.example/'],
    ['https://shop.example/orders/17', 'https://shop.example/orders/17'],
    ['https://shop.example/r?token=SECRET', 'https://shop.example/r?token=…'],
    [
      'https://api.example/v1/x?api_key=SECRET&session=S2&page=2',
      'https://api.example/v1/x?api_key=…&session=…&page=…',
    ],
    // Empty values hide nothing; a parameter with no name is a value.
    ['https://shop.example/?a=&b', 'https://shop.example/?a=&…'],
    ['https://shop.example/?', 'https://shop.example/?'],
    ['https://shop.example/a?x=1#access_token=SECRET', 'https://shop.example/a?x=…'],
    ['https://shop.example/a#section', 'https://shop.example/a'],
    ['https://user:SECRET@shop.example/a', 'https://shop.example/a'],
    ['https://a@b:SECRET@shop.example/a?u=me@x', 'https://shop.example/a?u=…'],
    [
      'https://shop.example/cart;jsessionid=SECRET?x=1',
      'https://shop.example/cart;jsessionid=…?x=…',
    ],
    [
      'https://shop.example/%EC%83%81%ED%83%9C?q=%ED%82%A4',
      'https://shop.example/%EC%83%81%ED%83%9C?q=…',
    ],
    ['about:blank', 'about:blank'],
    ['data:text/html,<p>hi', 'data:text/html,<p>hi'],
  ])('%s → %s', (url, kept) => {
    expect(recordUrl(url)).toBe(kept);
  });

  it('keeps the form it gives: applied twice, the same', () => {
    for (const url of ['https://s.example/r?token=SECRET&a=', 'https://u:p@s.example/;a=b#c'])
      expect(recordUrl(recordUrl(url))).toBe(recordUrl(url));
  });

  it(`cuts at ${MAX_URL_LENGTH} characters, whatever the length`, () => {
    const path = recordUrl(`https://shop.example/${'a'.repeat(2_000_000)}`);
    expect(path).toHaveLength(MAX_URL_LENGTH);
    expect(path.endsWith('…')).toBe(true);
    // A long query: masked before it is cut, so no value shows, even a cut one; past a few
    // thousand characters nothing is read.
    const query = recordUrl(`https://shop.example/?k=${'SECRET'.repeat(1000)}&page=2`);
    expect(query).toBe('https://shop.example/?k=…');
    const keys = recordUrl(`https://shop.example/?${'key=SECRET&'.repeat(500)}`);
    expect(keys).not.toContain('SECRET');
    expect(keys).toHaveLength(MAX_URL_LENGTH);
  });
});
