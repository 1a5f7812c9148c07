/**
 * The route search as first written, kept as the oracle that the faster one in
 * src/layout/route.ts must agree with: it scans every state for the cheapest and tests
 * every step against every card, so it is slow on big maps but plain to read.
 */
import type { Box } from '../../src/layout/links';
import { crossesBox, type LinkRouteInput, type Point } from '../../src/layout/route';

const EPSILON = 0.5;
/** What a turn costs, in pixels of length: a longer route with fewer turns reads better. */
const TURN = 40;

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

/**
 * The route of a link, as the points of a polyline, drawn the way service designers draw
 * them: cards that face each other across a lane or a column are joined by one straight
 * line; otherwise the route leaves a side of the card, runs up or down in a gap between
 * stage columns (and sideways, if it must, in a gap between lanes) and enters the target
 * from a side, never crossing a card. Of the routes that cross none, the shortest wins,
 * each turn counting as 40 px. With no such route, a line through the gap nearest both.
 */
export function referenceRoute({ from, to, cards = [], gutters = [], channels = [] }: LinkRouteInput): Point[] {
  const clear = (a: Point, b: Point) => !cards.some((box) => crossesBox(a, b, box));
  for (const axis of ['y', 'x'] as const) {
    const line = straight(from, to, axis);
    if (line && clear(...line)) return line;
  }
  // Dijkstra over the lattice of gaps and the two cards' middles, with a state per point
  // and heading (0 sideways, 1 up or down), so that turns can be charged.
  const sy = from.y + from.height / 2;
  const ty = to.y + to.height / 2;
  const sides = (box: Box) => [box.x, box.x + box.width];
  const gaps = uniq([...gutters]);
  const xs = uniq([...gaps, ...sides(from), ...sides(to)]);
  const ys = uniq([...channels, sy, ty]);
  const isGap = xs.map((x) => gaps.some((g) => Math.abs(g - x) <= EPSILON));
  const at = (i: number) => ({ x: xs[Math.floor(i / ys.length)]!, y: ys[i % ys.length]! });
  const index = (x: number, y: number) =>
    xs.findIndex((v) => Math.abs(v - x) <= EPSILON) * ys.length + ys.findIndex((v) => Math.abs(v - y) <= EPSILON);
  const states = xs.length * ys.length * 2;
  const cost = new Array<number>(states).fill(Infinity);
  const previous = new Array<number>(states).fill(-1);
  const done = new Array<boolean>(states).fill(false);
  for (const x of sides(from)) cost[index(x, sy) * 2] = 0;
  const goals = new Set(sides(to).map((x) => index(x, ty) * 2));
  for (;;) {
    let s = -1;
    for (let i = 0; i < states; i++) if (!done[i] && cost[i]! < Infinity && (s < 0 || cost[i]! < cost[s]!)) s = i;
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
      if (!clear(a, b)) continue;
      const c = cost[s]! + Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + (h === heading ? 0 : TURN);
      if (c < cost[next * 2 + h]!) {
        cost[next * 2 + h] = c;
        previous[next * 2 + h] = s;
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
