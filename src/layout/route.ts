/**
 * Routes for the arrows of a service blueprint: pure geometry, in a module of its own
 * that the blueprint loads when it has arrows to draw, so that a map without a
 * blueprint does not ship it.
 */
import type { Box } from './links';

/** A point in pixels, in the same space as the boxes. */
export interface Point {
  /** Horizontal position. */
  x: number;
  /** Vertical position. */
  y: number;
}

/** What a link is routed through: its two cards, the cards in the way, and the gaps it may run in. */
export interface LinkRouteInput {
  /** The card the link leaves. */
  from: Box;
  /** The card the link points to. */
  to: Box;
  /** Every card the route must not cross (the two ends may be among them). Default: none. */
  cards?: readonly Box[];
  /** The x of each gap between stage columns: where a route runs up or down. Default: none. */
  gutters?: readonly number[];
  /** The y of each gap between lanes: where a route may run sideways. Default: none. */
  channels?: readonly number[];
}

const EPSILON = 0.5;
/** What a turn costs, in pixels of length: a longer route with fewer turns reads better. */
const TURN = 40;

/** Whether the axis-aligned segment a–b passes through the inside of a box (touching its edge does not count). */
export function crossesBox(a: Point, b: Point, box: Box): boolean {
  return (
    Math.max(a.x, b.x) > box.x + EPSILON &&
    Math.min(a.x, b.x) < box.x + box.width - EPSILON &&
    Math.max(a.y, b.y) > box.y + EPSILON &&
    Math.min(a.y, b.y) < box.y + box.height - EPSILON
  );
}

/** A straight segment joining facing edges of two boxes along one axis, if they face each other. */
function straight(from: Box, to: Box, axis: 'x' | 'y'): [Point, Point] | undefined {
  const [pos, size, across, acrossSize] =
    axis === 'y' ? (['y', 'height', 'x', 'width'] as const) : (['x', 'width', 'y', 'height'] as const);
  const lo = Math.max(from[across], to[across]);
  const overlap = Math.min(from[across] + from[acrossSize], to[across] + to[acrossSize]) - lo;
  if (overlap < Math.min(from[acrossSize], to[acrossSize]) / 3) return undefined;
  const forward = to[pos] >= from[pos] + from[size];
  if (!forward && to[pos] + to[size] > from[pos]) return undefined;
  const c = lo + overlap / 2;
  const p1 = forward ? from[pos] + from[size] : from[pos];
  const p2 = forward ? to[pos] : to[pos] + to[size];
  return axis === 'y'
    ? [
        { x: c, y: p1 },
        { x: c, y: p2 },
      ]
    : [
        { x: p1, y: c },
        { x: p2, y: c },
      ];
}

const uniq = (values: number[]): number[] => values.sort((a, b) => a - b).filter((v, i, all) => i === 0 || v - all[i - 1]! > EPSILON);

const GAPS = new WeakMap<readonly number[], number[]>();

/** The gutters sorted, each once: worked out once per list (the arrows of one measurement share it). */
function gapsOf(gutters: readonly number[]): number[] {
  let gaps = GAPS.get(gutters);
  if (!gaps) GAPS.set(gutters, (gaps = uniq([...gutters])));
  return gaps;
}

/**
 * The cards of a blueprint in vertical strips of equal width, each listing the cards
 * that reach into it: a segment is tested only against the cards of the strips it
 * passes, not against every card of the map. Built once per list of cards (the arrows
 * of one measurement share it).
 */
interface Strips {
  left: number;
  width: number;
  strips: Box[][];
}

const STRIPS = new WeakMap<readonly Box[], Strips>();

function stripsOf(cards: readonly Box[]): Strips {
  let strips = STRIPS.get(cards);
  if (strips) return strips;
  let left = Infinity;
  let right = -Infinity;
  let widths = 0;
  for (const box of cards) {
    left = Math.min(left, box.x);
    right = Math.max(right, box.x + box.width);
    widths += box.width;
  }
  // About two strips to a card's width, so that a segment in a gap between columns meets
  // the cards of one or two; but never more than four strips a card, however far apart
  // the boxes are, and one strip for all when they cannot be placed (not finite).
  const span = right - left;
  const width = Number.isFinite(span) ? Math.max(8, widths / cards.length / 2, span / (4 * cards.length)) : Infinity;
  const count = cards.length === 0 ? 0 : Number.isFinite(width) ? Math.floor(span / width) + 1 : 1;
  const lists: Box[][] = Array.from({ length: count }, () => []);
  strips = { left, width, strips: lists };
  for (const box of cards) {
    for (let i = stripAt(strips, box.x), last = stripAt(strips, box.x + box.width); i <= last; i++) lists[i]!.push(box);
  }
  STRIPS.set(cards, strips);
  return strips;
}

/** The strip that holds `x`; the first or last one for an `x` beyond them or not a number. */
function stripAt({ left, width, strips }: Strips, x: number): number {
  return Math.min(strips.length - 1, Math.max(0, Math.floor((x - left) / width) || 0));
}

/** Whether the axis-aligned segment a–b passes through no card. */
function clearOf(strips: Strips, a: Point, b: Point): boolean {
  if (strips.strips.length === 0) return true;
  for (let i = stripAt(strips, Math.min(a.x, b.x)), last = stripAt(strips, Math.max(a.x, b.x)); i <= last; i++)
    for (const box of strips.strips[i]!) if (crossesBox(a, b, box)) return false;
  return true;
}

/**
 * A binary heap of search states, ordered by the cost each was queued at, then by
 * number: the order in which a plain scan for the cheapest state takes them, so routes
 * do not depend on the heap.
 */
class Queue {
  private readonly costs: number[] = [];
  private readonly states: number[] = [];
  private before(i: number, j: number): boolean {
    const { costs, states } = this;
    return costs[i]! < costs[j]! || (costs[i] === costs[j] && states[i]! < states[j]!);
  }
  private swap(i: number, j: number): void {
    const { costs, states } = this;
    [costs[i], costs[j]] = [costs[j]!, costs[i]!];
    [states[i], states[j]] = [states[j]!, states[i]!];
  }
  push(state: number, cost: number): void {
    let i = this.states.push(state) - 1;
    this.costs.push(cost);
    while (i > 0 && this.before(i, (i - 1) >> 1)) {
      this.swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  }
  /** The cheapest state, or -1 when none is left. */
  pop(): number {
    const { costs, states } = this;
    if (states.length === 0) return -1;
    const top = states[0]!;
    const last = states.length - 1;
    this.swap(0, last);
    states.pop();
    costs.pop();
    for (let i = 0; ;) {
      let m = i;
      for (const c of [2 * i + 1, 2 * i + 2]) if (c < states.length && this.before(c, m)) m = c;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }
}

/**
 * The route of a link, as the points of a polyline, drawn the way service designers draw
 * them: cards that face each other across a lane or a column are joined by one straight
 * line; otherwise the route leaves a side of the card, runs up or down in a gap between
 * stage columns (and sideways, if it must, in a gap between lanes) and enters the target
 * from a side, never crossing a card. Of the routes that cross none, the shortest wins,
 * each turn counting as 40 px. With no such route, a line through the gap nearest both.
 *
 * The search only looks as far as the shortest route reaches, and tests each step
 * against the cards near it, so a link costs about the same in a map of 100 cards as in
 * one of 10,000.
 */
export function linkRoute({ from, to, cards = [], gutters = [], channels = [] }: LinkRouteInput): Point[] {
  const strips = stripsOf(cards);
  const clear = (a: Point, b: Point) => clearOf(strips, a, b);
  for (const axis of ['y', 'x'] as const) {
    const line = straight(from, to, axis);
    if (line && clear(...line)) return line;
  }
  // Dijkstra over the lattice of gaps and the two cards' middles, with a state per point
  // and heading (0 sideways, 1 up or down), so that turns can be charged.
  const sy = from.y + from.height / 2;
  const ty = to.y + to.height / 2;
  const sides = (box: Box) => [box.x, box.x + box.width];
  const gaps = gapsOf(gutters);
  const xs = uniq([...gaps, ...sides(from), ...sides(to)]);
  const ys = uniq([...channels, sy, ty]);
  // Both lists are sorted: walk them together; an x is a gap when the first gap not below it is within reach.
  let g = 0;
  const isGap = xs.map((x) => {
    while (g < gaps.length && gaps[g]! < x - EPSILON) g++;
    return g < gaps.length && gaps[g]! <= x + EPSILON;
  });
  const at = (i: number) => ({ x: xs[Math.floor(i / ys.length)]!, y: ys[i % ys.length]! });
  const index = (x: number, y: number) =>
    xs.findIndex((v) => Math.abs(v - x) <= EPSILON) * ys.length + ys.findIndex((v) => Math.abs(v - y) <= EPSILON);
  const states = xs.length * ys.length * 2;
  const cost = new Array<number>(states).fill(Infinity);
  const previous = new Array<number>(states).fill(-1);
  const done = new Array<boolean>(states).fill(false);
  const queue = new Queue();
  for (const x of sides(from)) {
    const s = index(x, sy) * 2;
    if (s >= 0 && cost[s] !== 0) queue.push(s, 0);
    cost[s] = 0;
  }
  const goals = new Set(sides(to).map((x) => index(x, ty) * 2));
  for (;;) {
    let s = queue.pop();
    // A state queued again at a lower cost leaves its older entries behind: skip them.
    while (s >= 0 && done[s]) s = queue.pop();
    if (s < 0 || goals.has(s)) break;
    done[s] = true;
    const node = s >> 1;
    const heading = s & 1;
    const col = Math.floor(node / ys.length);
    const row = node % ys.length;
    const steps: Array<[number, number]> = [
      [node - ys.length, 0],
      [node + ys.length, 0],
    ];
    if (isGap[col]) steps.push([node - 1, 1], [node + 1, 1]);
    for (const [next, h] of steps) {
      if (next < 0 || next >= states / 2 || (h === 1 && Math.floor(next / ys.length) !== col) || (h === 0 && next % ys.length !== row))
        continue;
      const a = at(node);
      const b = at(next);
      const c = cost[s]! + Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + (h === heading ? 0 : TURN);
      if (c < cost[next * 2 + h]! && clear(a, b)) {
        cost[next * 2 + h] = c;
        previous[next * 2 + h] = s;
        queue.push(next * 2 + h, c);
      }
    }
  }
  const end = [...goals].filter((g) => cost[g]! < Infinity).sort((a, b) => cost[a]! - cost[b]!)[0];
  if (end === undefined) {
    const right = to.x + to.width / 2 > from.x + from.width / 2;
    const x1 = right ? from.x + from.width : from.x;
    const x2 = right ? to.x : to.x + to.width;
    const gx = (x1 + x2) / 2;
    return simplify([
      { x: x1, y: sy },
      { x: gx, y: sy },
      { x: gx, y: ty },
      { x: x2, y: ty },
    ]);
  }
  const points: Point[] = [];
  for (let s = end; s >= 0; s = previous[s]!) points.unshift(at(s >> 1));
  return simplify(points);
}

/** Drops points in the middle of a straight run. */
function simplify(points: Point[]): Point[] {
  return points.filter((p, i) => {
    const a = points[i - 1];
    const b = points[i + 1];
    if (!a || !b) return true;
    return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
}

const n = (v: number) => Math.round(v * 10) / 10;

/** An SVG path along a polyline, its corners rounded by up to `radius` pixels. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  let d = '';
  points.forEach((p, i) => {
    const a = points[i - 1];
    const b = points[i + 1];
    if (!a || !b) {
      d += `${i === 0 ? 'M' : 'L'}${n(p.x)},${n(p.y)}`;
      return;
    }
    const lenA = Math.hypot(p.x - a.x, p.y - a.y);
    const lenB = Math.hypot(b.x - p.x, b.y - p.y);
    const r = Math.min(radius, lenA / 2, lenB / 2);
    const inX = p.x - ((p.x - a.x) / lenA) * r;
    const inY = p.y - ((p.y - a.y) / lenA) * r;
    const outX = p.x + ((b.x - p.x) / lenB) * r;
    const outY = p.y + ((b.y - p.y) / lenB) * r;
    d += `L${n(inX)},${n(inY)}Q${n(p.x)},${n(p.y)} ${n(outX)},${n(outY)}`;
  });
  return d;
}

/** The SVG path of a link: {@link linkRoute}'s route with rounded corners. */
export const linkPath = (input: LinkRouteInput): string => roundedPath(linkRoute(input));
