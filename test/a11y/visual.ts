// What the visual accessibility tests measure: colours as the browser computed them,
// the colour an element's text really sits on, contrast ratios, and the themes and
// example maps every check runs over.
import type { JourneyMapProps } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { bankTheme, retailTheme } from '../../stories/themes';

/** A colour in sRGB, each channel 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed colour: `rgb()`, `rgba()` or `color(srgb …)` (what `color-mix()` computes to). */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (rgb) return { r: +rgb[1]!, g: +rgb[2]!, b: +rgb[3]!, a: rgb[4] === undefined ? 1 : +rgb[4] };
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return { r: +srgb[1]! * 255, g: +srgb[2]! * 255, b: +srgb[3]! * 255, a: srgb[4] === undefined ? 1 : +srgb[4] };
  throw new Error(`Unparsed colour: ${value}`);
}

/** `top` painted over the opaque `bottom`. */
export const over = (top: Rgba, bottom: Rgba): Rgba => ({
  r: top.r * top.a + bottom.r * (1 - top.a),
  g: top.g * top.a + bottom.g * (1 - top.a),
  b: top.b * top.a + bottom.b * (1 - top.a),
  a: 1,
});

const luminance = ({ r, g, b }: Rgba) => {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** The WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `#rrggbb` of a colour, for messages. */
export const hex = ({ r, g, b }: Rgba): string => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The opaque colour an element's content is painted on: the backgrounds of the element
 * and its ancestors, composited from the page up. Gradients are left out (the map uses
 * them only as faint tints).
 */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = parseColor(getComputedStyle(e).backgroundColor);
    if (bg.a > 0) layers.push(bg);
    if (bg.a === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
}

/** Whether an element draws on screen: laid out, visible, and not clipped to a pixel by `.jm-visually-hidden`. */
export function isDrawn(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return false;
  const style = getComputedStyle(el);
  if (style.visibility !== 'visible') return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.opacity === '0') return false;
  }
  return true;
}

/** Elements under `root` that hold drawn text of their own (a non-blank text node child). */
export function textElements(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('*')).filter(
    (el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') && isDrawn(el),
  );
}

/** A short description of an element for failure messages. */
export const describe = (el: Element): string => `${el.className.toString().split(' ').at(-1)} "${el.textContent!.trim().slice(0, 30)}"`;

/** The built-in looks of a map: both themes at both densities, and the stories' two brand themes. */
export const THEMES: ReadonlyArray<readonly [name: string, props: Pick<JourneyMapProps, 'theme' | 'density'>]> = [
  ['light', {}],
  ['dark', { theme: 'dark' }],
  ['compact', { density: 'compact' }],
  ['dark compact', { theme: 'dark', density: 'compact' }],
  ['brand bank', { theme: bankTheme }],
  ['brand retail', { theme: retailTheme }],
];

/** Example maps that between them hold every lane kind, a blueprint, several personas, another script and right-to-left. */
export const MAPS = {
  blueprint: examples['car-purchase-blueprint']!,
  kitchen: examples['ecommerce-kitchen']!,
  future: examples['ecommerce-kitchen-future']!,
  saas: examples['saas-onboarding-multi']!,
  bakery: examples['bakery-owner-day-ru']!,
  arabic: arabicBankJourney,
} as const;

/** Waits for the map's measured parts (curve, arrows) to settle after a render. */
export const settle = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
