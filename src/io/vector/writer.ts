/**
 * The vector writer: walks a laid-out map and writes what each element shows as SVG
 * shapes — boxes as `<rect>`/`<path>`, text as `<text>` in the lines the browser wrapped
 * it into, inline SVG as groups, images as `<image>` — each where the browser placed it.
 * It reads only the layout (`getBoundingClientRect`, text ranges) and computed styles.
 */
import { clipTo, paddingBox, paintBox } from './box';
import { parseColour } from './colour';
import { writeMarker } from './marker';
import { intersect, type Box, type VectorContext } from './context';
import { pseudoText } from './shapes';
import { copySvg } from './svgCopy';
import { writeText } from './text';
import { tag } from './xml';
import { SVG_NS, XHTML_NS } from '../exportHelpers';
import { isExportableImageUrl } from '../../model/sanitize';

const PSEUDO_MARK = { '::before': 'data-jm-vx-before', '::after': 'data-jm-vx-after' } as const;
/** Hides the pseudo-elements whose text {@link inlinePseudoText} turned into real text. */
export const PSEUDO_TEXT_RULE = `[${PSEUDO_MARK['::before']}]::before,[${PSEUDO_MARK['::after']}]::after{content:none!important}`;

/**
 * Turns the text of in-flow `::before`/`::after` (quotation marks) into text nodes of the
 * copy, so that they are laid out and measured like any text; {@link PSEUDO_TEXT_RULE}
 * hides the pseudo-elements themselves. Boxes drawn by pseudo-elements stay as they are.
 */
export function inlinePseudoText(root: HTMLElement): void {
  const view = root.ownerDocument.defaultView!;
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (el.namespaceURI !== XHTML_NS) continue;
    for (const pseudo of ['::before', '::after'] as const) {
      const style = view.getComputedStyle(el, pseudo);
      if (style.display === 'none' || /^(absolute|fixed)$/.test(style.position)) continue;
      const text = pseudoText(style.content, view.getComputedStyle(el).quotes, langOf(el));
      if (!text) continue;
      el.setAttribute(PSEUDO_MARK[pseudo], '');
      const node = el.ownerDocument.createTextNode(text);
      if (pseudo === '::before') el.insertBefore(node, el.firstChild);
      else el.appendChild(node);
    }
  }
}

/**
 * Sets sticky elements of the copy where the flow puts them. The copy does not scroll
 * and lies in a box of no size, which a sticky element would otherwise stick to (right
 * to left, a lane's header would move to the far left).
 */
export function unstick(root: HTMLElement): void {
  const view = root.ownerDocument.defaultView!;
  for (const el of [root, ...Array.from(root.querySelectorAll<HTMLElement>('*'))]) {
    if (view.getComputedStyle(el).position !== 'sticky') continue;
    el.style.setProperty('position', 'relative', 'important');
    for (const side of ['top', 'right', 'bottom', 'left']) el.style.setProperty(side, 'auto', 'important');
  }
}

function langOf(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang') ?? el.ownerDocument.documentElement.lang ?? '';
}

/** Hidden for sight but kept for screen readers (`.jm-visually-hidden` and the like): not in the picture. */
function visuallyHidden(style: CSSStyleDeclaration, box: Box): boolean {
  if (
    /^(absolute|fixed)$/.test(style.position) &&
    (/^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(style.clip) || style.clipPath === 'inset(50%)')
  )
    return true;
  if (box.width > 1.5 || box.height > 1.5) return false;
  // A pixel-sized box that clips what it holds, or draws it in no colour (a card's kind, only read).
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || parseColour(style.color)?.a === 0;
}

const px = (value: string) => parseFloat(value) || 0;

/** The box an absolutely placed `::before`/`::after` draws, from its computed insets and size. */
function pseudoBox(ctx: VectorContext, el: Element, style: CSSStyleDeclaration): Box | undefined {
  if (!/^(absolute|fixed)$/.test(style.position)) return undefined;
  let holder: Element | null = el;
  while (holder && holder.parentElement && ctx.view.getComputedStyle(holder).position === 'static') holder = holder.parentElement;
  if (!holder) return undefined;
  const holderStyle = ctx.view.getComputedStyle(holder);
  const block = paddingBox(holderStyle, ctx.box(holder.getBoundingClientRect())).box;
  const borderBox = style.boxSizing === 'border-box';
  const extra = (a: string, b: string) =>
    borderBox
      ? 0
      : px(style.getPropertyValue(`padding-${a}`)) +
        px(style.getPropertyValue(`padding-${b}`)) +
        px(style.getPropertyValue(`border-${a}-width`)) +
        px(style.getPropertyValue(`border-${b}-width`));
  const width = px(style.width) + extra('left', 'right');
  const height = px(style.height) + extra('top', 'bottom');
  const x =
    style.left !== 'auto'
      ? block.x + px(style.left) + px(style.marginLeft)
      : block.x + block.width - px(style.right) - px(style.marginRight) - width;
  const y =
    style.top !== 'auto'
      ? block.y + px(style.top) + px(style.marginTop)
      : block.y + block.height - px(style.bottom) - px(style.marginBottom) - height;
  return { x, y, width, height };
}

/** What a `::before` or `::after` box draws. */
function writePseudo(ctx: VectorContext, el: Element, pseudo: '::before' | '::after'): string {
  const style = ctx.view.getComputedStyle(el, pseudo);
  if (!style.content || style.content === 'none' || style.content === 'normal' || style.display === 'none') return '';
  if (style.visibility !== 'visible' || px(style.opacity) <= 0.004) return '';
  const box = pseudoBox(ctx, el, style);
  if (!box) return '';
  const shapes = paintBox(ctx, style, box);
  const opacity = px(style.opacity);
  return shapes && opacity < 1 ? tag('g', { opacity }, shapes) : shapes;
}

function writeImage(ctx: VectorContext, img: HTMLImageElement, style: CSSStyleDeclaration, box: Box): string {
  const src = img.getAttribute('src') ?? '';
  if (!src || !isExportableImageUrl(src) || !img.complete || img.naturalWidth === 0) return '';
  const inner = paddingBox(style, box);
  const fit = style.objectFit;
  const image = tag('image', {
    x: inner.box.x,
    y: inner.box.y,
    width: inner.box.width,
    height: inner.box.height,
    // xlink:href, which every design tool reads; SVG 2's plain href some older ones do not.
    'xlink:href': src,
    preserveAspectRatio: fit === 'cover' ? 'xMidYMid slice' : fit === 'fill' ? 'none' : 'xMidYMid meet',
  });
  return tag('g', { 'clip-path': clipTo(ctx, inner.box, inner.corners) }, image);
}

/** One element and everything in it, as SVG; `clip` is the box its ancestors' overflow leaves visible. */
export function writeElement(ctx: VectorContext, el: Element, clip: Box | undefined): string {
  const style = ctx.view.getComputedStyle(el);
  if (style.display === 'none') return '';
  const opacity = px(style.opacity);
  if (opacity <= 0.004) return '';
  if (el.namespaceURI === SVG_NS) return el.localName === 'svg' ? wrapOpacity(copySvg(ctx, el as SVGSVGElement, style), 1) : '';
  if (el.namespaceURI !== XHTML_NS) return '';
  const box = ctx.box(el.getBoundingClientRect());
  if (visuallyHidden(style, box)) return '';
  let out = '';
  const shows = style.display !== 'contents' && style.visibility === 'visible';
  const own = shows ? paintBox(ctx, style, box) : '';
  out += own;
  if (el.localName === 'img') return wrapOpacity(out + (shows ? writeImage(ctx, el as HTMLImageElement, style, box) : ''), opacity);
  out += writeMarker(ctx, el, style, box) + writePseudo(ctx, el, '::before');
  const clips = style.display !== 'contents' && (style.overflowX !== 'visible' || style.overflowY !== 'visible');
  const inner = clips ? paddingBox(style, box) : undefined;
  const childClip = inner ? intersect(clip, inner.box) : clip;
  let content = '';
  const lang = langOf(el);
  const clamp = style.getPropertyValue('-webkit-line-clamp');
  const ellipsis = clips && style.textOverflow === 'ellipsis' ? 'line' : clips && clamp && clamp !== 'none' ? 'clamp' : undefined;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) content += writeText(ctx, child as Text, style, childClip, lang, ellipsis);
    else if (child.nodeType === 1) content += writeElement(ctx, child as Element, childClip);
  }
  if (content && inner) content = tag('g', { 'clip-path': clipTo(ctx, inner.box, inner.corners) }, content);
  out += content + writePseudo(ctx, el, '::after');
  // A box that paints itself and holds more (a card, a chip, a column) is one group, so
  // that a designer moves it as one.
  if (own && content && opacity >= 1) return tag('g', {}, out);
  return wrapOpacity(out, opacity);
}

function wrapOpacity(content: string, opacity: number): string {
  return content && opacity < 1 ? tag('g', { opacity }, content) : content;
}
