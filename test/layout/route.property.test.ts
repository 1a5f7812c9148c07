// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/layout/links';
import { crossesBox, linkRoute } from '../../src/layout/route';

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
