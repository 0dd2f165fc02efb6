import { createSvg, finalizeSvg, type FinalizeOptions } from '../svg';
import { chartTypeFor, textWidth, wrapText } from '../text';
import { chartType, palette } from '../../styles/theme';

/** A project's structure: who carries it, the project itself, and its groups of components. */
export interface StructureData {
  membersTitle: string;
  members: readonly string[];
  center: { title: string; subtitle?: string };
  groups: readonly { title: string; color: string; items: readonly string[] }[];
}

export interface StructureOptions extends FinalizeOptions {
  width: number;
}

const pad = 12;
const chipHeight = 28;
const gap = 8;

/**
 * A structure diagram: the members as labelled chips, a connector to the central project, then its
 * groups as boxes (side by side when wide enough, stacked otherwise) listing their components.
 */
export function renderStructure(data: StructureData, options: StructureOptions): string {
  const { width } = options;
  const type = chartTypeFor(width, chartType);
  const lineHeight = type.label * 1.35;
  const inner = width - 2;
  const parts: ((svg: ReturnType<typeof createSvg>) => void)[] = [];
  let y = 1;

  // Members: a heading, then chips flowing in rows.
  const membersTop = y;
  // A name wider than the box wraps inside a taller chip; a row is as tall as its tallest chip.
  let x = pad;
  let rowY = membersTop + 34;
  let rowHeight = chipHeight;
  const chips: { x: number; y: number; w: number; h: number; lines: string[] }[] = [];
  for (const label of data.members) {
    const lines = wrapText(label, inner - 2 * pad - 20, type.label);
    const w = Math.min(inner - 2 * pad, Math.max(...lines.map((line) => textWidth(line, type.label))) + 20);
    const h = chipHeight + (lines.length - 1) * lineHeight;
    if (x + w > inner - pad && x > pad) {
      x = pad;
      rowY += rowHeight + gap;
      rowHeight = chipHeight;
    }
    chips.push({ x, y: rowY, w, h, lines });
    rowHeight = Math.max(rowHeight, h);
    x += w + gap;
  }
  const membersBottom = rowY + rowHeight + pad;
  parts.push((svg) => {
    const g = svg.append('g').attr('class', 'structure-members');
    g.append('rect')
      .attr('x', 1)
      .attr('y', membersTop)
      .attr('width', inner)
      .attr('height', membersBottom - membersTop)
      .attr('rx', 8)
      .attr('fill', palette.surface)
      .attr('stroke', palette.rule);
    g.append('text')
      .attr('x', pad)
      .attr('y', membersTop + 22)
      .attr('font-weight', 700)
      .attr('font-size', type.strong)
      .text(data.membersTitle);
    for (const chip of chips) {
      const c = g.append('g').attr('class', 'structure-member');
      c.append('rect')
        .attr('x', chip.x)
        .attr('y', chip.y)
        .attr('width', chip.w)
        .attr('height', chip.h)
        .attr('rx', chipHeight / 2)
        .attr('fill', palette.paper)
        .attr('stroke', palette.inkMuted);
      const text = c
        .append('text')
        .attr('x', chip.x + chip.w / 2)
        .attr('y', chip.y + chipHeight / 2)
        .attr('text-anchor', 'middle');
      if (chip.lines.length === 1) text.attr('dy', '0.35em').text(chip.lines[0]!);
      else chip.lines.forEach((line, i) => text.append('tspan').attr('x', chip.x + chip.w / 2).attr('dy', i === 0 ? '0.35em' : lineHeight).text(line));
    }
  });
  y = membersBottom;

  // Connector, then the central project.
  const centerTop = y + 24;
  const centerLines = data.center.subtitle ? wrapText(data.center.subtitle, inner - 2 * pad, type.label) : [];
  const centerBottom = centerTop + 2 * pad + type.title + centerLines.length * lineHeight + 4;
  parts.push((svg) => {
    const g = svg.append('g').attr('class', 'structure-center');
    g.append('path')
      .attr('d', `M${width / 2},${membersBottom}V${centerTop}`)
      .attr('stroke', palette.inkMuted)
      .attr('stroke-width', 2);
    g.append('rect')
      .attr('x', 1)
      .attr('y', centerTop)
      .attr('width', inner)
      .attr('height', centerBottom - centerTop)
      .attr('rx', 8)
      .attr('fill', palette.accent);
    const text = g
      .append('text')
      .attr('x', width / 2)
      .attr('y', centerTop + pad + type.title * 0.85)
      .attr('text-anchor', 'middle')
      .attr('fill', palette.paper);
    text.append('tspan').attr('font-weight', 700).attr('font-size', type.title).text(data.center.title);
    centerLines.forEach((line) => text.append('tspan').attr('x', width / 2).attr('dy', lineHeight).text(line));
  });
  y = centerBottom;

  // Groups: side by side when each column can hold at least 260 units, else stacked; 12 units apart.
  const columnGap = 12;
  const columns = width >= 2 * 260 + columnGap ? data.groups.length : 1;
  const colWidth = (inner - (columns - 1) * columnGap) / columns;
  const groupsTop = y + 24;
  const laidOut = data.groups.map((group) => {
    // A title runs from the coloured edge's text inset (pad + 4) to 6 units from the frame.
    const title = wrapText(group.title, colWidth - pad - 4 - 6, type.label, true);
    const items = group.items.map((item) => wrapText(item, colWidth - 2 * pad - 16, type.label));
    const height =
      pad + title.length * lineHeight + 10 + items.reduce((h, lines) => h + lines.length * lineHeight + 6, 0) + pad - 6;
    return { group, title, items, height };
  });
  // Side by side, the boxes share the tallest one's height, so their frames line up.
  if (columns > 1) {
    const tallest = Math.max(...laidOut.map((box) => box.height));
    for (const box of laidOut) box.height = tallest;
  }
  let stackY = groupsTop;
  const boxes = laidOut.map((box, i) => {
    const col = columns === 1 ? 0 : i;
    const bx = 1 + col * (colWidth + columnGap);
    const by = columns === 1 ? stackY : groupsTop;
    stackY += box.height + 16;
    return { ...box, x: bx, y: by };
  });
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  parts.push((svg) => {
    const g = svg.append('g').attr('class', 'structure-groups');
    const trunkBottom = columns === 1 ? boxes.at(-1)!.y + 16 : groupsTop - 12;
    g.append('path')
      .attr('d', `M${width / 2},${centerBottom}V${columns === 1 ? groupsTop : trunkBottom}`)
      .attr('stroke', palette.inkMuted)
      .attr('stroke-width', 2);
    if (columns > 1) {
      const xs = boxes.map((b) => b.x + colWidth / 2);
      g.append('path')
        .attr('d', `M${xs[0]},${groupsTop}V${trunkBottom}H${xs.at(-1)}V${groupsTop}`)
        .attr('fill', 'none')
        .attr('stroke', palette.inkMuted)
        .attr('stroke-width', 2);
    }
    for (const box of boxes) {
      const b = g.append('g').attr('class', 'structure-group');
      b.append('rect')
        .attr('x', box.x)
        .attr('y', box.y)
        .attr('width', colWidth)
        .attr('height', box.height)
        .attr('rx', 8)
        .attr('fill', palette.paper)
        .attr('stroke', box.group.color)
        .attr('stroke-width', 2);
      b.append('rect')
        .attr('x', box.x)
        .attr('y', box.y)
        .attr('width', 8)
        .attr('height', box.height)
        .attr('rx', 4)
        .attr('fill', box.group.color);
      const title = b.append('text').attr('x', box.x + pad + 4).attr('y', box.y + pad + type.label * 0.85);
      box.title.forEach((line, i) =>
        title
          .append('tspan')
          .attr('x', box.x + pad + 4)
          .attr('dy', i === 0 ? 0 : lineHeight)
          .attr('font-weight', 700)
          .text(line),
      );
      let itemY = box.y + pad + box.title.length * lineHeight + 10;
      for (const lines of box.items) {
        b.append('rect')
          .attr('x', box.x + pad + 4)
          .attr('y', itemY + 3)
          .attr('width', 8)
          .attr('height', 8)
          .attr('fill', box.group.color);
        const item = b.append('text').attr('class', 'structure-item').attr('x', box.x + pad + 20).attr('y', itemY + type.label * 0.85);
        lines.forEach((line, i) => item.append('tspan').attr('x', box.x + pad + 20).attr('dy', i === 0 ? 0 : lineHeight).text(line));
        itemY += lines.length * lineHeight + 6;
      }
    }
  });

  const svg = createSvg(width, Math.ceil(bottom + 1)).attr('font-size', type.label);
  for (const draw of parts) draw(svg);
  return finalizeSvg(svg.node()!, options);
}
