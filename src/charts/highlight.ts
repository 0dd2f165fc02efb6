import { muted } from '../styles/theme';

// The colours of « surligner » (src/figures/types/highlight.ts), for every renderer: a mark keeps its
// own colour when it is chosen or when nothing is; the others take `muted`, a grey that keeps 3:1 on
// the paper in both schemes (src/charts/dark.ts swaps it) and stays apart from every series colour
// for colour-blind readers (tests/charts/palette.test.ts). Never colour alone: the chosen are named
// in the description, set in bold where their names are drawn, and marked in the data table.

/** Whether some of these items are highlighted. */
export const anyHighlighted = (items: readonly { highlight?: boolean }[]): boolean => items.some((item) => item.highlight);

/** True for an item drawn muted: others are highlighted and it is not. */
export const isMuted = (item: { highlight?: boolean } | undefined, any: boolean): boolean => any && !item?.highlight;

/** The fill or stroke of an item: its own colour, or muted when others are highlighted and it is not. */
export const highlightColour = (own: string, item: { highlight?: boolean } | undefined, any: boolean): string => (isMuted(item, any) ? muted : own);
