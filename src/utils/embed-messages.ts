// The messages between an embed page and embed.js on the partner's page (public/embed.js spells them out too).

/** The message an embed page posts to its parent: { type, id, height, width } (CSS pixels; width: the frame's width it was measured at). */
export const embedMessageType = 'tiess-embed:height';

/** The message embed.js sends an embed page to have it measure itself again (after the frame's width changed). */
export const embedMeasureType = 'tiess-embed:measure';
