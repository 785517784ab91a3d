import { describe, expect, it } from 'vitest';
import { CLASS_COLORS } from '../status-class.ts';
import { badgeFor, chainText, shortUrl, worthShowing } from './badge.ts';
import type { PageStatus } from './tab-record.ts';

const { 2: green, 3: blue, 4: orange, 5: red } = CLASS_COLORS;

describe('badgeFor', () => {
  it.each([
    // auto: only what did not simply load.
    [200, 'auto', ''],
    [204, 'auto', ''],
    [304, 'auto', ''],
    [301, 'auto', '301'],
    [404, 'auto', '404'],
    [503, 'auto', '503'],
    [undefined, 'auto', ''],
    // always: every known status.
    [200, 'always', '200'],
    [404, 'always', '404'],
    [undefined, 'always', ''],
    [999, 'always', ''],
    // never.
    [404, 'never', ''],
    [200, 'never', ''],
  ] as const)('%j in %s mode → %j', (status, mode, expected) => {
    expect(badgeFor(status, mode).text).toBe(expected);
  });

  it.each([
    [200, green],
    [301, blue],
    [404, orange],
    [503, red],
  ])('colours %i by its class', (status, expected) => {
    expect(badgeFor(status, 'always').color).toBe(expected);
  });
});

const page = (fields: Partial<PageStatus>): PageStatus => ({
  url: 'https://example.com/',
  status: 200,
  redirects: [],
  failed: [],
  failedCount: 0,
  ...fields,
});

describe('worthShowing', () => {
  it.each([
    ['nothing known', null, false],
    ['a plain 200', page({}), false],
    ['a 304 from the cache', page({ status: 304 }), false],
    ['a 404', page({ status: 404 }), true],
    [
      'a 200 after a redirect',
      page({ redirects: [{ status: 301, url: 'http://example.com/' }] }),
      true,
    ],
    ['a 200 with failed requests', page({ failedCount: 2 }), true],
    ['an unknown status with failed requests', page({ status: undefined, failedCount: 1 }), true],
    ['an unknown status and nothing else', page({ status: undefined }), false],
  ])('%s → %s', (_, input, expected) => {
    expect(worthShowing(input)).toBe(expected);
  });
});

describe('shortUrl', () => {
  it.each([
    ['https://example.com/img/a.png?v=2#x', 'https://example.com/', '/img/a.png?v=2#x'],
    ['https://cdn.example.net/a.js', 'https://example.com/', 'https://cdn.example.net/a.js'],
    ['http://example.com/', 'https://example.com/', 'http://example.com/'],
    ['https://example.com/a', undefined, 'https://example.com/a'],
    ['https://example.com/a', 'not a url', 'https://example.com/a'],
    ['https://example.com/wiki/%EC%83%81%ED%83%9C', 'https://example.com/', '/wiki/상태'],
    ['https://example.com/a%2Fb%3Fc', 'https://example.com/', '/a%2Fb%3Fc'],
    ['https://example.com/%E2%80%AEgpj.exe', 'https://example.com/', '/%E2%80%AEgpj.exe'],
    ['https://example.com/%0Ax', 'https://example.com/', '/%0Ax'],
    ['https://example.com/%E0%A4%A', 'https://example.com/', '/%E0%A4%A'],
    ['https://example.com.evil.test/', 'https://example.com/', 'https://example.com.evil.test/'],
  ])('%s on %s → %s', (url, on, expected) => {
    expect(shortUrl(url, on)).toBe(expected);
  });
});

describe('chainText', () => {
  it('reads each step, status then URL as recorded, down to the page', () => {
    const chain = page({
      url: 'https://c.example/?id=…',
      redirects: [
        { status: 301, url: 'https://a.example/', method: 'POST' },
        { status: 302, url: 'https://b.example/r?token=…' },
      ],
    });
    expect(chainText(chain)).toBe(
      '301 https://a.example/ → 302 https://b.example/r?token=… → 200 https://c.example/?id=…',
    );
  });

  it('marks a status it does not know', () => {
    expect(chainText(page({ status: undefined, redirects: [{ status: 307, url: '/a' }] }))).toBe(
      '307 /a → ? https://example.com/',
    );
  });
});
