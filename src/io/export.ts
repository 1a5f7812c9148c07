/**
 * Standalone SVG and PNG pictures of a rendered map, published through the
 * `react-journey-map/export` entry point (src/export.ts).
 */
import {
  ClassSheet,
  XHTML_NS,
  buildSvgDocument,
  fontFamilies,
  pictureSize,
  pngSize,
  readStyle,
  splitTopLevel,
  styleDeclarations,
  type StyleRecord,
} from './exportHelpers';
import { toDataUrl, withLaidOutCopy } from './layOutCopy';
import { cssUrls, isSafeCssValue, mapCssUrls, urlScheme } from '../model/sanitize';

/** Options of {@link exportJourneySvg}. */
export interface ExportSvgOptions {
  /** The picture's `<title>`. Default: the map's title as shown, else its grid's accessible name. */
  title?: string;
  /**
   * Painted behind the map. Default `'auto'`: the first opaque background of the element
   * or its ancestors, else white. `null` leaves the picture transparent. A value must pass
   * the package's CSS policy (a colour or gradient that loads nothing), or the export
   * throws a `TypeError`.
   */
  background?: string | null;
  /** A CSS selector of further elements to leave out (popovers, tooltips and export menus always are). */
  exclude?: string;
  /** Embeds the `@font-face` fonts the map uses when their files are same-origin or data URLs. Default `true`. */
  embedFonts?: boolean;
  /** Replaces image addresses with data URLs when they can be fetched (same origin or CORS). Default `true`. */
  inlineImages?: boolean;
}

/** Options of {@link exportJourneyPng}. */
export interface ExportPngOptions extends ExportSvgOptions {
  /** Pixels per CSS pixel. Default `2`, sharp on high-density screens and in slides. */
  scale?: number;
}

/** A standalone picture of a map and its size in CSS pixels. */
interface JourneyPicture {
  /** The SVG document. */
  svg: string;
  /** Width in CSS pixels. */
  width: number;
  /** Height in CSS pixels. */
  height: number;
}

const PSEUDOS = ['::before', '::after'] as const;

/** Computed styles of elements in a blank page: what the browser would draw with no stylesheet. */
class DefaultStyles {
  private readonly frame: HTMLIFrameElement;
  private readonly doc: Document;
  private readonly svgHost: SVGSVGElement;
  private readonly cache = new Map<string, StyleRecord>();

  constructor(host: Document) {
    this.frame = host.createElement('iframe');
    this.frame.setAttribute('aria-hidden', 'true');
    this.frame.setAttribute('tabindex', '-1');
    this.frame.title = 'export';
    this.frame.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;border:0;opacity:0;pointer-events:none';
    host.body.appendChild(this.frame);
    const doc = this.frame.contentDocument;
    if (!doc) throw new Error('Cannot export: the browser gave no document for computing default styles.');
    // Standards mode, as the picture's own document will be. (Pages that forbid
    // document.write keep the blank page's quirks mode, which differs in little.)
    try {
      doc.open();
      doc.write('<!DOCTYPE html><html><head></head><body></body></html>');
      doc.close();
    } catch {
      // As above.
    }
    this.doc = doc;
    this.svgHost = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    doc.body.appendChild(this.svgHost);
  }

  /**
   * The default style of a tag in a given direction and writing mode: the browser's
   * own margins and paddings are logical (`margin-inline-start` on `dd`, `ul`…), so
   * their physical values depend on both.
   */
  of(namespace: string | null, localName: string, direction = 'ltr', writingMode = 'horizontal-tb'): StyleRecord {
    const key = `${namespace}|${localName}|${direction}|${writingMode}`;
    let record = this.cache.get(key);
    if (!record) {
      const svg = namespace === 'http://www.w3.org/2000/svg';
      const el = svg ? this.doc.createElementNS(namespace, localName) : this.doc.createElement(localName);
      const host = svg && localName !== 'svg' ? this.svgHost : this.doc.body;
      host.style.direction = direction;
      host.style.writingMode = writingMode;
      host.appendChild(el);
      record = readStyle(this.doc.defaultView!.getComputedStyle(el));
      el.remove();
      this.cache.set(key, record);
    }
    return record;
  }

  dispose() {
    this.frame.remove();
  }
}

const isTransparent = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color) || /\/\s*0\)$/.test(color);

/** The first opaque background colour from `element` up, else white. */
export function backgroundOf(element: Element): string {
  const view = element.ownerDocument.defaultView!;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const color = view.getComputedStyle(el).backgroundColor;
    if (color && !isTransparent(color)) return color;
  }
  return '#ffffff';
}

/** Every rule of every readable stylesheet of the page, nested rules included. */
function* allRules(doc: Document): Generator<{ rule: CSSRule; base: string }> {
  const visit = function* (rules: CSSRuleList, base: string): Generator<{ rule: CSSRule; base: string }> {
    for (const rule of Array.from(rules)) {
      yield { rule, base };
      if ('styleSheet' in rule && rule.styleSheet) {
        const sheet = rule.styleSheet as CSSStyleSheet;
        try {
          yield* visit(sheet.cssRules, sheet.href ?? base);
        } catch {
          // A cross-origin sheet cannot be read; its fonts stay out.
        }
      }
      if ('cssRules' in rule && rule.cssRules) yield* visit(rule.cssRules as CSSRuleList, base);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      yield* visit(sheet.cssRules, sheet.href ?? doc.baseURI);
    } catch {
      // As above.
    }
  }
}

/** `@font-face` rules for the families in use, with same-origin font files turned into data URLs. */
async function fontFaceRules(doc: Document, families: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  const origin = doc.defaultView?.location.origin;
  for (const { rule, base } of allRules(doc)) {
    if (rule.constructor.name !== 'CSSFontFaceRule' && !rule.cssText.startsWith('@font-face')) continue;
    const style = (rule as CSSFontFaceRule).style;
    const family = fontFamilies(style.getPropertyValue('font-family'))[0];
    if (!family || !families.has(family)) continue;
    const sources: string[] = [];
    for (const source of splitTopLevel(style.getPropertyValue('src'), ',')) {
      const url = cssUrls(source)[0];
      if (url === undefined) {
        sources.push(source.trim());
        continue;
      }
      if (urlScheme(url) === 'data') {
        sources.push(source.trim());
        continue;
      }
      let absolute: URL;
      try {
        absolute = new URL(url, base);
      } catch {
        continue;
      }
      if (absolute.origin !== origin) continue;
      const data = await toDataUrl(absolute.href);
      if (data) sources.push(mapCssUrls(source.trim(), () => `url("${data}")`));
    }
    if (sources.length === 0) continue;
    const declarations: string[] = [];
    for (let i = 0; i < style.length; i++) {
      const name = style.item(i);
      if (name !== 'src') declarations.push(`${name}:${style.getPropertyValue(name)}`);
    }
    declarations.push(`src:${sources.join(',')}`);
    out.push(`@font-face{${declarations.join(';')}}`);
  }
  return out;
}

/** The picture's title: the map's title as shown, else its grid's accessible name. */
export function pictureTitle(element: HTMLElement): string {
  const shown = element.querySelector('.jm-JourneyMap-title')?.textContent?.trim();
  const grid = element.querySelector('[role="grid"]')?.getAttribute('aria-label')?.trim();
  return shown || grid || element.getAttribute('aria-label')?.trim() || 'Journey map';
}

/** Lays a copy of the map out off-screen (see {@link withLaidOutCopy}) and reads every element's computed style. */
function layOutCopy(element: HTMLElement, options: ExportSvgOptions) {
  const view = element.ownerDocument.defaultView!;
  return withLaidOutCopy(element, options, ({ clone }) => {
    const size = clone.getBoundingClientRect();
    const elements = [clone, ...Array.from(clone.querySelectorAll('*'))];
    const styles = elements.map((el) => readStyle(view.getComputedStyle(el)));
    const pseudos = elements.map((el) =>
      PSEUDOS.map((pseudo) => {
        const style = view.getComputedStyle(el, pseudo);
        const content = style.getPropertyValue('content');
        return content && content !== 'none' && content !== 'normal' && style.display !== 'none' ? readStyle(style) : undefined;
      }),
    );
    return { clone, elements, styles, pseudos, width: size.width, height: size.height };
  });
}

/**
 * What every export of a map starts with: the element is checked (in the document), the
 * `background` option is checked (a CSS value that loads nothing), the fonts are awaited,
 * and the picture's title and background are settled.
 */
export async function beginExport(
  element: HTMLElement,
  options: Pick<ExportSvgOptions, 'background' | 'title'>,
): Promise<{ doc: Document; title: string; background: string | undefined }> {
  if (!element || !element.isConnected) throw new TypeError('Export needs a map element that is in the document.');
  const given = options.background;
  if (typeof given === 'string' && given !== 'auto' && !isSafeCssValue(given)) {
    throw new TypeError(
      `The background option must be a CSS colour or gradient that loads nothing, not ${JSON.stringify(given.slice(0, 40))}.`,
    );
  }
  const doc = element.ownerDocument;
  await doc.fonts?.ready;
  const title = options.title ?? pictureTitle(element);
  const background = given === null ? undefined : given && given !== 'auto' ? given : backgroundOf(element);
  return { doc, title, background };
}

/** Renders a map to a standalone SVG and returns it with its size. */
async function renderJourneyPicture(element: HTMLElement, options: ExportSvgOptions = {}): Promise<JourneyPicture> {
  const { doc, title, background } = await beginExport(element, options);
  const { clone, elements, styles, pseudos, width, height } = await layOutCopy(element, options);

  const defaults = new DefaultStyles(doc);
  const sheet = new ClassSheet('jmx', doc.defaultView?.location.href);
  const families = new Set<string>();
  try {
    const rootBase = defaults.of(XHTML_NS, 'div');
    const index = new Map<Element, number>(elements.map((el, i) => [el, i]));
    elements.forEach((el, i) => {
      const style = styles[i]!;
      const html = el.namespaceURI === XHTML_NS;
      if (html && style.display === 'none') {
        el.remove();
        return;
      }
      const parentIndex = el.parentElement ? index.get(el.parentElement) : undefined;
      const parent = parentIndex === undefined ? rootBase : styles[parentIndex]!;
      const direction = style.direction ?? 'ltr';
      const writingMode = style['writing-mode'] ?? 'horizontal-tb';
      const base = defaults.of(XHTML_NS, 'div', direction, writingMode);
      const tagDefault = defaults.of(el.namespaceURI, el.localName, direction, writingMode);
      const declarations = styleDeclarations(style, { parent, tagDefault, base });
      if (style.position === 'sticky') {
        // The picture does not scroll, and the whole map is laid out unscrolled: a sticky
        // element sits where the flow puts it. Its insets (`left: 8px` on a blueprint
        // line's label) would move it as a relative element, so they go.
        declarations.position = 'relative';
        for (const side of ['top', 'right', 'bottom', 'left']) delete declarations[side];
      }
      if (el === clone) {
        Object.assign(declarations, {
          'margin-top': '0px',
          'margin-right': '0px',
          'margin-bottom': '0px',
          'margin-left': '0px',
          transform: 'none',
          float: 'none',
        });
        if (style.position !== 'static' && style.position !== 'relative') {
          Object.assign(declarations, { position: 'relative', top: 'auto', right: 'auto', bottom: 'auto', left: 'auto' });
        }
      }
      if (!html) {
        // Presentation attributes that read theme variables would be invalid with no stylesheet: use the computed value.
        for (const attr of Array.from(el.attributes)) {
          if (!attr.value.includes('var(')) continue;
          el.removeAttribute(attr.name);
          const value = style[attr.name];
          if (value) declarations[attr.name] = value;
        }
      }
      if (declarations['font-family']) for (const family of fontFamilies(declarations['font-family'])) families.add(family);
      const classes = [el.getAttribute('class') ?? '', sheet.classFor(declarations)];
      pseudos[i]!.forEach((pseudo, p) => {
        if (!pseudo) return;
        const span = defaults.of(XHTML_NS, 'span', direction, writingMode);
        const pseudoDeclarations = styleDeclarations(pseudo, { parent: style, tagDefault: span, base: span });
        classes.push(sheet.pseudoClassFor(PSEUDOS[p]!, pseudoDeclarations));
      });
      el.setAttribute('class', classes.join(' ').trim());
      el.removeAttribute('style');
      el.removeAttribute('tabindex');
    });
  } finally {
    defaults.dispose();
  }
  if (options.embedFonts !== false && families.size > 0) {
    for (const rule of await fontFaceRules(doc, families)) sheet.addRaw(rule);
  }
  const size = pictureSize(width, height);
  const svg = buildSvgDocument(doc, { ...size, title, css: sheet.toString(), content: clone, background });
  return { svg, ...size };
}

/**
 * A standalone SVG picture of a rendered map: the whole map — every stage, however
 * wide, not the visible scroll window — with its styles, the emotion curve and every
 * card, and the fonts it uses when they can be embedded. It opens on its own in a
 * browser; no stylesheet is needed. The map's HTML sits in a `foreignObject`, which design
 * tools (Figma, Illustrator, Inkscape, PowerPoint) do not draw: for them, use
 * `exportJourneyVectorSvg`. Card popovers, tooltips and export menus are left out, as
 * are scripts and event handlers.
 *
 * @param element The rendered map: a `JourneyMap`'s (or `JourneyGrid`'s) root element, e.g. from its `ref`.
 * @returns The SVG document as text.
 * @throws {TypeError} when the element is not in the document, or `background` is not a safe CSS value.
 */
export async function exportJourneySvg(element: HTMLElement, options?: ExportSvgOptions): Promise<string> {
  return (await renderJourneyPicture(element, options)).svg;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The browser could not draw the exported SVG.'));
    img.src = src;
  });
}

/**
 * A PNG of a rendered map: the {@link exportJourneySvg} picture drawn at `scale`
 * pixels per CSS pixel (default 2), so the image is `round(width × scale)` ×
 * `round(height × scale)` pixels.
 *
 * @param element The rendered map's root element.
 * @throws {RangeError} when the image would be larger than browsers can draw; lower `scale`.
 */
export async function exportJourneyPng(element: HTMLElement, options: ExportPngOptions = {}): Promise<Blob> {
  const { scale = 2, ...svgOptions } = options;
  const picture = await renderJourneyPicture(element, svgOptions);
  const size = pngSize(picture.width, picture.height, scale);
  // A data URL, not a blob URL: Chromium taints a canvas that drew a foreignObject SVG
  // from a blob URL, and toBlob then throws. Data URLs of several megabytes draw fine.
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture.svg)}`);
  const canvas = element.ownerDocument.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser gave no canvas to draw the PNG on.');
  context.drawImage(img, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
  );
}
