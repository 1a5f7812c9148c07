/** An sRGB colour, each channel 0–255. */
export type Rgb = [r: number, g: number, b: number];

/**
 * Reads a colour written as `#rgb`, `#rrggbb` (what a colour picker gives and the
 * themes use) or `rgb(r g b)` / `rgb(r, g, b)`; anything else gives `null`.
 */
export function parseColor(value: string): Rgb | null {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(text);
  return rgb ? ([Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] as Rgb) : null;
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance of a colour. */
export const luminance = ([r, g, b]: Rgb): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG 2 contrast ratio of two colours (1 to 21), or `null` when either cannot be read. */
export function contrastRatio(a: string, b: string): number | null {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return null;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A ratio as people write it: `4.52:1`. */
export const formatRatio = (ratio: number): string => `${ratio.toFixed(2)}:1`;

/** What a ratio is good for under WCAG 2.2 AA. */
export function contrastVerdict(ratio: number): 'text' | 'graphics' | 'too low' {
  if (ratio >= 4.5) return 'text';
  if (ratio >= 3) return 'graphics';
  return 'too low';
}
