/**
 * The geometry and paint of a CSS box written as SVG: corner radii, rounded outlines,
 * shadows, gradients, and the fonts and text transforms of text. Pure functions of
 * computed-style strings and numbers.
 */
import { splitTopLevel } from '../exportHelpers';
import { num } from './xml';

/** A corner's radii: horizontal and vertical. */
export type Corner = readonly [rx: number, ry: number];
/** The four corners: top-left, top-right, bottom-right, bottom-left. */
export type Corners = readonly [Corner, Corner, Corner, Corner];

const length = (part: string, basis: number) => {
  const n = parseFloat(part);
  if (!Number.isFinite(n) || n < 0) return 0;
  return part.trim().endsWith('%') ? (n / 100) * basis : n;
};

/**
 * The used radii of a `width` × `height` box from its computed `border-*-radius` values
 * (top-left, top-right, bottom-right, bottom-left; `8px`, `50%`, `8px 4px`), scaled
 * down together where neighbours would overlap, as CSS does.
 */
export function cornerRadii(values: readonly [string, string, string, string], width: number, height: number): Corners {
  const corners = values.map((value) => {
    const [h = '0', v = h] = value.trim().split(/\s+/);
    return [length(h, width), length(v, height)] as [number, number];
  }) as [number, number][];
  const [tl, tr, br, bl] = corners as [[number, number], [number, number], [number, number], [number, number]];
  const ratio = (side: number, a: number, b: number) => (a + b > side ? side / (a + b) : 1);
  const f = Math.min(ratio(width, tl[0], tr[0]), ratio(width, bl[0], br[0]), ratio(height, tl[1], bl[1]), ratio(height, tr[1], br[1]));
  return corners.map(([x, y]) => [x * f, y * f] as const) as unknown as Corners;
}

/** Whether every corner has the same radii, so that a `<rect rx ry>` draws the outline. */
export function uniformCorners(corners: Corners): Corner | undefined {
  const [first] = corners;
  return corners.every(([x, y]) => Math.abs(x - first[0]) < 0.01 && Math.abs(y - first[1]) < 0.01) ? first : undefined;
}

/** Path data of a box with rounded corners. */
export function roundedRectPath(x: number, y: number, w: number, h: number, corners: Corners): string {
  const [[tlx, tly], [trx, try_], [brx, bry], [blx, bly]] = corners;
  const arc = (rx: number, ry: number, ex: number, ey: number) =>
    rx > 0 && ry > 0 ? `A${num(rx)} ${num(ry)} 0 0 1 ${num(ex)} ${num(ey)}` : `L${num(ex)} ${num(ey)}`;
  return [
    `M${num(x + tlx)} ${num(y)}`,
    `H${num(x + w - trx)}`,
    arc(trx, try_, x + w, y + try_),
    `V${num(y + h - bry)}`,
    arc(brx, bry, x + w - brx, y + h),
    `H${num(x + blx)}`,
    arc(blx, bly, x, y + h - bly),
    `V${num(y + tly)}`,
    arc(tlx, tly, x + tlx, y),
    'Z',
  ].join('');
}

/** Corners grown (positive `by`) or shrunk by a distance, as a box shadow's spread or a border's inner edge moves them. */
export function offsetCorners(corners: Corners, byX: number, byY = byX): Corners {
  return corners.map(([x, y]) => [x > 0 ? Math.max(0, x + byX) : 0, y > 0 ? Math.max(0, y + byY) : 0] as const) as unknown as Corners;
}

/** One layer of a `box-shadow`. */
export interface BoxShadow {
  color: string;
  x: number;
  y: number;
  blur: number;
  spread: number;
  inset: boolean;
}

/** The layers of a computed `box-shadow` (`rgba(0, 0, 0, 0.1) 0px 1px 2px 0px inset, …`), first on top; `none` gives none. */
export function parseBoxShadows(value: string): BoxShadow[] {
  if (!value || value.trim() === 'none') return [];
  return splitTopLevel(value, ',').flatMap((layer) => {
    const inset = /\binset\b/.test(layer);
    let rest = layer.replace(/\binset\b/, ' ');
    let color = 'rgb(0, 0, 0)';
    const fn = /[a-z-]+\([^()]*(\([^()]*\)[^()]*)*\)|#[0-9a-f]+|\b(transparent|currentcolor|[a-z]+)\b/i.exec(rest);
    if (fn) {
      color = fn[0];
      rest = rest.replace(fn[0], ' ');
    }
    const lengths = rest.trim().split(/\s+/).filter(Boolean).map(parseFloat);
    if (lengths.length < 2 || lengths.some((n) => !Number.isFinite(n))) return [];
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    return [{ color, x, y, blur, spread, inset }];
  });
}

/** A stop of a gradient: where (0–1) and which colour. */
export interface GradientStop {
  offset: number;
  color: string;
}

/** A linear gradient across a box, in the box's own pixel coordinates (origin at its top-left corner). */
export interface LinearGradient {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stops: GradientStop[];
}

const SIDES: Readonly<Record<string, number>> = { top: 0, right: 90, bottom: 180, left: 270 };

/** The angle in degrees of a `to …` direction or an angle, for a `width` × `height` box. */
function gradientAngle(direction: string, width: number, height: number): number | undefined {
  const angle = /^(-?[\d.]+)(deg|grad|rad|turn)$/.exec(direction);
  if (angle) {
    const n = parseFloat(angle[1]!);
    return angle[2] === 'deg' ? n : angle[2] === 'grad' ? n * 0.9 : angle[2] === 'rad' ? (n * 180) / Math.PI : n * 360;
  }
  const to = /^to\s+(.+)$/.exec(direction);
  if (!to) return undefined;
  const words = to[1]!.split(/\s+/);
  if (words.length === 1) return SIDES[words[0]!];
  // A corner: the line runs so that the box's other two corners share one colour, at right
  // angles to the diagonal joining them: atan(height / width) from the vertical.
  const vertical = words.includes('top') ? -1 : 1;
  const horizontal = words.includes('left') ? -1 : 1;
  const deg = (Math.atan2(height, width) * 180) / Math.PI;
  if (vertical < 0) return horizontal > 0 ? deg : 360 - deg;
  return horizontal > 0 ? 180 - deg : 180 + deg;
}

/**
 * A computed `linear-gradient(…)` over a `width` × `height` box; `undefined` for
 * anything else (radial, repeating, several layers, unreadable stops).
 */
export function parseLinearGradient(value: string, width: number, height: number): LinearGradient | undefined {
  const match = /^linear-gradient\((.*)\)$/.exec(value.trim());
  if (!match) return undefined;
  const parts = splitTopLevel(match[1]!, ',');
  let angle = 180;
  const first = parts[0] ?? '';
  const direction = gradientAngle(first, width, height);
  if (direction !== undefined) {
    angle = direction;
    parts.shift();
  } else if (/^(to\s|-?[\d.]+(deg|grad|rad|turn)$)/.test(first)) return undefined;
  const rad = (angle * Math.PI) / 180;
  const sin = Math.sin(rad);
  const cos = Math.cos(rad);
  const half = (Math.abs(width * sin) + Math.abs(height * cos)) / 2;
  const cx = width / 2;
  const cy = height / 2;
  const raw = parts.map((part) => {
    const pos = /\s(-?[\d.]+)(%|px)$/.exec(part);
    const color = pos ? part.slice(0, pos.index).trim() : part.trim();
    const offset = pos ? (pos[2] === '%' ? parseFloat(pos[1]!) / 100 : half > 0 ? parseFloat(pos[1]!) / (2 * half) : 0) : undefined;
    return { color, offset };
  });
  if (raw.length < 2 || raw.some((s) => !s.color)) return undefined;
  // Stops without a position share the room between their neighbours; positions never go backwards.
  if (raw[0]!.offset === undefined) raw[0]!.offset = 0;
  if (raw[raw.length - 1]!.offset === undefined) raw[raw.length - 1]!.offset = 1;
  for (let i = 1; i < raw.length; i++) {
    if (raw[i]!.offset !== undefined) continue;
    let j = i;
    while (raw[j]!.offset === undefined) j++;
    const from = raw[i - 1]!.offset!;
    const step = (raw[j]!.offset! - from) / (j - i + 1);
    for (let k = i; k < j; k++) raw[k]!.offset = from + step * (k - i + 1);
  }
  let last = 0;
  const stops = raw.map(({ color, offset }) => {
    last = Math.max(last, offset!);
    return { color, offset: last };
  });
  return { x1: cx - sin * half, y1: cy + cos * half, x2: cx + sin * half, y2: cy - cos * half, stops };
}

const GENERIC =
  /^(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-serif|ui-sans-serif|ui-monospace|ui-rounded|math|emoji|fangsong)$/;

/**
 * A `font-family` attribute value for design tools: the computed list with names
 * single-quoted, and `sans-serif` (or `serif`, `monospace`) added at the end when the
 * list ends in no generic family that every tool knows.
 */
export function fontFamilyList(value: string): string {
  const names = splitTopLevel(value, ',')
    .map((name) =>
      name
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2')
        .trim(),
    )
    .filter(Boolean);
  const out = names.map((name) => (GENERIC.test(name) || /^-?[A-Za-z][\w-]*$/.test(name) ? name : `'${name.replace(/'/g, '')}'`));
  const last = names[names.length - 1];
  if (!last || !/^(serif|sans-serif|monospace|cursive|fantasy)$/.test(last)) {
    out.push(last === 'ui-serif' ? 'serif' : last === 'ui-monospace' ? 'monospace' : 'sans-serif');
  }
  return out.join(', ');
}

/** A text as `text-transform` shows it (`uppercase`, `lowercase`, `capitalize`; other values leave it). */
export function transformText(text: string, transform: string, lang?: string): string {
  const locale = lang || undefined;
  try {
    if (transform === 'uppercase') return text.toLocaleUpperCase(locale);
    if (transform === 'lowercase') return text.toLocaleLowerCase(locale);
  } catch {
    return transform === 'uppercase' ? text.toUpperCase() : transform === 'lowercase' ? text.toLowerCase() : text;
  }
  if (transform === 'capitalize') return text.replace(/(^|[\s\p{P}])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toUpperCase());
  return text;
}

/** The text an in-flow `::before`/`::after` shows, from its computed `content` and the element's `quotes`; `undefined` for boxes and counters. */
export function pseudoText(content: string, quotes: string, lang: string): string | undefined {
  const pairs = quotePairs(quotes, lang);
  let out = '';
  let any = false;
  const re = /"((?:[^"\\]|\\.)*)"|(open-quote|close-quote|no-open-quote|no-close-quote)|\S+/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    if (m[1] !== undefined) {
      out += m[1].replace(/\\(.)/g, '$1');
      any = true;
    } else if (m[2] === 'open-quote') {
      out += pairs[0];
      any = true;
    } else if (m[2] === 'close-quote') {
      out += pairs[1];
      any = true;
    } else if (!m[2]) return undefined;
  }
  return any && out ? out : undefined;
}

/** The outer pair of quotation marks for a `quotes` value: its first pair, or the language's own when `auto`. */
function quotePairs(quotes: string, lang: string): readonly [string, string] {
  const given = Array.from(quotes.matchAll(/"((?:[^"\\]|\\.)*)"/g), (m) => m[1]!);
  if (given.length >= 2) return [given[0]!, given[1]!];
  const base = lang.toLowerCase();
  if (/^(ru|uk|be|fr|es|it|pt|el|nb|no|fa)\b/.test(base)) return ['«', '»'];
  if (/^(ar|he)\b/.test(base)) return ['”', '“'];
  if (/^(de|cs|sk|pl|bg|lt|et)\b/.test(base)) return ['„', '“'];
  if (/^(ja|zh-(hant|tw|hk|mo))\b/.test(base)) return ['「', '」'];
  return ['“', '”'];
}
