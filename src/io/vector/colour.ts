/**
 * CSS colours as design tools read them: `#rrggbb` and a separate opacity. Computed
 * styles give `rgb()`/`rgba()`, or `color(srgb …)` for mixed colours; other forms are
 * handed to the browser to convert (see the vector writer).
 */

/** A colour in sRGB: channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A paint for an SVG `fill` or `stroke`: a hex colour, and its opacity when below 1. */
export interface Paint {
  color: string;
  opacity?: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function channel(part: string, scale: number): number | undefined {
  const n = parseFloat(part);
  if (!Number.isFinite(n)) return undefined;
  return part.trim().endsWith('%') ? (n / 100) * scale : n;
}

function alpha(part: string | undefined): number | undefined {
  if (part === undefined) return 1;
  const n = channel(part, 1);
  return n === undefined ? undefined : clamp(n, 0, 1);
}

/** Reads a colour in the forms computed styles use (`rgb()`, `rgba()`, `color(srgb …)`, hex, `transparent`); `undefined` for any other form. */
export function parseColour(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const at = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: at(0), g: at(2), b: at(4), a: full.length === 8 ? at(6) / 255 : 1 };
  }
  const fn = /^(rgba?|color)\((.*)\)$/.exec(text);
  if (!fn) return undefined;
  const [, name, body] = fn;
  let parts: string[];
  let scale = 255;
  let rest = body!.trim();
  if (name === 'color') {
    if (!rest.startsWith('srgb ')) return undefined;
    rest = rest.slice(5);
    scale = 1;
  }
  const [channels, slashAlpha] = rest.split('/');
  if (rest.includes(',')) parts = rest.split(',');
  else parts = channels!.trim().split(/\s+/);
  const a = alpha(rest.includes(',') ? parts[3] : slashAlpha);
  const [r, g, b] = parts.slice(0, 3).map((p) => channel(p, scale));
  if (r === undefined || g === undefined || b === undefined || a === undefined || parts.length < 3) return undefined;
  const to255 = (n: number) => clamp(Math.round((n / scale) * 255), 0, 255);
  return { r: to255(r), g: to255(g), b: to255(b), a };
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** A colour as an SVG paint; `undefined` when it paints nothing. */
export function toPaint(colour: Rgba | undefined): Paint | undefined {
  if (!colour || colour.a <= 0.004) return undefined;
  const paint: Paint = { color: `#${hex2(colour.r)}${hex2(colour.g)}${hex2(colour.b)}` };
  if (colour.a < 0.996) paint.opacity = Math.round(colour.a * 1000) / 1000;
  return paint;
}
