// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/layout/links';
import { crossesBox, linkRoute } from '../../src/layout/route';
import { referenceRoute } from './routeReference';

const WIDTH = 160;
const GAP = 24;
const PAD = 10;

/**
 * A blueprint laid out as the grid lays it out: columns of equal width with a gap between
 * them, lanes one under another, and in each cell of a lane its cards stacked, of any
 * height. The gutters are the middles of the gaps between columns and after the last one
 * (the grid's leading edge is under the sticky lane headers); the channels are the
 * borders between lanes.
 */
const layouts = fc
  .record({
    columns: fc.integer({ min: 1, max: 6 }),
    // Per lane, per column: the heights of the cards stacked in that cell.
    lanes: fc.array(fc.array(fc.array(fc.integer({ min: 20, max: 90 }), { maxLength: 3 }), { minLength: 6, maxLength: 6 }), {
      minLength: 2,
      maxLength: 6,
    }),
  })
  .map(({ columns, lanes }) => {
    const cards: Box[] = [];
    const channels: number[] = [0];
    let top = 0;
    for (const lane of lanes) {
      let bottom = top + 2 * PAD;
      for (let c = 0; c < columns; c++) {
        let y = top + PAD;
        for (const height of lane[c]!) {
          cards.push({ x: GAP / 2 + c * (WIDTH + GAP), y, width: WIDTH, height });
          y += height + 8;
        }
        bottom = Math.max(bottom, y - 8 + PAD);
      }
      top = bottom;
      channels.push(top);
    }
    const gutters = Array.from({ length: columns }, (_, c) => (c + 1) * (WIDTH + GAP));
    return { cards, gutters, channels };
  })
  .filter(({ cards }) => cards.length >= 2);

describe('linkRoute, for any cards laid out in columns and lanes', () => {
  it('runs only sideways or up and down, from a side of one card to a side of the other, and never through another card', () => {
    fc.assert(
      fc.property(layouts, fc.nat(), fc.nat(), ({ cards, gutters, channels }, i, j) => {
        const from = cards[i % cards.length]!;
        const to = cards[(i + 1 + (j % (cards.length - 1))) % cards.length]!;
        const route = linkRoute({ from, to, cards, gutters, channels });
        expect(route.length).toBeGreaterThanOrEqual(2);
        const onEdge = (p: { x: number; y: number }, b: Box) =>
          p.x >= b.x - 0.5 && p.x <= b.x + b.width + 0.5 && p.y >= b.y - 0.5 && p.y <= b.y + b.height + 0.5 && !crossesBox(p, p, b);
        expect(onEdge(route[0]!, from)).toBe(true);
        expect(onEdge(route.at(-1)!, to)).toBe(true);
        for (let k = 1; k < route.length; k++) {
          const [a, b] = [route[k - 1]!, route[k]!];
          expect(a.x === b.x || a.y === b.y).toBe(true);
          for (const card of cards) expect(crossesBox(a, b, card), JSON.stringify({ route, card })).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('joins the next card down in a column, or the next card along a lane, with one straight line', () => {
    fc.assert(
      fc.property(layouts, fc.nat(), ({ cards, gutters, channels }, i) => {
        const from = cards[i % cards.length]!;
        // The nearest card below in the same column, and the nearest one to the right at the same height.
        const below = cards.filter((c) => c.x === from.x && c.y > from.y).sort((a, b) => a.y - b.y)[0];
        const beside = cards.filter((c) => c.y === from.y && c.height === from.height && c.x > from.x).sort((a, b) => a.x - b.x)[0];
        for (const to of [below, beside]) {
          if (to && !(to === beside && to.x > from.x + WIDTH + GAP)) {
            expect(linkRoute({ from, to, cards, gutters, channels })).toHaveLength(2);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Cards anywhere, of any size, overlapping or not, with gaps and lanes anywhere: what no grid draws, to try the search where it is hardest. */
const scattered = fc.record({
  cards: fc.array(
    fc.record({
      x: fc.integer({ min: 0, max: 900 }),
      y: fc.integer({ min: 0, max: 600 }),
      width: fc.integer({ min: 0, max: 400 }),
      height: fc.integer({ min: 0, max: 120 }),
    }),
    { minLength: 2, maxLength: 40 },
  ),
  gutters: fc.array(
    fc.integer({ min: -20, max: 1400 }).map((x) => x / 2),
    { maxLength: 12 },
  ),
  channels: fc.array(
    fc.integer({ min: -20, max: 1400 }).map((y) => y / 2),
    { maxLength: 8 },
  ),
});

/** Boxes up to a thousand million pixels apart, some of them at no finite place. */
const farApart = fc.record({
  cards: fc.array(
    fc.record({
      x: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(Number.NaN, Infinity, -Infinity)),
      y: fc.integer({ min: 0, max: 600 }),
      width: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(Infinity)),
      height: fc.integer({ min: 0, max: 120 }),
    }),
    { minLength: 2, maxLength: 20 },
  ),
  gutters: fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 8 }),
  channels: fc.array(fc.integer({ min: -20, max: 700 }), { maxLength: 6 }),
});

/** Columns and lanes as the grid draws them, with some cards spanning two or three columns. */
const spanning = fc
  .record({
    columns: fc.integer({ min: 2, max: 12 }),
    lanes: fc.integer({ min: 2, max: 6 }),
    cards: fc.array(
      fc.record({ column: fc.nat(11), lane: fc.nat(5), span: fc.integer({ min: 1, max: 3 }), height: fc.integer({ min: 20, max: 90 }) }),
      { minLength: 2, maxLength: 60 },
    ),
  })
  .map(({ columns, lanes, cards }) => {
    const laneHeight = 200;
    const boxes: Box[] = [];
    const used = new Map<string, number>();
    for (const card of cards) {
      const column = card.column % columns;
      const lane = card.lane % lanes;
      const span = Math.min(card.span, columns - column);
      // Stacked under what its first column already holds in that lane.
      const key = `${lane}:${column}`;
      const y = used.get(key) ?? lane * laneHeight + PAD;
      if (y + card.height > (lane + 1) * laneHeight - PAD) continue;
      for (let c = column; c < column + span; c++) used.set(`${lane}:${c}`, Math.max(used.get(`${lane}:${c}`) ?? 0, y + card.height + 8));
      boxes.push({ x: GAP / 2 + column * (WIDTH + GAP), y, width: span * WIDTH + (span - 1) * GAP, height: card.height });
    }
    return {
      cards: boxes,
      gutters: Array.from({ length: columns }, (_, c) => (c + 1) * (WIDTH + GAP)),
      channels: Array.from({ length: lanes + 1 }, (_, l) => l * laneHeight),
    };
  })
  .filter(({ cards }) => cards.length >= 2);

describe('linkRoute, against the plain search it replaced', () => {
  // The search keeps a queue and tests each step against nearby cards only; the plain
  // one scans every state and every card. Both must give the very same points.
  for (const [name, inputs] of [
    ['cards in columns and lanes', layouts],
    ['cards spanning columns', spanning],
    ['cards and gaps anywhere', scattered],
    ['cards far apart, or where no number says', farApart],
  ] as const) {
    it(`gives the very same route for ${name}`, () => {
      fc.assert(
        fc.property(inputs, fc.nat(), fc.nat(), ({ cards, gutters, channels }, i, j) => {
          const from = cards[i % cards.length]!;
          const to = cards[(i + 1 + (j % (cards.length - 1))) % cards.length]!;
          const input = { from, to, cards, gutters, channels };
          expect(linkRoute(input)).toEqual(referenceRoute(input));
        }),
        { numRuns: 300 },
      );
    });
  }
});
