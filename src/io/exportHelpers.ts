/**
 * The pure parts of image export: which computed styles to copy, CSS and markup
 * sanitising, sizes, and assembling the SVG document. They take plain records and
 * elements, so they run (and are tested) in jsdom; `export.ts` feeds them a real
 * browser's layout. Which addresses and CSS values a picture may hold is decided by the
 * package's one policy in `model/sanitize`.
 */
import { filterCssUrls, isExportableHref, isExportableImageUrl, isSafeCssValue } from '../model/sanitize';

/** A computed style read into a plain object: property name → value. */
export type StyleRecord = Readonly<Record<string, string>>;

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Properties that inherit by default. Only properties known to inherit are listed:
 * leaving one out costs a few bytes, listing a wrong one would drop styles.
 */
export const INHERITED_PROPERTIES: ReadonlySet<string> = new Set([
  'border-collapse',
  'border-spacing',
  'caption-side',
  'clip-rule',
  'color',
  'color-interpolation',
  'color-interpolation-filters',
  'color-rendering',
  'color-scheme',
  'direction',
  'dominant-baseline',
  'empty-cells',
  'fill',
  'fill-opacity',
  'fill-rule',
  'font-family',
  'font-feature-settings',
  'font-kerning',
  'font-optical-sizing',
  'font-palette',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-synthesis',
  'font-synthesis-small-caps',
  'font-synthesis-style',
  'font-synthesis-weight',
  'font-variant',
  'font-variant-alternates',
  'font-variant-caps',
  'font-variant-east-asian',
  'font-variant-emoji',
  'font-variant-ligatures',
  'font-variant-numeric',
  'font-variant-position',
  'font-variation-settings',
  'font-weight',
  'hyphenate-character',
  'hyphens',
  'image-rendering',
  'letter-spacing',
  'line-break',
  'line-height',
  'list-style-image',
  'list-style-position',
  'list-style-type',
  'marker-end',
  'marker-mid',
  'marker-start',
  'orphans',
  'overflow-wrap',
  'paint-order',
  'print-color-adjust',
  'quotes',
  'ruby-position',
  'shape-rendering',
  'stroke',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'stroke-width',
  'tab-size',
  'text-align',
  'text-align-last',
  'text-anchor',
  'text-emphasis-color',
  'text-emphasis-position',
  'text-emphasis-style',
  'text-indent',
  'text-orientation',
  'text-rendering',
  'text-shadow',
  'text-size-adjust',
  'text-transform',
  'text-underline-position',
  'text-wrap-mode',
  'text-wrap-style',
  'visibility',
  'white-space-collapse',
  'widows',
  'word-break',
  'word-spacing',
  'writing-mode',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-color',
  '-webkit-text-stroke-width',
]);

/** Properties that only matter when a person interacts, scrolls or animates. */
const INTERACTIVE =
  /^(transition|animation|scroll-|overscroll-|view-|anchor-|position-try|position-anchor|timeline-|interactivity$|interpolate-size$|cursor$|caret|will-change$|user-select$|touch-action$|pointer-events$|content-visibility$|outline-offset$)/;
/** Logical twins of physical properties: the computed physical value says the same. */
const LOGICAL = /(^|-)(inline|block)(-|$)|^border-(start|end)-(start|end)-radius$/;
/** Prefixed properties worth keeping: line clamping and text strokes have no unprefixed twin everywhere. */
const WEBKIT_KEPT = /^-webkit-(line-clamp|box-(orient|align|pack|direction|flex|ordinal-group)|text-fill-color|text-stroke-(color|width))$/;
/** Colours that paint nothing unless the property they belong to is on: property → [switch, off values]. */
const PAINTS_ONLY_WITH: Readonly<Record<string, readonly [string, readonly string[]]>> = {
  'border-top-color': ['border-top-style', ['none', 'hidden']],
  'border-right-color': ['border-right-style', ['none', 'hidden']],
  'border-bottom-color': ['border-bottom-style', ['none', 'hidden']],
  'border-left-color': ['border-left-style', ['none', 'hidden']],
  'outline-color': ['outline-style', ['none']],
  'column-rule-color': ['column-rule-style', ['none', 'hidden']],
  'row-rule-color': ['row-rule-style', ['none', 'hidden']],
  'text-decoration-color': ['text-decoration-line', ['none']],
};
/** Inherited colours that default to `currentcolor`: the same as `color` needs no declaration. */
const CURRENT_COLOR_DEFAULT = new Set(['-webkit-text-fill-color', '-webkit-text-stroke-color', 'text-emphasis-color']);
/** Used values that depend on the element's size: emitted whenever they are not `auto`. */
const SIZES = new Set(['width', 'height']);

/** Whether a computed property is worth copying into a standalone picture. */
export function isCopiedProperty(name: string): boolean {
  if (name.startsWith('--')) return false;
  if (name.startsWith('-webkit-')) return WEBKIT_KEPT.test(name);
  return !INTERACTIVE.test(name) && !LOGICAL.test(name);
}

/** Reads the properties worth copying from a computed style. */
export function readStyle(style: Pick<CSSStyleDeclaration, 'length' | 'item' | 'getPropertyValue'>): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    if (isCopiedProperty(name)) record[name] = style.getPropertyValue(name);
  }
  return record;
}

/** What {@link styleDeclarations} compares an element's computed style with. */
export interface StyleBaseline {
  /** The computed style of the element's parent in the picture (inherited values come from it). */
  parent: StyleRecord;
  /** The computed style of an element of the same tag in a blank page: the user-agent default. */
  tagDefault: StyleRecord;
  /** The computed style of a plain `div` in the same blank page, to tell which inherited values the user agent sets per tag. */
  base: StyleRecord;
}

/**
 * The declarations an element needs so that, with no stylesheet but the browser's
 * own, it looks as computed: inherited properties that differ from the parent's (or
 * that the user agent sets for this tag), other properties that differ from the
 * tag's default, and sizes always.
 */
export function styleDeclarations(style: StyleRecord, { parent, tagDefault, base }: StyleBaseline): Record<string, string> {
  const out: Record<string, string> = {};
  const transformed = ['transform', 'rotate', 'scale', 'translate'].some((p) => style[p] !== undefined && style[p] !== 'none');
  for (const [name, value] of Object.entries(style)) {
    if (!isCopiedProperty(name) || value === '') continue;
    if (SIZES.has(name)) {
      if (value !== 'auto') out[name] = value;
      continue;
    }
    if (name === 'transform-origin' && !transformed) continue;
    const paintsWith = PAINTS_ONLY_WITH[name];
    if (paintsWith && paintsWith[1].includes(style[paintsWith[0]] ?? 'none')) continue;
    if (CURRENT_COLOR_DEFAULT.has(name) && value === style.color) continue;
    if (name === 'perspective-origin' && (style.perspective ?? 'none') === 'none') continue;
    if (INHERITED_PROPERTIES.has(name)) {
      if (value !== parent[name] || tagDefault[name] !== base[name]) out[name] = value;
    } else if (value !== tagDefault[name]) out[name] = value;
  }
  return out;
}

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/));

/** HTML elements a picture keeps as they are. */
const HTML_ELEMENTS = words(
  'a abbr address article aside b bdi bdo blockquote br button caption cite code col colgroup data dd del details dfn div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr i img input ins kbd label legend li main mark menu meter nav ol optgroup option output p pre progress q rp rt ruby s samp section select small span strong sub summary sup table tbody td textarea tfoot th thead time tr u ul var wbr',
);
/** HTML elements that go with everything in them: they run, load, embed or hold no picture. */
const DROPPED_HTML = words(
  'script noscript template iframe frame frameset object embed applet link meta base style slot portal fencedframe audio video source track map area param head title',
);
/** SVG elements a picture keeps: shapes, text, paint servers and filters. Animation (`animate`, `set`…), scripts, styles, `foreignObject` and `feImage` go. */
const SVG_ELEMENTS = words(
  'svg g path rect circle ellipse line polyline polygon text tspan textPath defs clipPath linearGradient radialGradient stop mask pattern marker symbol use title desc image a switch filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence',
);
/** Attributes a picture keeps (besides `aria-*` and `data-*`): structure, form state and SVG geometry and paint. No event handlers, no addresses but the checked ones. */
const ATTRIBUTES = words(
  'class id style role lang dir title hidden tabindex alt width height src href xlink:href value checked selected disabled readonly multiple type name for colspan rowspan scope headers span start reversed open datetime abbr label placeholder rows cols min max low high optimum step size maxlength wrap translate target rel ' +
    'viewBox preserveAspectRatio xmlns xmlns:xlink version x y x1 y1 x2 y2 cx cy r rx ry d points transform fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin stroke-dasharray stroke-dashoffset stroke-miterlimit opacity clip-path clip-rule clipPathUnits mask maskUnits maskContentUnits marker-start marker-mid marker-end markerWidth markerHeight markerUnits refX refY orient gradientUnits gradientTransform spreadMethod fx fy fr offset stop-color stop-opacity patternUnits patternContentUnits patternTransform text-anchor dominant-baseline alignment-baseline baseline-shift font-family font-size font-weight font-style font-variant letter-spacing word-spacing text-decoration dx dy rotate textLength lengthAdjust startOffset method spacing side vector-effect shape-rendering text-rendering image-rendering color-interpolation color-interpolation-filters paint-order pathLength visibility display overflow color filter filterUnits primitiveUnits in in2 result stdDeviation mode operator k1 k2 k3 k4 values tableValues slope intercept amplitude exponent baseFrequency numOctaves seed stitchTiles scale xChannelSelector yChannelSelector radius flood-color flood-opacity lighting-color surfaceScale diffuseConstant specularConstant specularExponent kernelMatrix order divisor bias targetX targetY edgeMode kernelUnitLength preserveAlpha azimuth elevation pointsAtX pointsAtY pointsAtZ limitingConeAngle focusable',
);

/** Whether an attribute may stay, its address checked where it has one. */
function keepsAttribute(tag: string, name: string, value: string): boolean {
  if (name.startsWith('aria-') || name.startsWith('data-')) return true;
  if (!ATTRIBUTES.has(name)) return false;
  if (name === 'src') return tag === 'img' && isExportableImageUrl(value);
  if (name !== 'href' && name !== 'xlink:href') return true;
  if (tag === 'a') return isExportableHref(value);
  return value.startsWith('#') || (tag === 'image' && isExportableImageUrl(value));
}

/**
 * Makes a cloned subtree safe and inert for a standalone picture, in place, by
 * allow-lists: HTML elements of text, tables and forms stay, other unknown ones become
 * `span`s, and scripts, frames, plug-ins, media, styles (they are inlined instead) and
 * closed dialogs go with their content; SVG keeps shapes, text, paint servers and
 * filters, and loses animation (`<animate>`, `<set>`), scripts, `foreignObject` and
 * `feImage`; MathML and other namespaces go. Attributes keep to an allow-list (no `on…`
 * handlers), image sources to http(s) and data-image URLs, links to http(s), mailto, tel
 * and in-document addresses, `<use>`/`<image>` references to in-document or exportable
 * images, and every `url(…)` in a kept attribute or inline style to what a picture may hold.
 */
export function sanitizeTree(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (el !== root && !root.contains(el)) continue;
    const tag = el.localName;
    const html = el.namespaceURI === XHTML_NS;
    let target = el;
    if (el !== root) {
      if (
        html
          ? DROPPED_HTML.has(tag) || (tag === 'dialog' && !el.hasAttribute('open'))
          : el.namespaceURI !== SVG_NS || !SVG_ELEMENTS.has(tag)
      ) {
        el.remove();
        continue;
      }
      if (html && !HTML_ELEMENTS.has(tag)) {
        // An element the list does not know (a custom element, a media player) keeps its content, as a span.
        target = el.ownerDocument.createElementNS(XHTML_NS, 'span');
        while (el.firstChild) target.appendChild(el.firstChild);
        for (const attr of Array.from(el.attributes)) target.setAttribute(attr.name, attr.value);
        el.replaceWith(target);
      }
    }
    const kind = target.localName;
    for (const attr of Array.from(target.attributes)) {
      const value = attr.value.trim();
      if (!keepsAttribute(kind, attr.name, value)) target.removeAttribute(attr.name);
      else if (/url\(/i.test(attr.value)) target.setAttribute(attr.name, filterCssUrls(attr.value));
    }
  }
}

/** Size of a picture in whole pixels, never zero. */
export function pictureSize(width: number, height: number): { width: number; height: number } {
  // Up past a hundredth of a pixel; a size of a hundredth or less (or none) is one pixel, not zero.
  const whole = (n: number) => (Number.isFinite(n) && n > 0.01 ? Math.ceil(n - 0.01) : 1);
  return { width: whole(width), height: whole(height) };
}

/** The scroll extents of one scroller, as the browser reports them. */
export interface ScrollExtent {
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

/**
 * How much wider a map must be laid out so that none of its scrollers scrolls any
 * more: the widest hidden overflow. (Scrollers sit one under another in a map, so
 * their hidden widths do not add up.)
 */
export function expandedWidth(width: number, scrollers: readonly ScrollExtent[]): number {
  return width + scrollers.reduce((extra, s) => Math.max(extra, s.scrollWidth - s.clientWidth), 0);
}

/** The largest canvas side and area browsers draw reliably. */
export const CANVAS_LIMITS = { side: 32767, area: 268_435_456 } as const;

/**
 * The pixel size of a PNG of a `width` × `height` picture at `scale`.
 * @throws {RangeError} when the scale is not a positive number, or the canvas would be too large for browsers.
 */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number } {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`The PNG scale must be a positive number, not ${scale}.`);
  const size = { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
  if (size.width > CANVAS_LIMITS.side || size.height > CANVAS_LIMITS.side || size.width * size.height > CANVAS_LIMITS.area) {
    throw new RangeError(
      `A ${size.width} × ${size.height} PNG is larger than browsers can draw; export at a smaller scale (the map is ${width} × ${height} at scale 1).`,
    );
  }
  return size;
}

/** Collects declarations into class rules, one class per distinct set of declarations. */
export class ClassSheet {
  private readonly classes = new Map<string, string>();
  private readonly pseudoClasses = new Map<string, string>();
  private readonly rules: string[] = [];

  constructor(
    private readonly prefix = 'jmx',
    private readonly pageUrl?: string,
  ) {}

  private body(declarations: Record<string, string>): string {
    return Object.entries(declarations)
      .map(([name, value]) => `${name}:${filterCssUrls(value, this.pageUrl)}`)
      .join(';');
  }

  /** The class that carries these declarations. */
  classFor(declarations: Record<string, string>): string {
    const body = this.body(declarations);
    let name = this.classes.get(body);
    if (!name) {
      name = `${this.prefix}${this.classes.size}`;
      this.classes.set(body, name);
      this.rules.push(`.${name}{${body}}`);
    }
    return name;
  }

  /** The class whose `pseudo` element (`::before`, `::after`) carries these declarations. */
  pseudoClassFor(pseudo: string, declarations: Record<string, string>): string {
    const key = `${pseudo}{${this.body(declarations)}}`;
    let name = this.pseudoClasses.get(key);
    if (!name) {
      name = `${this.prefix}p${this.pseudoClasses.size}`;
      this.pseudoClasses.set(key, name);
      this.rules.push(`.${name}${key}`);
    }
    return name;
  }

  /** Adds a rule as it is (e.g. an `@font-face`). */
  addRaw(rule: string): void {
    this.rules.unshift(rule);
  }

  toString(): string {
    return this.rules.join('\n');
  }
}

/** What {@link buildSvgDocument} wraps. */
export interface SvgDocumentParts {
  /** Width in CSS pixels. */
  width: number;
  /** Height in CSS pixels. */
  height: number;
  /** The picture's title (the journey's). */
  title: string;
  /** Style rules for the content. */
  css: string;
  /** The content: an HTML element (it is moved, not copied). */
  content: Element;
  /** Background behind the content; `undefined` for none. */
  background?: string;
}

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Serialises HTML content as a standalone SVG document:
 * `<svg xmlns width height viewBox><title/><style/><foreignObject><div xmlns="…xhtml">…</div></foreignObject></svg>`.
 */
export function buildSvgDocument(doc: Document, { width, height, title, css, content, background }: SvgDocumentParts): string {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  svg.appendChild(titleEl);
  if (css) {
    const style = doc.createElementNS(SVG_NS, 'style');
    style.textContent = css;
    svg.appendChild(style);
  }
  const foreign = doc.createElementNS(SVG_NS, 'foreignObject');
  foreign.setAttribute('x', '0');
  foreign.setAttribute('y', '0');
  foreign.setAttribute('width', String(width));
  foreign.setAttribute('height', String(height));
  const wrapper = doc.createElementNS(XHTML_NS, 'div');
  wrapper.setAttribute(
    'style',
    `margin:0;padding:0;border:0;width:${width}px;height:${height}px;overflow:hidden;${background && isSafeCssValue(background) ? `background:${background};` : ''}`,
  );
  wrapper.appendChild(content);
  foreign.appendChild(wrapper);
  svg.appendChild(foreign);
  const text = new XMLSerializer().serializeToString(svg).replace(XML_INVALID, '');
  // Serialisers omit the SVG namespace when the element already sits in it; a file needs it.
  return text.startsWith('<svg xmlns=') ? text : text.replace(/^<svg\b/, `<svg xmlns="${SVG_NS}"`);
}

/** Families named by a `font-family` value, unquoted, lower case. */
export function fontFamilies(value: string): string[] {
  return value
    .split(',')
    .map((f) =>
      f
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2')
        .trim()
        .toLowerCase(),
    )
    .filter(Boolean);
}

/** Splits CSS text at `separator`s that are outside quotes and parentheses. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}
