import { siteTypography } from './typography';

// The little Markdown staff may type in a one-paragraph text (a data file's description): **bold**,
// *italics*, `code`, <https://…> and [words](https://…) links. Parsed into pieces that a component
// renders as elements, so every character typed is escaped; line breaks are spaces, as in Markdown.

export type InlinePiece =
  | { kind: 'text' | 'strong' | 'em' | 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

const pattern = /\*\*([^*]+?)\*\*|\*([^*\s][^*]*?)\*|`([^`]+)`|<(https?:\/\/[^>\s]+)>|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

/** The pieces of a text: running text gets French typography; code and addresses are kept as typed. */
export function inlineMarkdown(source: string): InlinePiece[] {
  const text = source.replace(/\s*\n\s*/g, ' ');
  const pieces: InlinePiece[] = [];
  // A number at the end of a bold, italic or link piece keeps the word after it (*2019–2020* du TIESS).
  const plain = (s: string) => s && pieces.push({ kind: 'text', text: siteTypography(/\d$/.test(pieces.at(-1)?.text ?? '') ? s.replace(/^ (?=\p{L})/u, '\u00a0') : s) });
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    plain(text.slice(at, match.index));
    const [, strong, em, code, url, label, href] = match;
    if (strong !== undefined) pieces.push({ kind: 'strong', text: siteTypography(strong) });
    else if (em !== undefined) pieces.push({ kind: 'em', text: siteTypography(em) });
    else if (code !== undefined) pieces.push({ kind: 'code', text: code });
    else if (url !== undefined) pieces.push({ kind: 'link', text: url, href: url });
    else pieces.push({ kind: 'link', text: siteTypography(label!), href: href! });
    at = match.index + match[0].length;
  }
  plain(text.slice(at));
  return pieces;
}
