import { visit } from 'unist-util-visit';
import type { Root, Element } from 'hast';

/** Rehype plugin: links to other sites get rel="noopener noreferrer" (they open in the same tab). */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties?.href : undefined;
      if (typeof href === 'string' && /^https?:\/\//.test(href)) node.properties.rel = ['noopener', 'noreferrer'];
    });
  };
}
