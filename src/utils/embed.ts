import { href } from './url';
import { chartWidths } from '../styles/theme';
import { escapeMarkup } from './markup';

/** The message an embed page posts to its parent: { type, id, height } (height in CSS pixels). */
export const embedMessageType = 'tiess-embed:height';

/** An absolute URL on the public site (SITE_URL and BASE_PATH). */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

/** The width (px) an embed declares (oEmbed `width`, the iframe's width attribute): the wide drawing's. */
export const embedWidth: number = chartWidths.wide;

/** Where a figure's embed page lives. */
export const embedPath = (id: string) => `/embed/${id}/`;

/**
 * The HTML a partner pastes: a lazy, borderless, titled iframe and the sizing script (safe to paste
 * once per figure). Its width and height are pixels, as HTML and oEmbed want; its style makes it fluid.
 */
export function embedSnippet(figure: { id: string; title: string; height: number }): string {
  return [
    `<iframe src="${escapeMarkup(absoluteUrl(embedPath(figure.id)))}" title="${escapeMarkup(figure.title)}" data-tiess-figure="${escapeMarkup(figure.id)}"`,
    `  width="${embedWidth}" height="${figure.height}" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>`,
    `<script src="${escapeMarkup(absoluteUrl('/embed.js'))}" async></script>`,
  ].join('\n');
}
