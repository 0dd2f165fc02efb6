import { textes as aires } from './types/aires/textes';
import type { FigureType } from './types/index';

// Which charts get the « Écouter » button (src/components/ListenButton.astro), and how its script
// reads their marks (src/scripts/listen-data.ts): `marks`, a value per mark or per series of a mark
// (« Série : 12 ; Série : 14 »), the label « catégorie — série »; `points`, a scatter's discs, whose
// first two values are x (the order) and y (the pitch).

/** How the tones of a chart are read from its marks. */
export type ListenMode = 'marks' | 'points';

const modes: Readonly<Record<FigureType, ListenMode>> = {
  lignes: 'marks',
  colonnes: 'marks',
  'colonnes-groupees': 'marks',
  'colonnes-empilees': 'marks',
  barres: 'marks',
  'barres-groupees': 'marks',
  'barres-empilees': 'marks',
  aires: 'marks',
  'nuage-de-points': 'points',
};

/** The figure types a reader can listen to. */
export const listenableTypes: readonly FigureType[] = Object.keys(modes);

/** How a declared chart of this type is listened to, or undefined when it is not. */
export function listenMode(type: FigureType | undefined): ListenMode | undefined {
  return type === undefined ? undefined : modes[type];
}

/** Parts of a mark's value that are no series of their own, never played: an area chart's total. */
export function listenSkipped(type: FigureType): readonly string[] {
  return type === 'aires' ? [aires.total] : [];
}
