/**
 * Colours and fonts read from a browser: what the vector writer asks a canvas for. The
 * forms computed styles use are read directly (see `colour.ts`); anything else, such as
 * `oklab()` from a `color-mix()`, is converted by the browser's own canvas.
 */
import { parseColour, toPaint, type Paint } from './colour';

/** Font metrics of a face: how far its ascent and descent reach, in pixels. */
export interface FontMetrics {
  ascent: number;
  descent: number;
}

/** Converts colours and measures fonts with one canvas of the document. */
export class Painter {
  private readonly context: CanvasRenderingContext2D | null;
  private readonly colours = new Map<string, Paint | undefined>();
  private readonly fonts = new Map<string, FontMetrics>();

  constructor(doc: Document) {
    this.context = doc.createElement('canvas').getContext('2d');
  }

  /** A computed colour as an SVG paint; `undefined` when it paints nothing or cannot be read. */
  paint(value: string): Paint | undefined {
    if (this.colours.has(value)) return this.colours.get(value);
    let colour = parseColour(value);
    if (!colour && this.context && !/\burl\(/i.test(value)) {
      // The canvas gives `#rrggbb` or `rgba(…)` for any colour it can draw.
      this.context.fillStyle = '#000';
      this.context.fillStyle = value;
      colour = parseColour(String(this.context.fillStyle));
    }
    const paint = toPaint(colour);
    this.colours.set(value, paint);
    return paint;
  }

  /** The width of a text in a CSS `font`; 0 without a canvas. */
  width(text: string, font: string): number {
    if (!this.context) return 0;
    this.context.font = font;
    return this.context.measureText(text).width;
  }

  /** The ascent and descent of a CSS `font` (style weight size family). */
  metrics(font: string, size: number): FontMetrics {
    let metrics = this.fonts.get(font);
    if (!metrics) {
      metrics = { ascent: size * 0.8, descent: size * 0.2 };
      if (this.context) {
        this.context.font = font;
        const m = this.context.measureText('Hg');
        if (m.fontBoundingBoxAscent > 0) metrics = { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
      }
      this.fonts.set(font, metrics);
    }
    return metrics;
  }
}
