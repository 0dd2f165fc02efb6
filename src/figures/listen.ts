import { chartTypes, type FigureType } from './types/index';
import type { ListenMode } from './types/contract';

// Which charts get the « Écouter » button (src/components/ListenButton.astro), and how its script
// reads their marks (src/scripts/listen-data.ts): each type says so in its folder (`listen` of its
// `defineChartType`, src/figures/types/contract.ts), so a new type needs no list here.

export type { ListenMode };

/** The figure types a reader can listen to. */
export const listenableTypes: readonly FigureType[] = Object.keys(chartTypes).filter((name) => chartTypes[name]!.listen);

/** How a declared chart of this type is listened to, or undefined when it is not. */
export function listenMode(type: FigureType | undefined): ListenMode | undefined {
  return type === undefined ? undefined : chartTypes[type]?.listen?.mode;
}

/** Parts of a mark's value that are no series of their own, never played: an area chart's total. */
export function listenSkipped(type: FigureType): readonly string[] {
  return chartTypes[type]?.listen?.skip ?? [];
}
