import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings.ts';
import { framingHosts, highlightsHere } from './site.ts';

/** A frame at `host`, inside `parent` (none: the top), with or without `ancestorOrigins`. */
function frame(host: string, parent?: Window, ancestors?: string[], crossOrigin = false): Window {
  const win = {
    location: {
      get host() {
        if (crossOrigin) throw new DOMException('cross-origin', 'SecurityError');
        return host;
      },
      ancestorOrigins: ancestors && {
        length: ancestors.length,
        item: (i: number) => ancestors[i] ?? null,
      },
    },
  } as unknown as { location: Location; parent: Window; top: Window };
  win.parent = parent ?? (win as unknown as Window);
  win.top = parent?.top ?? (win as unknown as Window);
  return win as unknown as Window;
}
const off = (...disabledSites: string[]): Settings => ({ ...DEFAULT_SETTINGS, disabledSites });

describe('framingHosts', () => {
  it('the top page: its own host only', () => {
    expect(framingHosts(frame('a.example'))).toEqual(['a.example']);
  });

  it('a frame: its host, then every ancestor up to the top, by ancestorOrigins', () => {
    const top = frame('a.example');
    const win = frame('widget.example:8080', top, [
      'https://b.example',
      'https://a.example',
      // An ancestor hidden by its referrer policy is not known.
      'null',
    ]);
    expect(framingHosts(win)).toEqual(['widget.example:8080', 'b.example', 'a.example']);
  });

  it('without ancestorOrigins: the same-origin ancestors; a cross-origin one ends the list', () => {
    const top = frame('a.example', undefined, undefined, true);
    const middle = frame('b.example', top);
    expect(framingHosts(frame('b.example', middle))).toEqual(['b.example', 'b.example']);
  });
});

describe('highlightsHere', () => {
  const top = frame('a.example');
  const widget = frame('widget.example', top, ['https://a.example']);

  it('a site switched off covers the frames from other hosts inside it', () => {
    expect(highlightsHere(off('a.example'), widget)).toBe(false);
    expect(highlightsHere(off('a.example'), top)).toBe(false);
  });

  it('a frame switched off is off wherever it is embedded; other sites stay on', () => {
    expect(highlightsHere(off('widget.example'), widget)).toBe(false);
    expect(highlightsHere(off('widget.example'), top)).toBe(true);
    expect(highlightsHere(off('c.example'), widget)).toBe(true);
  });

  it('highlighting off everywhere, or on with no site switched off', () => {
    expect(highlightsHere({ ...DEFAULT_SETTINGS, highlight: false }, widget)).toBe(false);
    expect(highlightsHere(DEFAULT_SETTINGS, widget)).toBe(true);
  });
});
