import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { figureIds } from '../figures/index';
import { displayPath } from '../data/csv';
import { t } from '../strings';
import { closest } from '../utils/close-names';

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
 * the build stops with the MDX file, line and column, the unknown id and the known ones. Each figure
 * is told the level of its title's heading: one under the last heading above it (the chapter's
 * title is the page's h1, so a figure before any ## is h2).
 */
export function remarkFigureIds() {
  return (tree: Root, file: { path: string }) => {
    const known = figureIds();
    let sectionDepth = 1;
    visit(tree, (visited) => {
      if (visited.type === 'heading') sectionDepth = visited.depth;
      const node = visited as unknown as JsxElement;
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node;
      if (element.name !== 'Figure') return;
      const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const where = `${displayPath(file.path)}, ${t.data.line} ${node.position?.start.line}, ${t.data.column} ${node.position?.start.column}`;
      if (typeof id !== 'string') throw new Error(`${where} : ${t.figures.missingFigureId}`);
      if (!known.includes(id)) throw new Error(`${where} : ${t.figures.unknownFigure(id, known, closest(id, known))}`);
      if (!element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'headingLevel')) {
        // Note: a plain string attribute (headingLevel="3"), which MDX passes as is; FigureBody reads it as a number.
        element.attributes.push({ type: 'mdxJsxAttribute', name: 'headingLevel', value: String(Math.min(6, sectionDepth + 1)) });
      }
    });
  };
}
