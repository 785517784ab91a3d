/**
 * The highlight colours, as readers see them: every class tells from every other and from the
 * page, with normal vision and with protanopia, deuteranopia and tritanopia; 4xx and 5xx differ
 * in lightness (a cue that survives any of them); the page's text stays readable through them,
 * on light and dark pages. The colours are read from the stylesheets the browsers get.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, deltaE2000, labAs, over, VISIONS, type Rgb } from './colour-vision.ts';

type Tint = { readonly rgb: Rgb; readonly alpha: number };

/** `::highlight(http-status-…)` background colours of a stylesheet, by name (`4xx`, `current`). */
function tints(file: string): Record<string, Tint> {
  const css = readFileSync(new URL(`../../entrypoints/${file}`, import.meta.url), 'utf8');
  const rule =
    /::highlight\(http-status-(\w+)\)\s*\{[^}]*?background-color:\s*rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)/g;
  return Object.fromEntries(
    [...css.matchAll(rule)].map(([, name, r, g, b, a]) => [
      name,
      { rgb: [Number(r), Number(g), Number(b)], alpha: a === undefined ? 1 : Number(a) },
    ]),
  );
}

const CHROMIUM = tints('highlights.content.css');
const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;
/** Pages as common themes paint them: background and body text. */
const PAGES = {
  light: { page: [255, 255, 255], text: [31, 35, 40] },
  dark: { page: [13, 17, 23], text: [230, 237, 243] },
} as const satisfies Record<string, { page: Rgb; text: Rgb }>;

const tint = (name: string): Tint => {
  const found = CHROMIUM[name];
  if (!found) throw new Error(`no highlight rule for ${name}`);
  return found;
};
const painted = (name: string, page: Rgb): Rgb => over(tint(name).rgb, tint(name).alpha, page);
const cases = Object.entries(PAGES).flatMap(([theme, colours]) =>
  VISIONS.map((vision) => ({ theme, vision, ...colours })),
);
const pairs = CLASSES.flatMap((a, i) => CLASSES.slice(i + 1).map((b) => [a, b] as const));

describe('highlight colours', () => {
  it('are the same in Firefox as in Chromium', () => {
    expect(tints('highlights-firefox.content.css')).toEqual(CHROMIUM);
    expect(Object.keys(CHROMIUM).sort()).toEqual([...CLASSES, 'current']);
  });

  it.each(cases)('tell every class from every other on a $theme page ($vision)', (c) => {
    for (const [a, b] of pairs) {
      const d = deltaE2000(
        labAs(painted(a, c.page), c.vision),
        labAs(painted(b, c.page), c.vision),
      );
      expect(d, `${a} / ${b}`).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(cases)('set 4xx and 5xx apart in lightness on a $theme page ($vision)', (c) => {
    const [l4] = labAs(painted('4xx', c.page), c.vision);
    const [l5] = labAs(painted('5xx', c.page), c.vision);
    expect(Math.abs(l4 - l5)).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('stand out from a $theme page ($vision)', (c) => {
    const page = labAs(c.page, c.vision);
    for (const name of CLASSES)
      expect(deltaE2000(labAs(painted(name, c.page), c.vision), page), name).toBeGreaterThanOrEqual(
        10,
      );
  });

  it.each(Object.entries(PAGES))('keep a %s page’s text readable (WCAG AAA)', (_, c) => {
    for (const name of CLASSES)
      expect(contrast(c.text, painted(name, c.page)), name).toBeGreaterThanOrEqual(7);
  });

  it.each(cases)('mark the current code apart from every class on a $theme page ($vision)', (c) => {
    const current = labAs(tint('current').rgb, c.vision);
    expect(tint('current').alpha).toBe(1);
    expect(deltaE2000(current, labAs(c.page, c.vision))).toBeGreaterThanOrEqual(15);
    for (const name of CLASSES)
      expect(
        deltaE2000(current, labAs(painted(name, c.page), c.vision)),
        name,
      ).toBeGreaterThanOrEqual(15);
  });

  it('give the current code a text colour that reads on it (WCAG AA)', () => {
    const css = readFileSync(
      new URL('../../entrypoints/highlights.content.css', import.meta.url),
      'utf8',
    );
    const text = /http-status-current\)\s*\{[^}]*?(?<!-)color:\s*rgb\((\d+) (\d+) (\d+)\)/.exec(
      css,
    );
    expect(text).not.toBeNull();
    const rgb: Rgb = [Number(text?.[1]), Number(text?.[2]), Number(text?.[3])];
    expect(contrast(rgb, tint('current').rgb)).toBeGreaterThanOrEqual(4.5);
  });
});
