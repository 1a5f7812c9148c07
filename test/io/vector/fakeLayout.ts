/**
 * A deterministic layout for the vector writer's tests, which jsdom does not lay out:
 * each element is given its box and its computed style (and those of its `::before`,
 * `::after` and `::marker`); text is set in lines from its parent's top-left corner,
 * every character `CHAR_WIDTH` wide and `LINE_HEIGHT` high, `perLine` characters a line
 * (per parent, 100 unless given), right to left from the right edge when the parent's
 * direction is `rtl`. A canvas measures every character `CHAR_WIDTH` wide and
 * has no font metrics, so the writer takes 0.8 and 0.2 of the font size as ascent and descent.
 */
import { vi } from 'vitest';

export const CHAR_WIDTH = 10;
export const LINE_HEIGHT = 16;

/** The computed values every element has unless a test says otherwise. */
const DEFAULTS: Readonly<Record<string, string>> = {
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  position: 'static',
  overflowX: 'visible',
  overflowY: 'visible',
  color: 'rgb(0, 0, 0)',
  backgroundColor: 'rgba(0, 0, 0, 0)',
  backgroundImage: 'none',
  boxShadow: 'none',
  fontSize: '16px',
  fontFamily: 'Inter',
  fontWeight: '400',
  fontStyle: 'normal',
  whiteSpace: 'normal',
  letterSpacing: 'normal',
  textDecorationLine: 'none',
  textTransform: 'none',
  fontVariantCaps: 'normal',
  direction: 'ltr',
  textOverflow: 'clip',
  clip: 'auto',
  clipPath: 'none',
  boxSizing: 'content-box',
  content: 'normal',
  listStylePosition: 'outside',
  listStyleType: 'disc',
  objectFit: 'fill',
  quotes: 'auto',
  width: 'auto',
  height: 'auto',
  top: 'auto',
  right: 'auto',
  bottom: 'auto',
  left: 'auto',
  marginTop: '0px',
  marginRight: '0px',
  marginBottom: '0px',
  marginLeft: '0px',
};

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** A computed style: the defaults and `values` (camel-case or CSS names), read as properties or through `getPropertyValue`. */
export function computed(values: Readonly<Record<string, string>> = {}): CSSStyleDeclaration {
  const all: Record<string, string> = { ...DEFAULTS };
  for (const [name, value] of Object.entries(values)) all[name.startsWith('-') ? name : camel(name)] = value;
  return { ...all, getPropertyValue: (name: string) => all[name] ?? all[camel(name)] ?? '' } as unknown as CSSStyleDeclaration;
}

/** What a test gives an element: its box in the viewport, its style and its pseudo-elements' styles, how many characters a line of its text holds. */
export interface Laid {
  box?: { x: number; y: number; width: number; height: number };
  style?: Record<string, string>;
  before?: Record<string, string>;
  after?: Record<string, string>;
  marker?: Record<string, string>;
  perLine?: number;
  /** Where its text is set, when not in its box (right to left, lines end at the right edge). */
  text?: { x: number; y: number; width: number };
}

/**
 * Installs the fake layout: `given` maps element ids to what they are given; returns the
 * fonts the canvas was set to, in order. Elements
 * not named have an empty box at the origin and the default style; pseudo-elements not
 * named have `content: none`.
 */
export function fakeLayout(given: Readonly<Record<string, Laid>>): { fonts: string[] } {
  const of = (el: Element | null): Laid => (el && given[el.id]) || {};
  const noPseudo = computed({ content: 'none', display: 'inline' });
  vi.spyOn(window, 'getComputedStyle').mockImplementation((el: Element, pseudo?: string | null) => {
    // As in browsers, only elements have a computed style.
    if (!(el instanceof Element)) throw new TypeError('getComputedStyle: not an element');
    const laid = of(el);
    if (!pseudo) return computed(laid.style);
    const values = pseudo === '::before' ? laid.before : pseudo === '::after' ? laid.after : laid.marker;
    return values ? computed({ display: 'inline', content: 'none', ...values }) : noPseudo;
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const b = of(this).box ?? { x: 0, y: 0, width: 0, height: 0 };
    return {
      left: b.x,
      top: b.y,
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      right: b.x + b.width,
      bottom: b.y + b.height,
    } as DOMRect;
  });
  // Text: the characters of a text node from its parent's corner, `perLine` a line; a range over an element covers its first text.
  (Range.prototype as { getClientRects?: () => DOMRectList }).getClientRects = function (this: Range) {
    let node: Node | null = this.startContainer;
    let start = this.startOffset;
    let end = this.endOffset;
    if (node.nodeType !== 3) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      node = walker.nextNode();
      if (!node) return [] as unknown as DOMRectList;
      start = 0;
      end = (node as Text).data.length;
    }
    const parent = node.parentElement;
    const laid = of(parent);
    const origin = laid.text ?? laid.box ?? { x: 0, y: 0, width: 0 };
    const perLine = laid.perLine ?? 100;
    const rtl = laid.style?.direction === 'rtl';
    const rects: DOMRect[] = [];
    for (let i = start; i < end; i++) {
      const line = Math.floor(i / perLine);
      const x = rtl ? origin.x + origin.width - ((i % perLine) + 1) * CHAR_WIDTH : origin.x + (i % perLine) * CHAR_WIDTH;
      const y = origin.y + line * LINE_HEIGHT;
      const last = rects[rects.length - 1];
      if (last && last.top === y && !rtl) (last as { width: number }).width += CHAR_WIDTH;
      else if (last && last.top === y) Object.assign(last, { left: x, width: last.width + CHAR_WIDTH });
      else rects.push({ left: x, top: y, width: CHAR_WIDTH, height: LINE_HEIGHT } as DOMRect);
    }
    return rects as unknown as DOMRectList;
  };
  const fonts: string[] = [];
  const context = {
    fillStyle: '#000000',
    set font(value: string) {
      fonts.push(value);
    },
    measureText: (text: string) => ({ width: Array.from(text).length * CHAR_WIDTH, fontBoundingBoxAscent: 0, fontBoundingBoxDescent: 0 }),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  return { fonts };
}

/** Removes what {@link fakeLayout} installed that `vi.restoreAllMocks` does not. */
export function clearFakeLayout(): void {
  delete (Range.prototype as { getClientRects?: () => DOMRectList }).getClientRects;
}
