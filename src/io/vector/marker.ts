/**
 * List bullets and numbers (`::marker`), which no layout API measures: written as text
 * ending where the list item's first line starts, as browsers place outside markers.
 */
import { paddingBox } from './box';
import type { Box, VectorContext } from './context';
import { fontFamilyList } from './shapes';
import { escapeXml, tag } from './xml';

const SYMBOLS: Readonly<Record<string, string>> = { disc: '•', circle: '◦', square: '▪' };

/** The marker's text for a list style and an item's number; `undefined` for none or for kinds not drawn. */
export function markerText(type: string, index: number): string | undefined {
  if (type === 'none') return undefined;
  if (type === 'decimal') return `${index}.`;
  if (type === 'decimal-leading-zero') return `${String(index).padStart(2, '0')}.`;
  return SYMBOLS[type] ?? (/^["']/.test(type) ? type.slice(1, -1) : '•');
}

/** The item's number: its `value`, else its place among its list's items, from the list's `start`. */
function itemNumber(li: Element): number {
  const own = Number(li.getAttribute('value'));
  if (li.hasAttribute('value') && Number.isFinite(own)) return own;
  const list = li.parentElement;
  const start = Number(list?.getAttribute('start') ?? '1');
  const items = list ? Array.from(list.children).filter((c) => c.localName === 'li') : [li];
  return (Number.isFinite(start) ? start : 1) + Math.max(0, items.indexOf(li));
}

/** An outside marker of a list item as SVG text; `''` when it has none. */
export function writeMarker(ctx: VectorContext, li: Element, style: CSSStyleDeclaration, box: Box): string {
  if (style.display !== 'list-item' || style.listStylePosition !== 'outside' || style.visibility !== 'visible') return '';
  const text = markerText(style.listStyleType, itemNumber(li));
  if (!text) return '';
  const marker = ctx.view.getComputedStyle(li, '::marker');
  const paint = ctx.painter.paint(marker.color || style.color);
  if (!paint) return '';
  const range = ctx.doc.createRange();
  range.selectNodeContents(li);
  const first = Array.from(range.getClientRects()).find((r) => r.width > 0 && r.height > 0);
  if (!first) return '';
  const line = ctx.box(first);
  const size = parseFloat(style.fontSize) || 16;
  const { ascent, descent } = ctx.painter.metrics(`${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, size);
  const rtl = style.direction === 'rtl';
  // Browsers end an outside marker (its symbol and a space) at the item's padding edge.
  const inner = paddingBox(style, box).box;
  const start = rtl ? inner.x + inner.width : inner.x;
  return tag(
    'text',
    {
      'xml:space': 'preserve',
      x: start,
      y: line.y + (line.height - (ascent + descent)) / 2 + ascent,
      'font-family': fontFamilyList(style.fontFamily),
      'font-size': size,
      direction: rtl ? 'rtl' : undefined,
      'text-anchor': 'end',
      fill: paint.color,
      'fill-opacity': paint.opacity,
    },
    escapeXml(`${text} `),
  );
}
