// The trend of a series, as the written description states it: the Mann–Kendall test with the
// Hamed–Rao (1998) correction for autocorrelation, and the Theil–Sen slope for its size.
//
// Why these: the first and last values (or the first and last few weeks) of a seasonal or noisy
// series say nothing about its trend. Mann–Kendall asks whether later values tend to be larger
// than earlier ones across every pair, without assuming a straight line or normal errors; the
// Hamed–Rao correction widens its variance by the autocorrelation of the detrended series, so
// daily data that follow the seasons are not taken for a trend; Theil–Sen (the median of the
// pairwise slopes) gives the change the trend accounts for over the period, which must also be
// at least as large as the spread of the values around it to be called a trend.

/** The direction said in words: up, down, flat (every value equal), or no clear trend. */
export type TrendWord = 'hausse' | 'baisse' | 'stable' | 'aucune';

/** Two-sided 5 % critical value of the standard normal distribution. */
const zCritical = 1.959964;

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Ranks from 1, ties given their average rank. */
function ranks(xs: readonly number[]): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && xs[order[j + 1]!] === xs[order[i]!]) j++;
    for (let k = i; k <= j; k++) out[order[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

export interface Trend {
  word: TrendWord;
  /** Mann–Kendall's S (concordant minus discordant pairs). */
  s: number;
  /** The standard normal score of S, after the autocorrelation correction. */
  z: number;
  /** Theil–Sen slope, per unit of t. */
  slope: number;
  /** The change the Theil–Sen line accounts for between the first and the last t. */
  change: number;
  /** Standard deviation of the values around the Theil–Sen line. */
  spread: number;
}

/**
 * The trend of values observed at increasing times `t` (years, epoch milliseconds or indices).
 * Two values are simply compared; a series that only ever rises (or only ever falls) has that
 * direction; otherwise a trend is stated when Mann–Kendall (corrected for autocorrelation) is
 * significant at 5 % and the Theil–Sen change over the period is at least the spread around it.
 */
export function trendOf(points: readonly { t: number; value: number }[]): Trend {
  const n = points.length;
  const v = points.map((p) => p.value);
  const none: Trend = { word: 'aucune', s: 0, z: 0, slope: 0, change: 0, spread: 0 };
  if (n < 2) return none;
  if (v.every((x) => x === v[0])) return { ...none, word: 'stable' };
  const steps = v.slice(1).map((x, i) => sign(x - v[i]!));
  const monotonic = steps.every((d) => d >= 0) ? 'hausse' : steps.every((d) => d <= 0) ? 'baisse' : null;

  let s = 0;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      s += sign(v[j]! - v[i]!);
      const dt = points[j]!.t - points[i]!.t;
      if (dt !== 0) slopes.push((v[j]! - v[i]!) / dt);
    }
  }
  const slope = slopes.length ? median(slopes) : 0;
  const intercept = median(points.map((p) => p.value - slope * p.t));
  const residuals = points.map((p) => p.value - (intercept + slope * p.t));
  const spread = Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / Math.max(1, n - 2));
  const change = slope * (points[n - 1]!.t - points[0]!.t);
  if (monotonic) return { word: monotonic, s, z: Infinity * sign(s), slope, change, spread };

  // Variance of S with ties, then the Hamed–Rao factor from the significant autocorrelations of
  // the ranks of the detrended series.
  const tieCounts = new Map<number, number>();
  for (const x of v) tieCounts.set(x, (tieCounts.get(x) ?? 0) + 1);
  let variance = n * (n - 1) * (2 * n + 5);
  for (const c of tieCounts.values()) variance -= c * (c - 1) * (2 * c + 5);
  variance /= 18;
  const r = ranks(residuals);
  const mean = r.reduce((a, b) => a + b, 0) / n;
  const denom = r.reduce((a, x) => a + (x - mean) ** 2, 0);
  let sum = 0;
  if (denom > 0 && n >= 3) {
    const bound = zCritical / Math.sqrt(n);
    for (let k = 1; k < n; k++) {
      let acc = 0;
      for (let i = 0; i + k < n; i++) acc += (r[i]! - mean) * (r[i + k]! - mean);
      const rho = acc / denom;
      if (Math.abs(rho) > bound) sum += (n - k) * (n - k - 1) * (n - k - 2) * rho;
    }
  }
  const factor = n >= 3 ? Math.max(1, 1 + (2 / (n * (n - 1) * (n - 2))) * sum) : 1;
  const sd = Math.sqrt(variance * factor);
  const z = sd > 0 ? (s - sign(s)) / sd : 0;
  const significant = Math.abs(z) >= zCritical && Math.abs(change) >= spread;
  return { word: significant ? (z > 0 ? 'hausse' : 'baisse') : 'aucune', s, z, slope, change, spread };
}
