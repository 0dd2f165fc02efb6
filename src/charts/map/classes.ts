import { sequential } from '../../styles/theme';
import { formatNumber } from '../../utils/format';

/** Colour classes for a choropleth: which class each value falls in, and the legend. */
export interface Classification {
  classOf: (value: number) => number;
  classes: { label: string; color: string; hatched?: boolean }[];
}

/**
 * Classes that a reader can tell apart: one per distinct value when there are at most five
 * (colours spread over the whole ramp), else five classes of equal width over the range, labelled
 * with rangeFormat when given (the figure's unit).
 */
export function classify(values: readonly number[], unit: (n: number) => string, rangeFormat?: (n: number) => string): Classification {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= sequential.length) {
    const step = distinct.length > 1 ? (sequential.length - 1) / (distinct.length - 1) : 0;
    const colors = distinct.map((_, i) => sequential[Math.round(i * step + (distinct.length === 1 ? 2 : 0))]!);
    return {
      classOf: (v) => distinct.indexOf(v),
      classes: distinct.map((v, i) => ({ label: unit(v), color: colors[i]! })),
    };
  }
  const [min, max] = [distinct[0]!, distinct.at(-1)!];
  const size = (max - min) / sequential.length;
  const classOf = (v: number) => Math.min(sequential.length - 1, Math.floor((v - min) / size));
  return {
    classOf,
    classes: sequential.map((color, i) => ({
      label: rangeFormat
        ? `${rangeFormat(min + i * size)} à ${rangeFormat(min + (i + 1) * size)}`
        : `${formatNumber(min + i * size, ',.1~f')} à ${formatNumber(min + (i + 1) * size, ',.1~f')}`,
      color,
    })),
  };
}
