import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { figureIds } from '../figures/index';
import { displayPath } from '../data/csv';
import { t } from '../strings';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Remark plugin: every <Figure id="…" /> in a chapter must name a figure of the registry; otherwise
 * the build stops with the MDX file, line and column, the unknown id and the known ones.
 */
export function remarkFigureIds() {
  return (tree: Root, file: { path: string }) => {
    const known = figureIds();
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as { name: string | null; attributes: JsxAttribute[] };
      if (element.name !== 'Figure') return;
      const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const where = `${displayPath(file.path)}, ${t.data.line} ${node.position?.start.line}, ${t.data.column} ${node.position?.start.column}`;
      if (typeof id !== 'string') throw new Error(`${where} : ${t.figures.missingFigureId}`);
      if (!known.includes(id)) throw new Error(`${where} : ${t.figures.unknownFigure(id, known)}`);
    });
  };
}
