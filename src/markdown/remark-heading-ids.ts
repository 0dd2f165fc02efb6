import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

/** What an anchor id may be: lower-case letters without accents, digits and dashes. */
export const anchorIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The anchors a chapter's text sets with `<Ancre id="…" />`, in order (for link checks). */
export function anchorIds(text: string): string[] {
  return [...text.matchAll(/<Ancre\s+id="([^"]*)"\s*\/>/g)].map((m) => m[1]!);
}

interface JsxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const anchorOf = (node: JsxNode | undefined): string | undefined => {
  if (node?.type !== 'mdxJsxTextElement' || node.name !== 'Ancre') return undefined;
  const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof id === 'string' && anchorIdPattern.test(id) ? id : undefined;
};

/**
 * Remark plugin: a heading ending in `<Ancre id="anchor" />` gets that id, so links to a section
 * keep working when its title is reworded (the browser editor keeps this form byte for byte).
 * Headings without one get Astro's slug.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading) => {
      const id = anchorOf(heading.children.at(-1) as JsxNode | undefined);
      if (!id) return;
      heading.children.pop();
      const previous = heading.children.at(-1);
      if (previous?.type === 'text') previous.value = previous.value.trimEnd();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
}
