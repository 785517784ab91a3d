/**
 * Colour science for the highlight colours' tests: how a colour looks to a reader with a
 * colour-vision deficiency, and how far apart two colours look. Tests only.
 *
 * Simulation: Machado, Oliveira and Fernandes (2009), severity 1 (dichromacy), applied to
 * linear sRGB. Difference: CIEDE2000 in CIELAB (D65). Contrast: WCAG 2's ratio.
 */
export type Rgb = readonly [number, number, number];
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
type Matrix = readonly [Rgb, Rgb, Rgb];

const MACHADO: Record<Vision, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
export const VISIONS = Object.keys(MACHADO) as Vision[];

const map3 = (v: Rgb, fn: (c: number, i: 0 | 1 | 2) => number): Rgb => [
  fn(v[0], 0),
  fn(v[1], 1),
  fn(v[2], 2),
];

/** 0–255 sRGB to linear 0–1. */
const linear = (rgb: Rgb): Rgb =>
  map3(rgb, (c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });

const dot = (row: Rgb, v: Rgb): number => row[0] * v[0] + row[1] * v[1] + row[2] * v[2];

/** A translucent colour over an opaque one, blended in sRGB as browsers paint it. */
export const over = (rgb: Rgb, alpha: number, page: Rgb): Rgb =>
  map3(rgb, (c, i) => alpha * c + (1 - alpha) * page[i]);

const EPSILON = 216 / 24389;
const KAPPA = 24389 / 27;
const f = (t: number): number => (t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116);

/** CIELAB (D65) of an sRGB colour as a reader with `vision` sees it. */
export function labAs(rgb: Rgb, vision: Vision): Rgb {
  const l = linear(rgb);
  const m = MACHADO[vision];
  const s = map3(l, (_, i) => Math.min(1, Math.max(0, dot(m[i], l))));
  const fx = f(dot([0.4124, 0.3576, 0.1805], s) / 0.95047);
  const fy = f(dot([0.2126, 0.7152, 0.0722], s));
  const fz = f(dot([0.0193, 0.1192, 0.9505], s) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const rad = (deg: number): number => (deg * Math.PI) / 180;
const hue = (b: number, a: number): number => ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;

/** CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation): about 1 is just noticeable. */
export function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const c7 = ((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(c7 / (c7 + 25 ** 7)));
  const [p1, p2] = [(1 + g) * a1, (1 + g) * a2];
  const [c1, c2] = [Math.hypot(p1, b1), Math.hypot(p2, b2)];
  const [h1, h2] = [hue(b1, p1), hue(b2, p2)];
  let dh = h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  if (c1 * c2 === 0) dh = 0;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(rad(dh / 2));
  const lMean = (l1 + l2) / 2;
  const cMean = (c1 + c2) / 2;
  let hMean = h1 + h2;
  if (c1 * c2 !== 0)
    hMean = Math.abs(h1 - h2) <= 180 ? hMean / 2 : (hMean + (hMean < 360 ? 360 : -360)) / 2;
  const t =
    1 -
    0.17 * Math.cos(rad(hMean - 30)) +
    0.24 * Math.cos(rad(2 * hMean)) +
    0.32 * Math.cos(rad(3 * hMean + 6)) -
    0.2 * Math.cos(rad(4 * hMean - 63));
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cMean;
  const sh = 1 + 0.015 * cMean * t;
  const rc = 2 * Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7));
  const rt = -Math.sin(rad(60 * Math.exp(-(((hMean - 275) / 25) ** 2)))) * rc;
  const [dl, dc, dhh] = [(l2 - l1) / sl, (c2 - c1) / sc, dH / sh];
  return Math.sqrt(dl ** 2 + dc ** 2 + dhh ** 2 + rt * dc * dhh);
}

/** WCAG 2 contrast ratio between two opaque colours (4.5 is AA for body text, 7 AAA). */
export function contrast(x: Rgb, y: Rgb): number {
  const lum = (rgb: Rgb): number => dot([0.2126, 0.7152, 0.0722], linear(rgb));
  const [hi, lo] = [lum(x), lum(y)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
