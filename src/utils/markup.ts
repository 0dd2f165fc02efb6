// The one escaping function of the project: every text from data or frontmatter that becomes markup
// written by hand (the SVG drawings, the embed snippet) goes through it. Astro templates escape
// their {expressions} themselves.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A text made safe as the content of an element or a quoted attribute value, in HTML and in XML
 * alike (an SVG read by a strict XML parser such as librsvg): `& < > " '` become entities.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
