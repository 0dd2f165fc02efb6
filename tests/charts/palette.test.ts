import { describe, expect, it } from 'vitest';
import { darkPalette, gridline, muted, palette, series } from '../../src/styles/theme';
import { darkChartColours, darkMap, darkSequential, darkSeries } from '../../src/charts/dark';

// Colour science kept independent of the renderers: sRGB → linear RGB (IEC 61966-2-1), WCAG 2
// relative luminance and contrast, colour-vision-deficiency simulation by the Machado, Oliveira &
// Fernandes (2009) matrices at severity 1.0 (dichromacy) applied in linear RGB, then CIELAB (D65)
// and the CIEDE2000 colour difference.

type Rgb = [number, number, number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function linear(hex: string): Rgb {
  const [r, g, b] = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  return [r!, g!, b!];
}

function contrastOnWhite(hex: string): number {
  const [r, g, b] = linear(hex);
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

const machado = {
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
} as const;

function simulate(rgb: Rgb, matrix: readonly (readonly number[])[]): Rgb {
  // Note: results are clipped to the sRGB gamut, as a screen would show them.
  const clip = (c: number) => toLinear(toGamma(Math.min(1, Math.max(0, c))));
  const [r, g, b] = matrix.map((row) => clip(row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]));
  return [r!, g!, b!];
}

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 (Sharma, Wu & Dalal 2005 formulation). */
function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const rad = Math.PI / 180;
  const c7 = (c: number) => Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7));
  const g = 0.5 * (1 - c7((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2));
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2];
  const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [hp1, hp2] = [hue(b1, ap1), hue(b2, ap2)];
  let dh = 0;
  if (cp1 * cp2 !== 0) dh = hp2 - hp1 > 180 ? hp2 - hp1 - 360 : hp2 - hp1 < -180 ? hp2 - hp1 + 360 : hp2 - hp1;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh * rad) / 2);
  const lBar = (l1 + l2) / 2;
  const cBar = (cp1 + cp2) / 2;
  let hBar = hp1 + hp2;
  if (cp1 * cp2 !== 0) hBar = Math.abs(hp1 - hp2) > 180 ? (hBar < 360 ? hBar + 360 : hBar - 360) / 2 : hBar / 2;
  const t =
    1 - 0.17 * Math.cos((hBar - 30) * rad) + 0.24 * Math.cos(2 * hBar * rad) + 0.32 * Math.cos((3 * hBar + 6) * rad) - 0.2 * Math.cos((4 * hBar - 63) * rad);
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cBar;
  const sh = 1 + 0.015 * cBar * t;
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad) * 2 * c7(cBar);
  const [dl, dc, dhs] = [(l2 - l1) / sl, (cp2 - cp1) / sc, dH / sh];
  return Math.sqrt(dl ** 2 + dc ** 2 + dhs ** 2 + rt * dc * dhs);
}

const vision = {
  normal: (hex: string) => lab(linear(hex)),
  protanopia: (hex: string) => lab(simulate(linear(hex), machado.protanopia)),
  deuteranopia: (hex: string) => lab(simulate(linear(hex), machado.deuteranopia)),
};

// Minimum CIEDE2000 difference between two series colours. A difference of about 1 to 2.3 is just
// noticeable between large adjacent patches (Sharma 2003); matching a 12-unit legend swatch to a
// bar across the chart needs several times that, so we ask for 10 (≈ 4–5 JND) under protanopia and
// deuteranopia simulation, and for 20 with normal vision, where hue carries the difference. The first
// three colours (kept for existing figures) already give 15.2 (protanopia, vermillion/green).
const minimum = { normal: 20, protanopia: 10, deuteranopia: 10 } as const;

describe('chart palette', () => {
  it('checks its colour science against known values', () => {
    expect(contrastOnWhite('#767676')).toBeCloseTo(4.54, 2);
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    // Sharma, Wu & Dalal (2005), table 1, pair 1: ΔE00 = 2.0425.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    // Pure red under protanopia loses most of its lightness; grey is unchanged.
    expect(vision.protanopia('#ff0000')[0]).toBeLessThan(vision.normal('#ff0000')[0] - 10);
    const grey = vision.deuteranopia('#808080');
    expect(deltaE2000(grey, vision.normal('#808080'))).toBeLessThan(0.5);
  });

  it('keeps the first three series colours used by existing figures, and has six', () => {
    expect(series.slice(0, 3)).toEqual(['#0072b2', '#c24e00', '#00805c']);
    expect(series).toHaveLength(6);
  });

  it('gives every series colour, the muted bar colour and gridlines at least 3:1 on white', () => {
    expect(palette.paper).toBe('#ffffff');
    for (const colour of [...series, muted, gridline]) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
  });

  for (const [name, view] of Object.entries(vision) as [keyof typeof vision, (hex: string) => Rgb][]) {
    it(`keeps every pair of series colours apart with ${name} vision (ΔE00 ≥ ${minimum[name]})`, () => {
      for (const [i, a] of series.entries())
        for (const b of series.slice(i + 1)) expect(deltaE2000(view(a), view(b)), `${a} / ${b}`).toBeGreaterThanOrEqual(minimum[name]);
    });
  }

  it('keeps highlighted bars apart from muted ones for colour-blind readers', () => {
    for (const view of Object.values(vision)) expect(deltaE2000(view(series[0]), view(muted))).toBeGreaterThanOrEqual(15);
  });

  // Note: the chosen series of a multi-series chart keeps its own colour: each must stand apart from
  // the muted grey as the highlighted bar does (15) with normal vision, and as two series colours do
  // (10) under colour-vision deficiency; the chosen are also bold and drawn wider, never colour alone.
  it('keeps every series colour apart from the muted grey of « surligner », in both schemes', () => {
    const darkMuted = darkChartColours.get(muted)!;
    for (const [name, view] of Object.entries(vision) as [keyof typeof vision, (hex: string) => Rgb][]) {
      for (const [i, colour] of series.entries()) {
        const least = Math.min(15, minimum[name]);
        expect(deltaE2000(view(colour), view(muted)), `${name} ${colour}`).toBeGreaterThanOrEqual(least);
        expect(deltaE2000(view(darkSeries[i]!), view(darkMuted)), `${name} ${darkSeries[i]} (dark)`).toBeGreaterThanOrEqual(least);
      }
    }
  });
});

describe('chart colours in the dark scheme (src/charts/dark.ts)', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = linear(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a: string, b: string) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (high + 0.05) / (low + 0.05);
  };

  it('gives each light colour a counterpart that keeps its role on the dark paper: 4.5:1 stays 4.5:1 (text), 3:1 stays 3:1 (marks, lines)', () => {
    const lost: string[] = [];
    for (const [light, dark] of darkChartColours) {
      const before = ratio(light, palette.paper);
      const after = ratio(dark, darkPalette.paper);
      for (const threshold of [4.5, 3]) {
        if (before >= threshold && after < threshold) lost.push(`${light} (${before.toFixed(2)}:1 on white) → ${dark} (${after.toFixed(2)}:1 on ${darkPalette.paper})`);
      }
    }
    expect(lost).toEqual([]);
    // Paper and ink swap; the series keep their order and stay apart.
    expect(darkChartColours.get(palette.paper)).toBe(darkPalette.paper);
    expect(darkChartColours.get(palette.ink)).toBe(darkPalette.ink);
    expect(new Set(darkSeries).size).toBe(series.length);
  });

  it('keeps text written on a mark readable once both are swapped (white on the accent box, on a bar)', () => {
    for (const mark of [palette.accent, ...series]) {
      expect(ratio(darkChartColours.get(palette.paper)!, darkChartColours.get(mark)!), mark).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the dark points map\'s region borders at 3:1 on its land, the paper and the hover and selection fills, and the choropleth classes in order of lightness', () => {
    for (const fill of [darkMap.land, darkPalette.paper, darkMap.active, darkMap.selected]) expect(ratio(darkMap.regionStroke, fill), fill).toBeGreaterThanOrEqual(3);
    const lums = darkSequential.map(luminance);
    expect([...lums].sort((a, b) => a - b)).toEqual(lums);
  });
});
