/**
 * Standalone SVG and PNG pictures of a rendered map, published through the
 * `react-journey-map/export` entry point (src/export.ts).
 */
import {
  ClassSheet,
  XHTML_NS,
  buildSvgDocument,
  expandedWidth,
  fontFamilies,
  pictureSize,
  pngSize,
  readStyle,
  sanitizeTree,
  splitTopLevel,
  styleDeclarations,
  type ScrollExtent,
  type StyleRecord,
} from './exportHelpers';
import { cssUrls, isExportableImageUrl, isSafeCssValue, mapCssUrls, urlScheme } from '../model/sanitize';

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

/** Parts that are interactive overlays, never part of the picture. */
const ALWAYS_EXCLUDED = '.jm-CardPopover, .jm-EmotionCurve-tooltip, .jm-EmotionCurve-view, .jm-ExportMenu, [data-jm-export="exclude"]';
const SCROLLING = /^(auto|scroll|overlay)$/;
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
function backgroundOf(element: Element): string {
  const view = element.ownerDocument.defaultView!;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const color = view.getComputedStyle(el).backgroundColor;
    if (color && !isTransparent(color)) return color;
  }
  return '#ffffff';
}

async function toDataUrl(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { mode: 'cors', credentials: 'same-origin' });
    if (!response.ok) return undefined;
    const blob = await response.blob();
    return await new Promise<string | undefined>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
      reader.onerror = () => resolve(undefined);
      reader.readAsDataURL(blob);
    });
  } catch {
    return undefined;
  }
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

function pictureTitle(element: HTMLElement): string {
  const shown = element.querySelector('.jm-JourneyMap-title')?.textContent?.trim();
  const grid = element.querySelector('[role="grid"]')?.getAttribute('aria-label')?.trim();
  return shown || grid || element.getAttribute('aria-label')?.trim() || 'Journey map';
}

/** Copies what cloning loses — canvas pixels, form values, resolved addresses — from the original to the clone. */
function carryOver(original: Element, clone: Element): void {
  if (original instanceof HTMLCanvasElement) {
    const img = clone.ownerDocument.createElement('img');
    for (const attr of Array.from(clone.attributes)) img.setAttribute(attr.name, attr.value);
    try {
      img.src = original.toDataURL('image/png');
    } catch {
      // A tainted canvas stays out of the picture.
    }
    img.style.width = `${original.clientWidth}px`;
    img.style.height = `${original.clientHeight}px`;
    clone.replaceWith(img);
  } else if (original instanceof HTMLImageElement) {
    const src = original.currentSrc || original.src;
    if (src) clone.setAttribute('src', src);
  } else if (original instanceof HTMLAnchorElement) {
    if (original.getAttribute('href')) clone.setAttribute('href', original.href);
  } else if (original instanceof HTMLTextAreaElement) {
    clone.textContent = original.value;
  } else if (original instanceof HTMLInputElement) {
    clone.setAttribute('value', original.value);
    if (original.checked) clone.setAttribute('checked', '');
    else clone.removeAttribute('checked');
  } else if (original instanceof HTMLSelectElement) {
    Array.from(clone.querySelectorAll('option')).forEach((option, i) => {
      if (original.options[i]?.selected) option.setAttribute('selected', '');
      else option.removeAttribute('selected');
    });
  }
}

/**
 * Lays a copy of the map out off-screen at the width that shows every scroller whole,
 * then reads every element's computed style. Only the copy is touched: the map on the
 * page keeps its scroll position and never reflows.
 */
async function layOutCopy(element: HTMLElement, options: ExportSvgOptions) {
  const doc = element.ownerDocument;
  const view = doc.defaultView!;
  const originals = [element, ...Array.from(element.querySelectorAll('*'))];
  const clone = element.cloneNode(true) as HTMLElement;
  const clones = [clone, ...Array.from(clone.querySelectorAll('*'))];

  const exclude = options.exclude ? `${ALWAYS_EXCLUDED}, ${options.exclude}` : ALWAYS_EXCLUDED;
  const excluded = new Set(Array.from(element.querySelectorAll(exclude)));
  const isExcluded = (el: Element | null) => {
    for (; el && el !== element; el = el.parentElement) if (excluded.has(el)) return true;
    return false;
  };
  const scrollers: ScrollExtent[] = [];
  originals.forEach((original, i) => {
    carryOver(original, clones[i]!);
    if (isExcluded(original)) return;
    const style = view.getComputedStyle(original);
    if (SCROLLING.test(style.overflowX) || SCROLLING.test(style.overflowY)) {
      scrollers.push(original);
      clones[i]!.setAttribute('data-jm-export-scroller', '');
    }
  });
  for (const el of Array.from(clone.querySelectorAll(exclude))) el.remove();
  // Before the copy enters the page: nothing in it may run or fetch what the picture may not hold.
  sanitizeTree(clone);

  if (options.inlineImages !== false) {
    await Promise.all(
      Array.from(clone.querySelectorAll('img')).map(async (img) => {
        const src = img.getAttribute('src') ?? '';
        const scheme = urlScheme(src);
        if (scheme !== 'http' && scheme !== 'https') return;
        const data = await toDataUrl(src);
        if (data && isExportableImageUrl(data)) img.setAttribute('src', data);
      }),
    );
  }

  const rect = element.getBoundingClientRect();
  let width = expandedWidth(rect.width, scrollers);
  const stage = doc.createElement('div');
  stage.setAttribute('aria-hidden', 'true');
  stage.setAttribute('inert', '');
  stage.style.cssText =
    'position:fixed;left:0;top:0;width:0;height:0;overflow:hidden;opacity:0;pointer-events:none;z-index:-1;contain:strict';
  const setWidth = () => {
    clone.style.setProperty('box-sizing', 'border-box');
    clone.style.setProperty('width', `${width}px`);
    clone.style.setProperty('min-width', `${width}px`);
    clone.style.setProperty('max-width', 'none');
    clone.style.setProperty('margin', '0');
  };
  setWidth();
  const expanded = [clone, ...Array.from(clone.querySelectorAll<HTMLElement>('*'))].filter((el) =>
    el.hasAttribute('data-jm-export-scroller'),
  );
  for (const el of expanded) {
    el.style.setProperty('overflow', 'visible');
    el.style.setProperty('max-height', 'none');
    el.style.setProperty('max-width', 'none');
    el.style.setProperty('height', 'auto');
    el.removeAttribute('data-jm-export-scroller');
  }
  // Inside the map's parent, so that inherited fonts, colours and theme variables are the same.
  (element.parentElement ?? doc.body).appendChild(stage);
  stage.appendChild(clone);
  try {
    await Promise.all(Array.from(clone.querySelectorAll('img'), (img) => (img.complete ? undefined : img.decode().catch(() => undefined))));
    // A scroller that still overflows (fixed widths around it) widens the copy again.
    for (let pass = 0; pass < 3; pass++) {
      const extra = Math.max(0, ...expanded.map((el) => el.scrollWidth - el.clientWidth));
      if (extra <= 1) break;
      width += extra;
      setWidth();
    }
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
  } finally {
    stage.remove();
  }
}

/** Renders a map to a standalone SVG and returns it with its size. */
async function renderJourneyPicture(element: HTMLElement, options: ExportSvgOptions = {}): Promise<JourneyPicture> {
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
  const background =
    options.background === null
      ? undefined
      : options.background && options.background !== 'auto'
        ? options.background
        : backgroundOf(element);
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
 * browser or a design tool; no stylesheet is needed. Card popovers, tooltips and
 * export menus are left out, as are scripts and event handlers.
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
