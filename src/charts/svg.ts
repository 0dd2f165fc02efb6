import { parseHTML } from 'linkedom';
import { select, type Selection } from 'd3';
import { fonts, palette } from '../styles/theme';
import { escapeMarkup } from '../utils/markup';
import { keepTogether } from '../utils/typography';

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A private DOM document for building SVG in Node (no globals touched). */
export function svgDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** A new, empty SVG of the given size, as a d3 selection ready for drawing. */
export function createSvg(width: number, height: number): Selection<SVGSVGElement, unknown, null, undefined> {
  const node = svgDocument().createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  return select(node).attr('viewBox', `0 0 ${width} ${height}`);
}

/** How a finished chart is labelled and namespaced on its page. */
export interface FinalizeOptions {
  /** Prefix for every id inside the SVG, unique on the page (e.g. "poles-par-region-wide-"). */
  idPrefix: string;
  /**
   * Space-separated ids of the elements (outside the SVG) that name and describe the chart; empty
   * when its text alternative is beside it (a figure's caption: its heading and description, read
   * once): the drawing is then hidden from assistive technologies.
   */
  labelledBy: string;
}

const roundable = /-?\d+\.\d{2,}/g;

/**
 * Turns a drawn SVG into the inline markup pages use: role="img" labelled by the given ids (or hidden, see labelledBy),
 * responsive (viewBox, width 100%), no <style> or style attributes (CSP), no ARIA on inner groups
 * (they are presentational inside role="img"), ids made unique with a prefix, coordinates rounded
 * to one decimal, and the no-break spaces of French typography in every text and title (« Estrie : 1 pôle »).
 */
export function finalizeSvg(svg: Element, { idPrefix, labelledBy }: FinalizeOptions): string {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const el of svg.querySelectorAll('title, desc, text, tspan')) {
    for (const node of el.childNodes) if (node.nodeType === 3) node.textContent = keepTogether(node.textContent ?? '');
  }
  const ids = new Map<string, string>();
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of ['style', 'aria-label', 'aria-hidden', 'aria-description', 'role']) el.removeAttribute(name);
    const cls = el.getAttribute('class');
    if (cls?.startsWith('plot-')) el.removeAttribute('class');
    const id = el.getAttribute('id');
    if (id) ids.set(id, `${idPrefix}${ids.size + 1}`);
  }
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      let next = value.replace(roundable, (n) => String(Math.round(Number(n) * 10) / 10));
      if (name === 'id') next = ids.get(value) ?? value;
      next = next.replace(/url\(#([^)]+)\)/g, (m, ref: string) => (ids.has(ref) ? `url(#${ids.get(ref)})` : m));
      if ((name === 'href' || name === 'xlink:href') && next.startsWith('#')) next = `#${ids.get(next.slice(1)) ?? next.slice(1)}`;
      if (next !== value) el.setAttribute(name, next);
    }
  }
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', '100%');
  if (labelledBy) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', labelledBy);
  } else svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('font-family', fonts.sans);
  svg.setAttribute('fill', palette.ink);
  svg.setAttribute('class', ['chart', svg.getAttribute('class')].filter(Boolean).join(' '));
  return serializeSvg(svg);
}

/**
 * The markup of a drawn SVG element, valid as HTML and as XML: every text and attribute value is
 * escaped by `escapeMarkup`. (linkedom's outerHTML, in an HTML document, escapes only `"` in
 * attribute values: a label such as « R&D » or « < 5 » would make the SVG unreadable to librsvg.)
 * Elements without children are self-closed, as SVG allows; comments are left out. No-break spaces
 * in text stay written `&#160;`, as linkedom wrote them, so they remain visible in the snapshots.
 */
export function serializeSvg(node: Node): string {
  if (node.nodeType === 3) return escapeMarkup(node.textContent ?? '').replace(/\u00a0/g, '&#160;');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  let out = `<${el.localName}`;
  for (const { name, value } of [...el.attributes]) {
    if (value === '' && (name === 'id' || name === 'class' || name === 'style')) continue;
    out += ` ${name}="${escapeMarkup(value)}"`;
  }
  if (!el.childNodes.length) return `${out} />`;
  return `${out}>${[...el.childNodes].map(serializeSvg).join('')}</${el.localName}>`;
}

/** The pixel size of a finished SVG, from its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new Error('SVG without a viewBox');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/**
 * A path of straight segments (absolute M, L and Z, as d3-geo writes them) rewritten with relative
 * segments: each ring starts at its absolute point, then every point is written as its step from
 * the previous one (`l-4.8-.2 3.7-8.9…`), in tenths as before. The shape is the same to the tenth
 * of a unit; a map's outlines take about a quarter fewer bytes once compressed. Repeated points are
 * dropped. A path with any other command is returned as it is.
 */
export function relativePath(d: string): string {
  if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
  const tenths = (n: number) => {
    const s = String(Math.abs(n) / 10).replace(/^0\./, '.');
    return n < 0 ? `-${s}` : s;
  };
  const join = (numbers: string[]) => numbers.reduce((out, n, i) => (i === 0 ? n : out + (n.startsWith('-') ? '' : i % 2 ? ',' : ' ') + n), '');
  let out = '';
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  let steps: string[] = [];
  const flush = () => {
    if (steps.length) out += `l${join(steps)}`;
    steps = [];
  };
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      flush();
      out += 'z';
      [x, y] = start;
      continue;
    }
    const numbers = args!.split(/[\s,]+/).filter(Boolean).map((n) => Math.round(Number(n) * 10));
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [nx, ny] = [numbers[i]!, numbers[i + 1]!];
      if (command === 'M' && i === 0) {
        flush();
        out += `M${join([tenths(nx), tenths(ny)])}`;
        start = [nx, ny];
      } else if (nx !== x || ny !== y) {
        steps.push(tenths(nx - x), tenths(ny - y));
      }
      [x, y] = [nx, ny];
    }
  }
  flush();
  return out;
}
