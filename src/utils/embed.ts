import { href } from './url';
import { chartWidths } from '../styles/theme';
import { escapeMarkup } from './markup';

export { embedMeasureType, embedMessageType } from './embed-messages';

/** Schemes of an embed page: light by default (/embed/<id>/), dark or the reader's system setting on request. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** The path segment of each scheme other than the default: /embed/<id>/sombre/, /embed/<id>/auto/. */
export const embedThemeSlugs = { dark: 'sombre', auto: 'auto' } as const satisfies Record<Exclude<EmbedTheme, 'light'>, string>;

/** An absolute URL on the public site (SITE_URL and BASE_PATH). */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

/** The width (px) an embed declares (oEmbed `width`, the iframe's width attribute): the wide drawing's. */
export const embedWidth: number = chartWidths.wide;

/**
 * Frame widths a phone held upright gives an embed (px: WCAG's reflow width, common phones, the
 * largest): the fallback height is the page's tallest among them (a drawing scaled to a wider frame
 * can be taller than at 320 px).
 */
export const embedPhoneWidths = [320, 375, 430] as const;

/** Where a figure's embed page lives. */
export const embedPath = (id: string) => `/embed/${id}/`;

/**
 * The HTML a partner pastes: a lazy, borderless, titled iframe and the sizing script (safe to paste
 * once per figure). No style attribute, which a strict Content-Security-Policy (style-src 'self')
 * would block: the frame is fluid and borderless by its attributes (width="100%", frameborder="0",
 * which browsers honour though HTML calls them obsolete), and embed.js sets the same through the
 * CSSOM, which such a policy allows. Its height, kept when the script is stripped, shows the whole
 * figure at phone width (`embedFallbackHeight`).
 */
export function embedSnippet(figure: { id: string; title: string; height: number }): string {
  return [
    `<iframe src="${escapeMarkup(absoluteUrl(embedPath(figure.id)))}" title="${escapeMarkup(figure.title)}"`,
    `  data-tiess-figure="${escapeMarkup(figure.id)}" width="100%" height="${figure.height}" frameborder="0" loading="lazy"></iframe>`,
    `<script src="${escapeMarkup(absoluteUrl('/embed.js'))}" async></script>`,
  ].join('\n');
}

/** Code or a URL cut after each slash, to render with <wbr> between the parts: it may wrap there, not inside a word. */
export const breakAfterSlashes = (text: string): string[] => text.split(/(?<=\/)/);
