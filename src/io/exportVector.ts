/**
 * The map as an SVG of plain shapes for design tools, published through the
 * `react-journey-map/export` entry point (src/export.ts). See {@link exportJourneyVectorSvg}.
 */
import { beginExport, type ExportSvgOptions } from './export';
import { withLaidOutCopy } from './layOutCopy';
import { VectorContext } from './vector/context';
import { parseLinearGradient } from './vector/shapes';
import { PSEUDO_TEXT_RULE, inlinePseudoText, unstick, writeElement } from './vector/writer';
import { escapeXml, tag } from './vector/xml';
import { SVG_NS, pictureSize } from './exportHelpers';

/** Options of {@link exportJourneyVectorSvg}: those of `exportJourneySvg` but font embedding (design tools use installed fonts, by name). */
export type ExportVectorSvgOptions = Omit<ExportSvgOptions, 'embedFonts'>;

function backgroundShape(ctx: VectorContext, value: string, width: number, height: number): string {
  const paint = ctx.painter.paint(value);
  if (paint) return tag('rect', { width, height, fill: paint.color, 'fill-opacity': paint.opacity });
  const gradient = parseLinearGradient(value, width, height);
  if (!gradient) return '';
  const stops = gradient.stops
    .map((stop) => {
      const p = ctx.painter.paint(stop.color);
      return tag('stop', { offset: stop.offset, 'stop-color': p?.color ?? '#000000', 'stop-opacity': p ? p.opacity : 0 });
    })
    .join('');
  const { x1, y1, x2, y2 } = gradient;
  const id = ctx.defs.add('linearGradient', { gradientUnits: 'userSpaceOnUse', x1, y1, x2, y2 }, stops);
  return tag('rect', { width, height, fill: `url(#${id})` });
}

/**
 * The map as an SVG that design tools open as editable shapes: every box a `<rect>` or
 * `<path>` (fill, borders, corner radii, shadows), every text a `<text>` with one
 * `<tspan>` per line exactly where the browser wrapped it, its font named (with a generic
 * fallback), the emotion curve, arrows and icons as their own paths, photos as
 * `<image>`. No `foreignObject` and no stylesheet, neither of which Figma, Illustrator,
 * Inkscape or PowerPoint draws. Like `exportJourneySvg` it holds the whole map (every
 * stage, not the visible scroll window), leaves out popovers, tooltips and export menus,
 * and holds nothing that runs or loads: text is text, images are kept only as http(s) or
 * data image addresses. Soft shadows become translucent outlines; what has no plain SVG
 * form (CSS filters, blurred inset shadows, radial gradients, background images) is left
 * out. Fonts are named, not embedded: a tool without them substitutes its own, and lines
 * may then come out a little longer or shorter.
 *
 * @param element The rendered map: a `JourneyMap`'s (or `JourneyGrid`'s) root element, e.g. from its `ref`.
 * @returns The SVG document as text.
 * @throws {TypeError} when the element is not in the document, or `background` is not a safe CSS value.
 */
export async function exportJourneyVectorSvg(element: HTMLElement, options: ExportVectorSvgOptions = {}): Promise<string> {
  const { doc, title, background } = await beginExport(element, options);
  return withLaidOutCopy(element, options, ({ clone, stage }) => {
    const rule = doc.createElement('style');
    rule.textContent = PSEUDO_TEXT_RULE;
    stage.appendChild(rule);
    unstick(clone);
    inlinePseudoText(clone);
    const ctx = new VectorContext(clone);
    const rect = clone.getBoundingClientRect();
    const { width, height } = pictureSize(rect.width, rect.height);
    const body = writeElement(ctx, clone, undefined);
    const backdrop = background ? backgroundShape(ctx, background, width, height) : '';
    return (
      `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<title>${escapeXml(title)}</title>${ctx.defs.toString()}${backdrop}${body}</svg>`
    );
  });
}
