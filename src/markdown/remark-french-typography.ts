import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { frenchTypography } from '../utils/typography';

/** Remark plugin: French typography on every text node; code, URLs and attributes are left alone. */
export function remarkFrenchTypography() {
  return (tree: Root) => {
    visit(tree, 'text', (node) => {
      node.value = frenchTypography(node.value);
    });
  };
}
