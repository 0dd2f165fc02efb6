import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

const marker = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

/**
 * Remark plugin: a heading ending in the MDX comment `{/* #anchor *\/}` gets that id, so links to
 * a section keep working when its title is reworded. Headings without one get Astro's slug.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading) => {
      const last = heading.children.at(-1) as { type: string; value?: string } | undefined;
      const match = last?.type === 'mdxTextExpression' ? marker.exec(last.value ?? '') : null;
      if (!match) return;
      heading.children.pop();
      const previous = heading.children.at(-1);
      if (previous?.type === 'text') previous.value = previous.value.trimEnd();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1] } };
    });
  };
}
