// An html-validate rule for what html-validate leaves unchecked: the attributes of inline SVG.
// The W3C validator checks them against the SVG schema; the charts are inline SVG, so this rule
// does the same for the attributes a renderer could plausibly write.
import { Rule, type DOMReadyEvent, type HtmlElement, type Location, type Plugin, type RuleDocumentation, type Source } from 'html-validate';

// Note: SVG 1.1 and SVG 2 attributes (core, presentation, geometry, text, paint servers,
// markers, masks, filters, links, animation); data-*, aria-* and on* are checked apart.
const svgAttributes = new Set(
  `id class style lang tabindex autofocus role xml:lang xml:space xml:base xmlns xmlns:xlink
  alignment-baseline baseline-shift clip clip-path clip-rule color color-interpolation color-interpolation-filters
  color-rendering cursor direction display dominant-baseline enable-background fill fill-opacity fill-rule filter
  flood-color flood-opacity font-family font-size font-size-adjust font-stretch font-style font-variant font-weight
  glyph-orientation-horizontal glyph-orientation-vertical image-rendering kerning letter-spacing lighting-color
  marker-end marker-mid marker-start mask mask-type opacity overflow paint-order pointer-events shape-rendering
  stop-color stop-opacity stroke stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin
  stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration text-overflow text-rendering transform
  transform-origin unicode-bidi vector-effect visibility white-space word-spacing writing-mode
  x y x1 x2 y1 y2 cx cy r rx ry fx fy fr d points width height viewbox preserveaspectratio pathlength
  dx dy rotate textlength lengthadjust startoffset method spacing side offset
  gradientunits gradienttransform spreadmethod patternunits patterncontentunits patterntransform
  markerwidth markerheight markerunits refx refy orient maskunits maskcontentunits clippathunits
  filterunits primitiveunits in in2 result stddeviation mode operator values type k1 k2 k3 k4 scale
  xchannelselector ychannelselector edgemode kernelmatrix order divisor bias targetx targety
  preservealpha surfacescale diffuseconstant specularconstant specularexponent limitingconeangle
  pointsatx pointsaty pointsatz azimuth elevation basefrequency numoctaves seed stitchtiles
  tablevalues slope intercept amplitude exponent radius
  href xlink:href xlink:title xlink:show xlink:actuate xlink:type xlink:role xlink:arcrole
  target download hreflang referrerpolicy rel ping crossorigin decoding
  version baseprofile requiredextensions requiredfeatures systemlanguage externalresourcesrequired
  zoomandpan contentscripttype contentstyletype media title
  begin dur end min max restart repeatcount repeatdur from to by attributename attributetype
  additive accumulate calcmode keytimes keysplines keypoints path`.split(/\s+/),
);

// Note: `focusable` is the SVG Tiny 1.2 attribute that kept old Internet Explorer and Edge from
// putting drawings in the tab order; the W3C validator reports it too, but it is a deliberate,
// harmless choice of src/charts/svg.ts and src/components/DataTable.astro, so it is allowed here.
const deliberate = new Set(['focusable']);

/** Values of the SVG 1.1 `font-variant` presentation attribute (the W3C validator's schema). */
const fontVariants = new Set(['normal', 'small-caps', 'inherit']);

/** What one report says: the attribute and, for a bad value, the value. */
interface Context {
  attribute: string;
  value?: string;
}

/** Reports attributes of inline SVG elements that are not SVG attributes, and bad `font-variant` values. */
export class SvgAttributes extends Rule<Context> {
  /** The rule's help text, shown by html-validate's reporters. */
  documentation(context: Context): RuleDocumentation {
    return {
      description: context.value
        ? `\`font-variant="${context.value}"\` is not a valid SVG value (normal, small-caps, inherit): style text with a class and CSS instead.`
        : `\`${context.attribute}\` is not an SVG attribute: drop it or style the element with a class and CSS (inline styles are forbidden by the CSP).`,
    };
  }

  /** Reads the markup of every inline <svg> once the document is parsed. */
  setup(): void {
    // Note: html-validate skips the content of foreign elements (<svg>, <math>): its DOM holds the
    // <svg> alone, so the rule reads the drawing's markup from the source, from <svg to its </svg>.
    this.on('dom:ready', ({ document, source }: DOMReadyEvent) => {
      for (const svg of document.querySelectorAll('svg')) {
        const start = source.data.lastIndexOf('<', svg.location.offset - source.offset);
        for (const tag of tagsOf(source.data, start)) this.check(svg, source, tag);
      }
    });
  }

  private check(svg: HtmlElement, source: Source, tag: Tag): void {
    for (const attr of tag.attributes) {
      const name = attr.name.toLowerCase();
      if (/^(data-|aria-|on)/.test(name) || deliberate.has(name)) continue;
      if (!svgAttributes.has(name)) {
        this.report({
          node: svg,
          message: `"${attr.name}" is not an SVG attribute (on <${tag.name}>)`,
          location: locate(source, attr.index, attr.name.length),
          context: { attribute: attr.name },
        });
      } else if (name === 'font-variant' && !fontVariants.has(attr.value.trim())) {
        this.report({
          node: svg,
          message: `bad value "${attr.value}" for the SVG attribute "font-variant" (on <${tag.name}>)`,
          location: locate(source, attr.index, attr.name.length),
          context: { attribute: attr.name, value: attr.value },
        });
      }
    }
  }
}

/** A start tag in the source: its name and its attributes, each with its index in the source. */
interface Tag {
  name: string;
  attributes: { name: string; value: string; index: number }[];
}

/** The start tags from the <svg at `start` to its matching </svg> (nested drawings included). */
function tagsOf(data: string, start: number): Tag[] {
  const tags: Tag[] = [];
  const tagPattern = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  const attrPattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  tagPattern.lastIndex = start;
  let depth = 0;
  for (let match = tagPattern.exec(data); match; match = tagPattern.exec(data)) {
    const [, closing = '', name = '', rest = ''] = match;
    if (name.toLowerCase() === 'svg') depth += closing ? -1 : rest.trimEnd().endsWith('/') ? 0 : 1;
    if (!closing) {
      const restIndex = match.index + 1 + name.length;
      const attributes = [...rest.matchAll(attrPattern)].map((a) => ({
        name: a[1] ?? '',
        value: a[2] ?? a[3] ?? a[4] ?? '',
        index: restIndex + a.index!,
      }));
      tags.push({ name, attributes });
    }
    if (depth <= 0) break;
  }
  return tags;
}

/** The html-validate location of `size` characters at `index` of a source. */
function locate(source: Source, index: number, size: number): Location {
  const before = source.data.slice(0, index);
  const newlines = before.split('\n').length - 1;
  const column = newlines ? index - before.lastIndexOf('\n') : source.column + index;
  return { filename: source.filename, offset: source.offset + index, line: source.line + newlines, column, size };
}

/** The html-validate plugin holding the rule `tiess/svg-attributes`. */
export const svgAttributesPlugin: Plugin = {
  name: 'tiess',
  rules: { 'tiess/svg-attributes': SvgAttributes },
};
