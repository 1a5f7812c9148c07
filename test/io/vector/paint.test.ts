import { afterEach, describe, expect, it, vi } from 'vitest';
import { Painter } from '../../../src/io/vector/paint';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A canvas context that converts only `oklab(…)` (to red), measures each character as 7 pixels, and has fonts of the given box. */
function canvasContext(fontBox = { ascent: 12, descent: 4 }) {
  const fonts: string[] = [];
  let fill = '#000000';
  const context = {
    get fillStyle() {
      return fill;
    },
    set fillStyle(value: string) {
      if (value === '#000') fill = '#000000';
      else if (value.startsWith('oklab(')) fill = '#ff0000';
    },
    set font(value: string) {
      fonts.push(value);
    },
    measureText: (text: string) => ({
      width: text.length * 7,
      fontBoundingBoxAscent: fontBox.ascent,
      fontBoundingBoxDescent: fontBox.descent,
    }),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  return fonts;
}

describe('Painter: colours', () => {
  it('reads the forms computed styles use without a canvas', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const painter = new Painter(document);
    expect(painter.paint('rgb(255, 0, 0)')).toEqual({ color: '#ff0000' });
    expect(painter.paint('rgba(0, 0, 255, 0.5)')).toEqual({ color: '#0000ff', opacity: 0.5 });
    expect(painter.paint('transparent')).toBeUndefined();
    expect(painter.paint('oklab(0.6 0.2 0.1)')).toBeUndefined();
  });

  it('has the canvas convert other forms, but never a value that loads an address', () => {
    canvasContext();
    const painter = new Painter(document);
    expect(painter.paint('oklab(0.6 0.2 0.1)')).toEqual({ color: '#ff0000' });
    // A value the canvas cannot read leaves the black it was reset to: black, not the last colour.
    expect(painter.paint('nonsense')).toEqual({ color: '#000000' });
    expect(painter.paint('oklab(0.6 0.2 0.1) URL(x)')).toBeUndefined();
  });

  it('reads each value once', () => {
    canvasContext();
    const painter = new Painter(document);
    const first = painter.paint('oklab(0.5 0 0)');
    expect(painter.paint('oklab(0.5 0 0)')).toBe(first);
    expect(painter.paint('transparent')).toBeUndefined();
    expect(painter.paint('transparent')).toBeUndefined();
  });
});

describe('Painter: text', () => {
  it('measures a text’s width in a font, 0 without a canvas', () => {
    const fonts = canvasContext();
    expect(new Painter(document).width('abc', '16px serif')).toBe(21);
    expect(fonts).toEqual(['16px serif']);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    expect(new Painter(document).width('abc', '16px serif')).toBe(0);
  });

  it('reads a font’s ascent and descent once per font, else takes 0.8 and 0.2 of its size', () => {
    const fonts = canvasContext();
    const painter = new Painter(document);
    expect(painter.metrics('normal 400 16px serif', 16)).toEqual({ ascent: 12, descent: 4 });
    expect(painter.metrics('normal 400 16px serif', 16)).toEqual({ ascent: 12, descent: 4 });
    expect(fonts).toEqual(['normal 400 16px serif']);
    canvasContext({ ascent: 0, descent: 0 });
    expect(new Painter(document).metrics('10px x', 10)).toEqual({ ascent: 8, descent: 2 });
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    expect(new Painter(document).metrics('10px x', 10)).toEqual({ ascent: 8, descent: 2 });
  });
});
