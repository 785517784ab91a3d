/** The settings' shape and checks (stored by `settings-store.ts`, tested there). */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  highlightsOn,
  parseSettings,
  resolveLanguage,
  type Settings,
} from './settings.ts';

const CUSTOM: Settings = {
  language: 'ko',
  highlight: false,
  sensitivity: 'strict',
  disabledSites: ['example.com', 'localhost:8080'],
  tooltipDelay: 500,
  badge: 'never',
};

describe('parseSettings', () => {
  it.each([undefined, null, 0, 'settings', true, [], [1, 2], () => 1])(
    '%j → the defaults',
    (input) => {
      expect(parseSettings(input)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps valid settings as they are, and ignores the version and unknown keys', () => {
    expect(parseSettings({ version: 1, extra: 1, ...CUSTOM })).toEqual(CUSTOM);
  });

  it.each([
    ['language', 'fr'],
    ['language', 'KO'],
    ['language', null],
    ['highlight', 'false'],
    ['highlight', 0],
    ['sensitivity', 'loose'],
    ['sensitivity', 1],
    ['disabledSites', 'example.com'],
    ['disabledSites', { 0: 'example.com' }],
    ['tooltipDelay', '300'],
    ['tooltipDelay', -1],
    ['tooltipDelay', 2001],
    ['tooltipDelay', Number.NaN],
    ['tooltipDelay', Number.POSITIVE_INFINITY],
    ['badge', 'sometimes'],
    ['badge', 'ALWAYS'],
    ['badge', true],
    ['badge', null],
  ] as const)('a corrupted %s (%j) falls back alone; the other fields survive', (key, value) => {
    const expected = { ...CUSTOM, [key]: DEFAULT_SETTINGS[key] };
    expect(parseSettings({ ...CUSTOM, [key]: value })).toEqual(expected);
  });

  it('a missing field takes its default; the others survive', () => {
    const input = Object.fromEntries(
      Object.entries(CUSTOM).filter(([key]) => key !== 'sensitivity'),
    );
    expect(parseSettings(input)).toEqual({ ...CUSTOM, sensitivity: DEFAULT_SETTINGS.sensitivity });
  });

  describe('disabledSites', () => {
    it('keeps host names and host:port, drops everything else', () => {
      const input = [
        'example.com',
        'sub.example.co.kr',
        'localhost:3000',
        '127.0.0.1',
        42,
        null,
        '',
        'https://example.com',
        'example.com/path',
        'exa mple.com',
        'example.com:123456',
        { host: 'x.com' },
        'a'.repeat(254),
      ];
      expect(parseSettings({ disabledSites: input }).disabledSites).toEqual([
        'example.com',
        'sub.example.co.kr',
        'localhost:3000',
        '127.0.0.1',
      ]);
    });

    it('removes duplicates, keeping the first order', () => {
      const input = ['b.com', 'a.com', 'b.com', 'c.com', 'a.com'];
      expect(parseSettings({ disabledSites: input }).disabledSites).toEqual([
        'b.com',
        'a.com',
        'c.com',
      ]);
    });

    it('keeps at most 1000 sites', () => {
      const input = Array.from({ length: 1500 }, (_, i) => `site${i}.example`);
      const actual = parseSettings({ disabledSites: input }).disabledSites;
      expect(actual).toHaveLength(1000);
      expect(actual[0]).toBe('site0.example');
      expect(actual.at(-1)).toBe('site999.example');
    });

    it('counts the cap after removing duplicates', () => {
      const input = [...Array.from({ length: 1000 }, () => 'same.example'), 'other.example'];
      expect(parseSettings({ disabledSites: input }).disabledSites).toEqual([
        'same.example',
        'other.example',
      ]);
    });
  });

  describe('tooltipDelay', () => {
    it.each([
      [0, 0],
      [2000, 2000],
      [300, 300],
      [150.4, 150],
      [150.6, 151],
      [-0.1, DEFAULT_SETTINGS.tooltipDelay],
      [2000.1, DEFAULT_SETTINGS.tooltipDelay],
    ])('%d → %d', (input, expected) => {
      expect(parseSettings({ tooltipDelay: input }).tooltipDelay).toBe(expected);
    });
  });

  describe('badge', () => {
    it.each(['auto', 'always', 'never'] as const)('keeps %s', (input) => {
      expect(parseSettings({ badge: input }).badge).toBe(input);
    });

    it('is auto when missing: the badge shows a page that did not simply succeed', () => {
      expect(parseSettings({}).badge).toBe('auto');
    });
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'ko-KR', 'ko'],
    ['auto', 'ko', 'ko'],
    ['auto', 'KO-kr', 'ko'],
    ['auto', 'en-US', 'en'],
    ['auto', 'ja', 'en'],
    ['auto', '', 'en'],
    ['en', 'ko-KR', 'en'],
    ['ko', 'en-US', 'ko'],
  ] as const)('%s with a browser in %j → %s', (setting, ui, expected) => {
    expect(resolveLanguage(setting, ui)).toBe(expected);
  });
});

describe('highlightsOn', () => {
  it.each([
    [true, [], 'example.com', true],
    [true, ['example.com'], 'example.com', false],
    [true, ['example.com'], 'other.example', true],
    [true, ['example.com'], 'sub.example.com', true],
    [false, [], 'example.com', false],
  ] as const)('highlight %s, off on %j: %s → %s', (highlight, disabledSites, host, expected) => {
    const settings = { ...DEFAULT_SETTINGS, highlight, disabledSites };
    expect(highlightsOn(settings, host)).toBe(expected);
  });
});
