// What « Écouter » plays, read from the marks the chart already carries for its tooltips and
// keyboard walk (data-label, data-value: src/charts/model.ts), so no data is shipped twice: one
// tone per value, series after series, each in the order the chart reads, its pitch rising with
// the value. Pure (no DOM, no audio), for the tests; bundled in the chunk loaded on « Écouter ».

/** A mark as the drawing carries it. */
export interface ListenMark {
  label: string;
  value: string;
}

/** One tone to play. */
export interface Tone {
  /** Series name ('' for a chart of one series). */
  series: string;
  /** Index of its series (its timbre), in order of appearance. */
  seriesIndex: number;
  /** The value, as read from the mark. */
  value: number;
  /** What the live region says for it: « 2019 : 12 ». */
  said: string;
  /** The mark it comes from, in the marks' order. */
  mark: number;
}

/** The separators the renderers write: between the parts of a value, between a name and its value, between a category and its series. */
const partSeparator = '\u202f; ';
const nameSeparator = '\u00a0: ';
const seriesSeparator = ' — ';

/** The marks « Écouter » plays: those of the keyboard walk but its annotations (notes and lines are words, not data). */
export const dataMarks = '[data-label][data-value]:not([data-annotation])';

/**
 * The number a formatted value starts with, in fr-CA form (« 1 234,5 », « −3 », « 12,5 % »,
 * « 2,1 M$ (50 %) »: the unit is the chart's own, the same for all its marks), or undefined
 * (« — », a missing value).
 */
export function readNumber(text: string): number | undefined {
  const match = /([-\u2212]?)(\d+(?:\u202f\d{3})*)(?:,(\d+))?/.exec(text);
  if (!match) return undefined;
  const [, sign, whole, decimals] = match;
  const value = Number(`${whole!.replaceAll('\u202f', '')}.${decimals ?? '0'}`);
  return sign ? -value : value;
}

/** Splits « name : value » at its first separator; a part without a name gives name ''. */
function named(part: string): { name: string; text: string } {
  const at = part.indexOf(nameSeparator);
  return at < 0 ? { name: '', text: part } : { name: part.slice(0, at), text: part.slice(at + nameSeparator.length) };
}

/**
 * Whether the labels are « catégorie — série » (several series) rather than categories alone: all
 * of them hold the separator and their categories or their series repeat (a chart's categories
 * are unique, so a single series never repeats).
 */
function labelsHaveSeries(labels: readonly string[]): boolean {
  if (labels.length === 0 || !labels.every((l) => l.includes(seriesSeparator))) return false;
  const cut = labels.map((l) => l.lastIndexOf(seriesSeparator));
  const categories = new Set(labels.map((l, i) => l.slice(0, cut[i])));
  const series = new Set(labels.map((l, i) => l.slice(cut[i]! + seriesSeparator.length)));
  return categories.size < labels.length || series.size < labels.length;
}

/**
 * The tones of bars, columns, lines and areas: a mark's one value (its label « catégorie — série »
 * when the chart has several series), or each « série : valeur » of a mark that lists them (a
 * line chart's band, an area chart's date; names in `skip`, such as the total, are left out).
 * Series follow each other, each in the marks' order.
 */
export function marksTones(marks: readonly ListenMark[], skip: readonly string[] = []): Tone[] {
  const multi = labelsHaveSeries(marks.map((m) => m.label));
  const found: Omit<Tone, 'seriesIndex'>[] = [];
  marks.forEach((m, index) => {
    const parts = m.value.split(partSeparator).map(named);
    if (parts.length === 1 && parts[0]!.name === '') {
      const value = readNumber(m.value);
      if (value === undefined) return;
      const cut = multi ? m.label.lastIndexOf(seriesSeparator) : -1;
      const series = cut < 0 ? '' : m.label.slice(cut + seriesSeparator.length);
      const category = cut < 0 ? m.label : m.label.slice(0, cut);
      found.push({ series, value, said: `${category}${nameSeparator}${m.value}`, mark: index });
      return;
    }
    for (const part of parts) {
      const value = readNumber(part.text);
      if (value === undefined || skip.includes(part.name)) continue;
      found.push({ series: part.name, value, said: `${m.label}${nameSeparator}${part.text}`, mark: index });
    }
  });
  return bySeries(found);
}

/**
 * The tones of a scatter: its discs in the order of x (the first value), the pitch by y (the
 * second); discs coloured by a category (a last part that is no number) play category after category.
 */
export function pointsTones(marks: readonly ListenMark[]): Tone[] {
  const found: (Omit<Tone, 'seriesIndex'> & { x: number })[] = [];
  marks.forEach((m, index) => {
    const parts = m.value.split(partSeparator).map(named);
    const x = readNumber(parts[0]?.text ?? '');
    const y = readNumber(parts[1]?.text ?? '');
    if (x === undefined || y === undefined) return;
    const last = parts.at(-1)!;
    const series = parts.length > 2 && readNumber(last.text) === undefined ? last.text : '';
    found.push({ series, value: y, x, said: `${m.label}${nameSeparator}${m.value}`, mark: index });
  });
  found.sort((a, b) => a.x - b.x);
  return bySeries(found.map(({ x: _, ...tone }) => tone));
}

/** Groups tones by series, in order of first appearance, each keeping its order. */
function bySeries(tones: readonly Omit<Tone, 'seriesIndex'>[]): Tone[] {
  const names = [...new Set(tones.map((t) => t.series))];
  return names.flatMap((series, seriesIndex) => tones.filter((t) => t.series === series).map((t) => ({ ...t, seriesIndex })));
}

/** Lowest and highest pitch, in hertz: C3 to C6, three octaves. */
export const lowest = 130.81;
export const octaves = 3;

/** The pitch of each tone: the smallest value the lowest note, the largest the highest, evenly in octaves between (all the same: the middle). */
export function frequencies(tones: readonly Tone[]): number[] {
  const values = tones.map((t) => t.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => lowest * 2 ** (octaves * (hi === lo ? 0.5 : (v - lo) / (hi - lo))));
}
