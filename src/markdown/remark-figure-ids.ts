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

interface JsxElement {
  type: string;
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number; column: number } };
}

/**
 * Remark plugin: every <Figure id="…" /> in a chapter must name a figure of the registry; otherwise
 * the build stops with the MDX file, line and column, the unknown id and the known ones.
 */
export function remarkFigureIds() {
  return (tree: Root, file: { path: string }) => {
    const known = figureIds();
    visit(tree, (visited) => {
      const node = visited as unknown as JsxElement;
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node;
      if (element.name !== 'Figure') return;
      const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const where = `${displayPath(file.path)}, ${t.data.line} ${node.position?.start.line}, ${t.data.column} ${node.position?.start.column}`;
      if (typeof id !== 'string') throw new Error(`${where} : ${t.figures.missingFigureId}`);
      if (!known.includes(id)) throw new Error(`${where} : ${t.figures.unknownFigure(id, known)}`);
    });
  };
}
