/**
 * A text node as SVG `<text>`: one `<tspan>` per line the browser wrapped it into, each
 * at the line's own position and baseline, with the font named and the colour as a fill.
 */
import { overlaps, type Box, type VectorContext } from './context';
import { codePoints, groupLines, type Glyph, type TextLine } from './lines';
import { fontFamilyList, transformText } from './shapes';
import { escapeXml, tag } from './xml';

/** The scale browsers draw synthesised small capitals at. */
const SMALL_CAPS = 0.7;
const COLLAPSING = /^(normal|nowrap|pre-line)$/;

/**
 * A text laid out in one box (most labels and short titles): its line, read at once
 * instead of character by character. `undefined` when it wraps, runs in several
 * directions, keeps its white space, or has white space at an end that may or may not
 * have been drawn.
 */
function oneLine(ctx: VectorContext, node: Text, collapse: boolean): TextLine[] | undefined {
  if (!collapse || /^\s|\s$/.test(node.data)) return undefined;
  const range = ctx.doc.createRange();
  range.selectNodeContents(node);
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  range.detach();
  if (rects.length !== 1) return undefined;
  const box = ctx.box(rects[0]!);
  return [{ text: node.data.replace(/\s+/g, ' '), left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height }];
}

/** The boxes of each character of a text node, as laid out. */
function glyphsOf(ctx: VectorContext, node: Text): Glyph[] {
  const range = ctx.doc.createRange();
  const glyphs: Glyph[] = [];
  let offset = 0;
  for (const text of codePoints(node.data)) {
    range.setStart(node, offset);
    range.setEnd(node, offset + text.length);
    offset += text.length;
    const rects = range.getClientRects();
    let best: DOMRect | undefined;
    for (const rect of Array.from(rects)) if (!best || rect.width > best.width) best = rect;
    if (!best || (best.width === 0 && best.height === 0)) {
      glyphs.push({ text });
      continue;
    }
    const box = ctx.box(best);
    glyphs.push({ text, box: { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height } });
  }
  range.detach();
  return glyphs;
}

/**
 * A line cut off with `text-overflow: ellipsis`: the characters that do not fit beside
 * an ellipsis go, and the ellipsis takes their place, as the browser draws it.
 */
function truncate(ctx: VectorContext, glyphs: Glyph[], style: CSSStyleDeclaration, clip: Box): Glyph[] {
  const rtl = style.direction === 'rtl';
  const outside = (g: Glyph) => g.box !== undefined && (rtl ? g.box.left < clip.x - 0.5 : g.box.right > clip.x + clip.width + 0.5);
  if (!glyphs.some(outside)) return glyphs;
  const width = ctx.painter.width('…', `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`);
  const limit = rtl ? clip.x + width : clip.x + clip.width - width;
  const kept = glyphs.filter((g) => !g.box || (rtl ? g.box.left >= limit : g.box.right <= limit));
  const last = [...kept].reverse().find((g) => g.box)?.box;
  if (!last) return kept;
  const at = rtl ? last.left - width : last.right;
  return [...kept, { text: '…', box: { left: at, top: last.top, right: at + width, bottom: last.bottom } }];
}

/** The last line a line clamp leaves, cut to end in an ellipsis within the box, as browsers draw it. */
function clampLine(ctx: VectorContext, line: TextLine, style: CSSStyleDeclaration, clip: Box): TextLine {
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const room = style.direction === 'rtl' ? line.right - clip.x : clip.x + clip.width - line.left;
  let text = line.text;
  while (text && ctx.painter.width(`${text}…`, font) > room) text = Array.from(text).slice(0, -1).join('');
  return { ...line, text: `${text.trimEnd()}…` };
}

/** Whether a style's white space collapses. */
function collapses(style: CSSStyleDeclaration): boolean {
  const collapse = style.getPropertyValue('white-space-collapse');
  return collapse ? collapse === 'collapse' || collapse === 'preserve-breaks' : COLLAPSING.test(style.whiteSpace);
}

/**
 * The text of a node as SVG, or `''` when it shows nothing. `style` is its parent's
 * computed style; lines wholly outside `clip` (cut off by an ancestor's overflow, as a
 * clamped description's) are left out.
 */
export function writeText(
  ctx: VectorContext,
  node: Text,
  style: CSSStyleDeclaration,
  clip: Box | undefined,
  lang: string,
  ellipsis?: 'line' | 'clamp',
): string {
  if (!node.data.trim() || style.visibility !== 'visible') return '';
  const paint = ctx.painter.paint(style.getPropertyValue('-webkit-text-fill-color') || style.color);
  if (!paint) return '';
  const collapse = collapses(style);
  let all = ellipsis ? undefined : oneLine(ctx, node, collapse);
  if (!all) {
    let glyphs = glyphsOf(ctx, node);
    if (ellipsis === 'line' && clip) glyphs = truncate(ctx, glyphs, style, clip);
    all = groupLines(glyphs, collapse);
  }
  const lines = all.filter((line) =>
    overlaps(clip, { x: line.left, y: line.top, width: line.right - line.left, height: line.bottom - line.top }),
  );
  if (lines.length === 0) return '';
  if (ellipsis === 'clamp' && clip && lines.length < all.length) {
    lines[lines.length - 1] = clampLine(ctx, lines[lines.length - 1]!, style, clip);
  }
  const fontSize = parseFloat(style.fontSize) || 16;
  // All small capitals are capitals at the size browsers synthesise them (0.7), which every tool draws alike.
  const smallCaps = style.fontVariantCaps === 'all-small-caps' || style.fontVariantCaps === 'all-petite-caps';
  const size = smallCaps ? fontSize * SMALL_CAPS : fontSize;
  const { ascent, descent } = ctx.painter.metrics(`${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, fontSize);
  const rtl = style.direction === 'rtl';
  const spans = lines
    .map((line) => {
      // The character boxes are the font's ascent plus descent high; the baseline sits at the ascent.
      const baseline = line.top + (line.bottom - line.top - (ascent + descent)) / 2 + ascent;
      const text = transformText(line.text, smallCaps ? 'uppercase' : style.textTransform, lang);
      return tag('tspan', { x: rtl ? line.right : line.left, y: baseline }, escapeXml(text));
    })
    .join('');
  const decoration = style.textDecorationLine;
  return tag(
    'text',
    {
      'xml:space': 'preserve',
      'font-family': fontFamilyList(style.fontFamily),
      'font-size': size,
      'font-weight': style.fontWeight === '400' ? undefined : style.fontWeight,
      'font-style': style.fontStyle === 'normal' ? undefined : style.fontStyle,
      'letter-spacing': style.letterSpacing === 'normal' ? undefined : parseFloat(style.letterSpacing) || undefined,
      'text-decoration': decoration && decoration !== 'none' ? decoration : undefined,
      // Right to left, a line starts at its right end: x is that end (librsvg, browsers and editors agree).
      direction: rtl ? 'rtl' : undefined,
      fill: paint.color,
      'fill-opacity': paint.opacity,
    },
    spans,
  );
}
