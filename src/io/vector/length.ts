/**
 * Computed CSS lengths and where a background layer sits: pure functions of computed
 * values, for the boxes the vector writer draws.
 */
import { splitTopLevel } from '../exportHelpers';
import type { Box } from './context';

const TOKEN = /\s*(?:(\d*\.?\d+(?:e[+-]?\d+)?)(px|%)?|([a-z-]+)\(|([-+*/(),]))/iy;

/**
 * A computed length over a reference size `basis` (what `100%` is), in px: `12px`, `50%`,
 * a bare number, and `calc()`, `min()`, `max()` and `clamp()` of them with `+ - * /`, as
 * browsers write computed values (`max(30%, 100% - 28px)`). `undefined` for anything else
 * (`auto`, keywords, other units).
 */
export function resolveLength(value: string, basis: number): number | undefined {
  const tokens: Array<{ num?: number; fn?: string; op?: string }> = [];
  TOKEN.lastIndex = 0;
  const text = value.trim();
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    if (m[1] !== undefined) tokens.push({ num: m[2] === '%' ? (parseFloat(m[1]) * basis) / 100 : parseFloat(m[1]) });
    else if (m[3] !== undefined) tokens.push({ fn: m[3].toLowerCase() });
    else tokens.push({ op: m[4] });
  }
  let at = 0;
  const peek = () => tokens[at]?.op;
  const sum = (): number => {
    let v = product();
    while (peek() === '+' || peek() === '-') v = tokens[at++]!.op === '+' ? v + product() : v - product();
    return v;
  };
  const product = (): number => {
    let v = unary();
    while (peek() === '*' || peek() === '/') v = tokens[at++]!.op === '*' ? v * unary() : v / unary();
    return v;
  };
  const close = () => {
    if (tokens[at++]?.op !== ')') throw new Error('unclosed');
  };
  const unary = (): number => {
    const t = tokens[at++];
    if (!t) throw new Error('end');
    if (t.num !== undefined) return t.num;
    if (t.op === '-') return -unary();
    if (t.op === '(') {
      const v = sum();
      close();
      return v;
    }
    if (!t.fn) throw new Error('token');
    const args = [sum()];
    while (peek() === ',') {
      at++;
      args.push(sum());
    }
    close();
    if (t.fn === 'calc' && args.length === 1) return args[0]!;
    if (t.fn === 'min') return Math.min(...args);
    if (t.fn === 'max') return Math.max(...args);
    if (t.fn === 'clamp' && args.length === 3) return Math.max(args[0]!, Math.min(args[1]!, args[2]!));
    throw new Error('function');
  };
  try {
    const v = sum();
    return at === tokens.length && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where one background layer of a computed `background-size` and `background-position`
 * sits in its positioning area `area` (a gradient: it has no size of its own), or
 * `undefined` when it fills the whole area (`auto`, `cover`, `contain`, or values this
 * does not read).
 */
export function backgroundLayerBox(size: string, position: string, area: Box): Box | undefined {
  const [w = 'auto', h = 'auto'] = splitTopLevel(size, ' ');
  if (w === 'auto' && h === 'auto') return undefined;
  const width = w === 'auto' ? area.width : resolveLength(w, area.width);
  const height = h === 'auto' ? area.height : resolveLength(h, area.height);
  if (width === undefined || height === undefined) return undefined;
  const [px = '0%', py = '0%'] = splitTopLevel(position, ' ');
  // A position's percentage places the layer's own point at the area's: of the room left.
  const x = resolveLength(px, area.width - width);
  const y = resolveLength(py, area.height - height);
  if (x === undefined || y === undefined) return undefined;
  return { x: area.x + x, y: area.y + y, width, height };
}
