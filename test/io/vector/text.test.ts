import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VectorContext } from '../../../src/io/vector/context';
import { writeText } from '../../../src/io/vector/text';

// jsdom lays out no text: every character is 10 pixels wide and 16 high, and a line holds `perLine` characters.
let perLine = 100;
beforeEach(() => {
  perLine = 100;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  (Range.prototype as { getClientRects?: () => DOMRectList }).getClientRects = function (this: Range) {
    const rects: DOMRect[] = [];
    for (let i = this.startOffset; i < this.endOffset; i++) {
      const line = Math.floor(i / perLine);
      const x = (i % perLine) * 10;
      const last = rects[rects.length - 1];
      if (last && last.top === line * 16) (last as { width: number }).width += 10;
      else rects.push({ left: x, top: line * 16, width: 10, height: 16 } as DOMRect);
    }
    return rects as unknown as DOMRectList;
  };
});
afterEach(() => {
  delete (Range.prototype as { getClientRects?: () => DOMRectList }).getClientRects;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A computed style of a text's parent: black 16-pixel sans-serif unless `values` says otherwise. */
function style(values: Record<string, string> = {}): CSSStyleDeclaration {
  const all: Record<string, string> = {
    visibility: 'visible',
    color: 'rgb(0, 0, 0)',
    whiteSpace: 'normal',
    fontSize: '16px',
    fontFamily: 'Inter',
    fontWeight: '400',
    fontStyle: 'normal',
    letterSpacing: 'normal',
    textDecorationLine: 'none',
    textTransform: 'none',
    fontVariantCaps: 'normal',
    direction: 'ltr',
    ...values,
  };
  return { ...all, getPropertyValue: (name: string) => all[name] ?? '' } as unknown as CSSStyleDeclaration;
}

/** The SVG of the text `data` laid out from the map's corner. */
function write(
  data: string,
  values: Record<string, string> = {},
  clip?: { x: number; y: number; width: number; height: number },
  lang = '',
) {
  document.body.innerHTML = '<div id="root"></div>';
  const root = document.getElementById('root')!;
  vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0 } as DOMRect);
  const node = root.appendChild(document.createTextNode(data));
  return writeText(new VectorContext(root), node, style(values), clip, lang);
}

// Without a canvas a font's ascent and descent are 0.8 and 0.2 of its size: the baseline of a 16-pixel line sits 12.8 below its top.
describe('writeText: a text node as SVG text', () => {
  it('writes a text on one line as one tspan at the line’s start and baseline, in the font and colour of its parent', () => {
    expect(write('Hello  there')).toBe(
      '<text xml:space="preserve" font-family="Inter, sans-serif" font-size="16" fill="#000000"><tspan x="0" y="12.8">Hello there</tspan></text>',
    );
  });

  it('writes one tspan per line the text wrapped into', () => {
    perLine = 6;
    expect(write('Hello there')).toBe(
      '<text xml:space="preserve" font-family="Inter, sans-serif" font-size="16" fill="#000000"><tspan x="0" y="12.8">Hello</tspan><tspan x="0" y="28.8">there</tspan></text>',
    );
  });

  it('names weight, style, letter spacing, decoration and direction when they are not the defaults; right to left a line starts at its right end', () => {
    expect(
      write('Hi', {
        fontWeight: '700',
        fontStyle: 'italic',
        letterSpacing: '1.5px',
        textDecorationLine: 'underline',
        direction: 'rtl',
        color: 'rgba(255, 0, 0, 0.5)',
      }),
    ).toBe(
      '<text xml:space="preserve" font-family="Inter, sans-serif" font-size="16" font-weight="700" font-style="italic" letter-spacing="1.5" text-decoration="underline" direction="rtl" fill="#ff0000" fill-opacity="0.5"><tspan x="20" y="12.8">Hi</tspan></text>',
    );
  });

  it('writes the text as text-transform shows it, and small capitals as capitals at 0.7 of the size', () => {
    expect(write('istanbul', { textTransform: 'uppercase' }, undefined, 'tr')).toContain('>İSTANBUL</tspan>');
    expect(write('Mixed', { fontVariantCaps: 'all-small-caps' })).toContain(
      'font-size="11.2" fill="#000000"><tspan x="0" y="12.8">MIXED</tspan>',
    );
  });

  it('writes nothing for white space, hidden text, a colour that paints nothing, or lines wholly outside the clip', () => {
    expect(write('   ')).toBe('');
    expect(write('Hi', { visibility: 'hidden' })).toBe('');
    expect(write('Hi', { color: 'rgba(0, 0, 0, 0)' })).toBe('');
    expect(write('Hi', {}, { x: 0, y: 100, width: 100, height: 20 })).toBe('');
    perLine = 3;
    expect(write('ab cd', {}, { x: 0, y: 0, width: 100, height: 10 })).toBe(
      '<text xml:space="preserve" font-family="Inter, sans-serif" font-size="16" fill="#000000"><tspan x="0" y="12.8">ab</tspan></text>',
    );
  });

  it('keeps white space where the style keeps it', () => {
    expect(write('a  b', { whiteSpace: 'pre' })).toContain('>a  b</tspan>');
    expect(write('a  b', { 'white-space-collapse': 'preserve' })).toContain('>a  b</tspan>');
    expect(write('a  b', { whiteSpace: 'pre', 'white-space-collapse': 'collapse' })).toContain('>a b</tspan>');
  });

  it('reads each character of a surrogate pair as one, where the line breaks fall', () => {
    perLine = 3;
    // Code units 0–2 ("a" and the two halves of the emoji) fill the first line; "b" starts the second.
    expect(write('a😀b', { whiteSpace: 'pre' })).toContain('<tspan x="0" y="12.8">a😀</tspan><tspan x="0" y="28.8">b</tspan>');
  });

  it('places a character at its widest box (the first of equals), and keeps one drawn with no width or no height', () => {
    const layout = Range.prototype.getClientRects;
    (Range.prototype as { getClientRects?: () => DOMRectList }).getClientRects = function (this: Range) {
      const rects = layout.call(this) as unknown as DOMRect[];
      const char = (this.startContainer as Text).data.slice(this.startOffset, this.endOffset);
      // "a" is split into a sliver far off, its real box, and a box as wide far off; a zero-width
      // space has no width; an underscore has no height.
      if (char === 'a') {
        const far = { left: 300, top: 0, width: 10, height: 16 };
        return [{ ...far, width: 2 }, ...rects, far] as unknown as DOMRectList;
      }
      if (char === '\u200b') return [{ left: 10, top: 0, width: 0, height: 16 }] as unknown as DOMRectList;
      if (char === '_') return [{ left: 20, top: 8, width: 10, height: 0 }] as unknown as DOMRectList;
      return rects as unknown as DOMRectList;
    };
    expect(write('a\u200b_b', { whiteSpace: 'pre' })).toContain('<tspan x="0" y="12.8">a\u200b_b</tspan>');
  });

  it('leaves out a character drawn with no box at all, also when a line is cut off with an ellipsis', () => {
    const layout = Range.prototype.getClientRects;
    (Range.prototype as { getClientRects?: () => DOMRectList }).getClientRects = function (this: Range) {
      const collapsed = this.endOffset - this.startOffset === 1 && (this.startContainer as Text).data[this.startOffset] === '|';
      return (collapsed ? [{ left: 0, top: 0, width: 0, height: 0 }] : layout.call(this)) as unknown as DOMRectList;
    };
    expect(write('a|b', { whiteSpace: 'pre' })).toContain('>ab</tspan>');
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0 } as DOMRect);
    const node = root.appendChild(document.createTextNode('a|bcdefgh'));
    const out = writeText(new VectorContext(root), node, style(), { x: 0, y: 0, width: 50, height: 16 }, '', 'line');
    // Without a canvas the ellipsis measures nothing: the characters up to the clip's edge stay.
    expect(out).toContain('<tspan x="0" y="12.8">abcd…</tspan>');
  });

  it('cuts nothing off a line that has an ellipsis but no box to fit', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    vi.spyOn(root, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0 } as DOMRect);
    const node = root.appendChild(document.createTextNode('Hello world'));
    expect(writeText(new VectorContext(root), node, style(), undefined, '', 'line')).toContain('>Hello world</tspan>');
    expect(writeText(new VectorContext(root), node, style(), undefined, '', 'clamp')).toContain('>Hello world</tspan>');
  });

  it('reads a one-line text from its one drawn box, passing over empty ones', () => {
    const layout = Range.prototype.getClientRects;
    (Range.prototype as { getClientRects?: () => DOMRectList }).getClientRects = function (this: Range) {
      const whole = this.startOffset === 0 && this.endOffset === (this.startContainer as Text).data.length;
      const rects = layout.call(this) as unknown as DOMRect[];
      return (whole ? [{ left: 0, top: 0, width: 0, height: 0 }, ...rects] : rects) as unknown as DOMRectList;
    };
    expect(write('Hi there')).toContain('<tspan x="0" y="12.8">Hi there</tspan>');
  });
});
