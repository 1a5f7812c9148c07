/**
 * An inline `<svg>` of the map (the emotion curve, blueprint arrows, icons) copied into
 * the picture as a group: its shapes as they are, their CSS paint written as
 * presentation attributes (design tools read no stylesheet), placed by the matrix the
 * browser used, made safe by the package's allow-list.
 */
import { paddingBox, clipTo } from './box';
import type { VectorContext } from './context';
import { SVG_NS, sanitizeTree } from '../exportHelpers';
import { fontFamilyList } from './shapes';
import { num, tag } from './xml';

const PAINTS = ['fill', 'stroke'] as const;
const COPIED = [
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'fill-rule',
  'clip-rule',
  'marker-start',
  'marker-mid',
  'marker-end',
  'clip-path',
  'mask',
  'visibility',
] as const;
const TEXTUAL = new Set(['text', 'tspan', 'textPath']);
/** Attributes that style the copy in the browser only, or say nothing in a picture. */
const DROPPED = /^(class|style|role|tabindex|focusable|aria-.*|data-.*)$/;

/** `url("#id")` as computed → `url(#id)`; other urls go. */
function localUrl(value: string): string | undefined {
  const match = /^url\(["']?(#[^"')]+)["']?\)/.exec(value.trim());
  return match ? `url(${match[1]})` : undefined;
}

/** Writes an element's computed paint and stroke as presentation attributes. */
function freeze(ctx: VectorContext, original: Element, copy: Element): boolean {
  const style = ctx.view.getComputedStyle(original);
  if (style.display === 'none') return false;
  for (const attr of Array.from(copy.attributes)) if (DROPPED.test(attr.name)) copy.removeAttribute(attr.name);
  for (const name of PAINTS) {
    const value = style.getPropertyValue(name);
    const opacity = parseFloat(style.getPropertyValue(`${name}-opacity`) || '1');
    if (value.startsWith('url(')) {
      const url = localUrl(value);
      copy.setAttribute(name, url ?? 'none');
      if (opacity < 1) copy.setAttribute(`${name}-opacity`, num(opacity));
      continue;
    }
    const paint = value === 'none' ? undefined : ctx.painter.paint(value);
    copy.setAttribute(name, paint ? paint.color : 'none');
    const total = (paint?.opacity ?? 1) * opacity;
    if (paint && total < 1) copy.setAttribute(`${name}-opacity`, num(total));
    else copy.removeAttribute(`${name}-opacity`);
  }
  for (const name of COPIED) {
    let value = style.getPropertyValue(name);
    if (!value || value === 'none' || value === 'auto') {
      if (name !== 'visibility') copy.removeAttribute(name);
      continue;
    }
    if (name.startsWith('marker') || name === 'clip-path' || name === 'mask') {
      const url = localUrl(value);
      if (url) copy.setAttribute(name, url);
      else copy.removeAttribute(name);
      continue;
    }
    if (name === 'stroke-width' || name === 'stroke-dashoffset') value = num(parseFloat(value));
    if (name === 'stroke-dasharray') value = value.replace(/px/g, '');
    if (name === 'visibility' && value === 'visible') continue;
    copy.setAttribute(name, value);
  }
  const opacity = parseFloat(style.opacity);
  if (opacity < 1) copy.setAttribute('opacity', num(opacity));
  if (copy.localName === 'stop') {
    const paint = ctx.painter.paint(style.getPropertyValue('stop-color'));
    copy.setAttribute('stop-color', paint?.color ?? '#000000');
    copy.setAttribute('stop-opacity', num((paint ? (paint.opacity ?? 1) : 0) * parseFloat(style.getPropertyValue('stop-opacity') || '1')));
  }
  if (TEXTUAL.has(copy.localName)) {
    copy.setAttribute('font-family', fontFamilyList(style.fontFamily));
    copy.setAttribute('font-size', num(parseFloat(style.fontSize)));
    copy.setAttribute('font-weight', style.fontWeight);
    if (style.fontStyle !== 'normal') copy.setAttribute('font-style', style.fontStyle);
  }
  return true;
}

/** An inline `<svg>` as a group in picture coordinates; `''` when it draws nothing. */
export function copySvg(ctx: VectorContext, svg: SVGSVGElement, style: CSSStyleDeclaration): string {
  const matrix = svg.getScreenCTM();
  const rect = svg.getBoundingClientRect();
  if (!matrix || rect.width <= 0 || rect.height <= 0) return '';
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    if (!freeze(ctx, original, copies[i]!)) hidden.push(copies[i]!);
  });
  for (const el of hidden) if (el !== copy) el.remove();
  sanitizeTree(copy);
  const [x, y] = ctx.point(matrix.e, matrix.f);
  const serializer = new XMLSerializer();
  const content = Array.from(copy.childNodes)
    .map((node) => (node.nodeType === 1 ? serializer.serializeToString(node) : ''))
    .join('')
    // Each child says its namespace; the picture's root already does.
    .replace(new RegExp(` xmlns="${SVG_NS}"`, 'g'), '');
  if (!content) return '';
  const group: Record<string, string | undefined> = {
    transform: `matrix(${[matrix.a, matrix.b, matrix.c, matrix.d, x, y].map(num).join(' ')})`,
  };
  for (const name of ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'opacity'] as const) {
    const value = copy.getAttribute(name);
    if (value !== null) group[name] = value;
  }
  const body = tag('g', group, content);
  if (style.overflowX === 'visible' && style.overflowY === 'visible') return body;
  const inner = paddingBox(style, ctx.box(rect));
  return tag('g', { 'clip-path': clipTo(ctx, inner.box, inner.corners) }, body);
}
