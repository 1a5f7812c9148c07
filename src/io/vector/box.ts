/**
 * A CSS box drawn as SVG shapes: its outer shadows, background colour and gradients,
 * inset shadows and borders, in the order CSS paints them. Corners keep their radii.
 */
import type { Box, VectorContext } from './context';
import { cornerRadii, offsetCorners, parseBoxShadows, parseLinearGradient, roundedRectPath, uniformCorners, type Corners } from './shapes';
import { splitTopLevel } from '../exportHelpers';
import { backgroundLayerBox } from './length';
import { tag, type AttributeValue } from './xml';

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
const CORNERS = ['top-left', 'top-right', 'bottom-right', 'bottom-left'] as const;
const px = (value: string) => parseFloat(value) || 0;
const NO_CORNERS: Corners = [
  [0, 0],
  [0, 0],
  [0, 0],
  [0, 0],
];

/** A shape for a box with corners: a `<rect>` when the corners are alike, else a `<path>`. */
export function shape(box: Box, corners: Corners, attrs: Readonly<Record<string, AttributeValue>>): string {
  if (box.width <= 0 || box.height <= 0) return '';
  const same = uniformCorners(corners);
  if (same) {
    const [rx, ry] = same;
    return tag('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: rx > 0 ? rx : undefined,
      ry: ry > 0 && ry !== rx ? ry : undefined,
      ...attrs,
    });
  }
  return tag('path', { d: roundedRectPath(box.x, box.y, box.width, box.height, corners), ...attrs });
}

/** The corner radii of a box from its computed style. */
export function boxCorners(style: CSSStyleDeclaration, box: Box): Corners {
  return cornerRadii(
    CORNERS.map((c) => style.getPropertyValue(`border-${c}-radius`)) as [string, string, string, string],
    box.width,
    box.height,
  );
}

/** The widths of a box's borders: top, right, bottom, left (0 where the style draws none). */
export function borderWidths(style: CSSStyleDeclaration): [number, number, number, number] {
  return SIDES.map((side) =>
    /^(none|hidden)$/.test(style.getPropertyValue(`border-${side}-style`)) ? 0 : px(style.getPropertyValue(`border-${side}-width`)),
  ) as [number, number, number, number];
}

/** The padding box (inside the borders) and its corners: what `overflow` clips to. */
export function paddingBox(style: CSSStyleDeclaration, box: Box): { box: Box; corners: Corners } {
  const [t, r, b, l] = borderWidths(style);
  const inner = { x: box.x + l, y: box.y + t, width: Math.max(0, box.width - l - r), height: Math.max(0, box.height - t - b) };
  const corners = boxCorners(style, box).map(([x, y], i) => {
    const dx = i === 0 || i === 3 ? l : r;
    const dy = i < 2 ? t : b;
    return [Math.max(0, x - dx), Math.max(0, y - dy)] as const;
  }) as unknown as Corners;
  return { box: inner, corners };
}

/** A clip path holding a box with corners; returns its `url(#…)`. */
export function clipTo(ctx: VectorContext, box: Box, corners: Corners): string {
  return `url(#${ctx.defs.add('clipPath', {}, shape(box, corners, {}))})`;
}

function fillAttrs(ctx: VectorContext, colour: string): Record<string, AttributeValue> | undefined {
  const paint = ctx.painter.paint(colour);
  return paint && { fill: paint.color, 'fill-opacity': paint.opacity };
}

function outerShadows(ctx: VectorContext, style: CSSStyleDeclaration, box: Box, corners: Corners): string {
  let out = '';
  for (const s of parseBoxShadows(style.boxShadow).reverse()) {
    if (s.inset) continue;
    const fill = fillAttrs(ctx, s.color);
    if (!fill) continue;
    const grown = {
      x: box.x + s.x - s.spread,
      y: box.y + s.y - s.spread,
      width: box.width + 2 * s.spread,
      height: box.height + 2 * s.spread,
    };
    // A soft shadow as one translucent shape reaching half its blur: design tools keep it
    // as a plain shape, and renderers need no filter surface per card (slow in librsvg).
    const soft = s.blur / 2;
    const reach = { x: grown.x - soft, y: grown.y - soft, width: grown.width + 2 * soft, height: grown.height + 2 * soft };
    const opacity = s.blur > 0 ? (fill['fill-opacity'] === undefined ? 1 : Number(fill['fill-opacity'])) * 0.5 : undefined;
    out += shape(reach, offsetCorners(corners, s.spread + soft), { ...fill, 'fill-opacity': opacity ?? fill['fill-opacity'] });
  }
  return out;
}

function backgrounds(ctx: VectorContext, style: CSSStyleDeclaration, box: Box, corners: Corners): string {
  let out = '';
  const fill = fillAttrs(ctx, style.backgroundColor);
  if (fill) out += shape(box, corners, fill);
  const image = style.backgroundImage;
  if (!image || image === 'none') return out;
  // A layer sized and placed in the padding box without repeating (a card's stripe) is a
  // rectangle of its own; any other fills the box. Lists shorter than the images repeat.
  const [sizes, positions, repeats] = ['size', 'position', 'repeat'].map((name) =>
    splitTopLevel(style.getPropertyValue(`background-${name}`), ','),
  ) as [string[], string[], string[]];
  const area = paddingBox(style, box).box;
  const layers = splitTopLevel(image, ',').map((layer, i) => {
    const at = (values: string[]) => values[i % Math.max(1, values.length)] ?? '';
    const placed = at(repeats) === 'no-repeat' ? backgroundLayerBox(at(sizes), at(positions), area) : undefined;
    return { layer, placed };
  });
  // The first layer is on top: draw the last first.
  for (const { layer, placed } of layers.reverse()) {
    const target = placed ?? box;
    const gradient = parseLinearGradient(layer, target.width, target.height);
    if (!gradient) continue;
    const stops = gradient.stops
      .map((stop) => {
        const paint = ctx.painter.paint(stop.color);
        return tag('stop', { offset: stop.offset, 'stop-color': paint?.color ?? '#000000', 'stop-opacity': paint ? paint.opacity : 0 });
      })
      .join('');
    const id = ctx.defs.add(
      'linearGradient',
      {
        gradientUnits: 'userSpaceOnUse',
        x1: target.x + gradient.x1,
        y1: target.y + gradient.y1,
        x2: target.x + gradient.x2,
        y2: target.y + gradient.y2,
      },
      stops,
    );
    out += shape(target, placed ? NO_CORNERS : corners, { fill: `url(#${id})` });
  }
  return out;
}

function insetShadows(ctx: VectorContext, style: CSSStyleDeclaration, box: Box): string {
  const inner = paddingBox(style, box);
  let out = '';
  for (const s of parseBoxShadows(style.boxShadow).reverse()) {
    if (!s.inset || s.blur > 0) continue;
    const fill = fillAttrs(ctx, s.color);
    if (!fill) continue;
    const hole = {
      x: inner.box.x + s.x + s.spread,
      y: inner.box.y + s.y + s.spread,
      width: inner.box.width - 2 * s.spread,
      height: inner.box.height - 2 * s.spread,
    };
    const outer = roundedRectPath(inner.box.x, inner.box.y, inner.box.width, inner.box.height, inner.corners);
    const cut =
      hole.width > 0 && hole.height > 0
        ? roundedRectPath(hole.x, hole.y, hole.width, hole.height, offsetCorners(inner.corners, -s.spread))
        : '';
    out += tag('path', { d: outer + cut, 'fill-rule': 'evenodd', ...fill, 'clip-path': clipTo(ctx, inner.box, inner.corners) });
  }
  return out;
}

function dashes(kind: string, width: number): string | undefined {
  if (kind === 'dashed') return `${width * 3} ${width * 2}`;
  if (kind === 'dotted') return `${width} ${width}`;
  return undefined;
}

function borders(ctx: VectorContext, style: CSSStyleDeclaration, box: Box, corners: Corners): string {
  const widths = borderWidths(style);
  const kinds = SIDES.map((side) => style.getPropertyValue(`border-${side}-style`));
  const colours = SIDES.map((side) => style.getPropertyValue(`border-${side}-color`));
  if (widths.every((w) => w === 0)) return '';
  const [w] = widths;
  if (widths.every((x) => x === w) && kinds.every((k) => k === kinds[0]) && colours.every((c) => c === colours[0])) {
    const paint = ctx.painter.paint(colours[0]!);
    if (!paint) return '';
    const half = w / 2;
    const inset = { x: box.x + half, y: box.y + half, width: box.width - w, height: box.height - w };
    return shape(inset, offsetCorners(corners, -half), {
      fill: 'none',
      stroke: paint.color,
      'stroke-opacity': paint.opacity,
      'stroke-width': w,
      'stroke-dasharray': dashes(kinds[0]!, w),
    });
  }
  // Sides that differ: each side on its own, as a band (solid) or a dashed line along its middle.
  let out = '';
  SIDES.forEach((side, i) => {
    const width = widths[i]!;
    const paint = width > 0 ? ctx.painter.paint(colours[i]!) : undefined;
    if (!paint) return;
    const band =
      side === 'top'
        ? { x: box.x, y: box.y, width: box.width, height: width }
        : side === 'bottom'
          ? { x: box.x, y: box.y + box.height - width, width: box.width, height: width }
          : side === 'left'
            ? { x: box.x, y: box.y, width, height: box.height }
            : { x: box.x + box.width - width, y: box.y, width, height: box.height };
    const dash = dashes(kinds[i]!, width);
    if (!dash) {
      out += tag('rect', { ...band, fill: paint.color, 'fill-opacity': paint.opacity });
      return;
    }
    const horizontal = side === 'top' || side === 'bottom';
    const mid = horizontal ? band.y + width / 2 : band.x + width / 2;
    out += tag('line', {
      x1: horizontal ? band.x : mid,
      y1: horizontal ? mid : band.y,
      x2: horizontal ? band.x + band.width : mid,
      y2: horizontal ? mid : band.y + band.height,
      stroke: paint.color,
      'stroke-opacity': paint.opacity,
      'stroke-width': width,
      'stroke-dasharray': dash,
    });
  });
  return out;
}

/** Everything a box paints of itself (not its content), as SVG. */
export function paintBox(ctx: VectorContext, style: CSSStyleDeclaration, box: Box): string {
  if (box.width <= 0 || box.height <= 0) return '';
  const corners = boxCorners(style, box);
  return (
    outerShadows(ctx, style, box, corners) +
    backgrounds(ctx, style, box, corners) +
    insetShadows(ctx, style, box) +
    borders(ctx, style, box, corners)
  );
}
