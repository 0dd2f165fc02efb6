import { frenchTypography } from './typography';

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
  const plain = (s: string) => s && pieces.push({ kind: 'text', text: frenchTypography(s) });
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    plain(text.slice(at, match.index));
    const [, strong, em, code, url, label, href] = match;
    if (strong !== undefined) pieces.push({ kind: 'strong', text: frenchTypography(strong) });
    else if (em !== undefined) pieces.push({ kind: 'em', text: frenchTypography(em) });
    else if (code !== undefined) pieces.push({ kind: 'code', text: code });
    else if (url !== undefined) pieces.push({ kind: 'link', text: url, href: url });
    else pieces.push({ kind: 'link', text: frenchTypography(label!), href: href! });
    at = match.index + match[0].length;
  }
  plain(text.slice(at));
  return pieces;
}
