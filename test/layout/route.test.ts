// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/layout/links';
import { crossesBox, linkPath, linkRoute } from '../../src/layout/route';

const box = (x: number, y: number, width = 100, height = 40): Box => ({ x, y, width, height });

describe('linkRoute', () => {
  it('joins cards stacked in one column with one straight vertical line between their facing edges, down or up', () => {
    // Overlap 90 px of 100: the line runs down the middle of the overlap.
    expect(linkRoute({ from: box(0, 0), to: box(10, 100) })).toEqual([
      { x: 55, y: 40 },
      { x: 55, y: 100 },
    ]);
    expect(linkPath({ from: box(0, 200), to: box(0, 0) })).toBe('M50,200L50,40');
  });

  it('joins neighbouring cards of one lane with one straight line, not an S-curl', () => {
    expect(linkPath({ from: box(0, 0), to: box(110, 10) })).toBe('M100,25L110,25');
    expect(linkPath({ from: box(300, 0), to: box(0, 0) })).toBe('M300,20L100,20');
  });

  it('between columns, leaves the side facing the target, runs in the gap between the columns and enters the target from its side', () => {
    const route = linkRoute({ from: box(0, 0), to: box(120, 100), gutters: [110] });
    expect(route).toEqual([
      { x: 100, y: 20 },
      { x: 110, y: 20 },
      { x: 110, y: 120 },
      { x: 120, y: 120 },
    ]);
    // Rounded corners, each no more than half the shorter leg.
    expect(linkPath({ from: box(0, 0), to: box(120, 100), gutters: [110] })).toBe(
      'M100,20L105,20Q110,20 110,25L110,115Q110,120 115,120L120,120',
    );
  });

  it('goes round a card between two cards of one column, in the gap beside the column', () => {
    const [from, middle, to] = [box(0, 0), box(0, 100), box(0, 200)];
    const route = linkRoute({ from, to, cards: [from, middle, to], gutters: [-10, 110] });
    expect(route).toEqual([
      { x: 0, y: 20 },
      { x: -10, y: 20 },
      { x: -10, y: 220 },
      { x: 0, y: 220 },
    ]);
    for (let i = 1; i < route.length; i++) expect(crossesBox(route[i - 1]!, route[i]!, middle)).toBe(false);
  });

  it('goes round a card that spans the nearest gap, through a gap between lanes', () => {
    // From column 0 of lane 1 to column 1 of lane 3; a wide card in lane 2 covers the gap between the columns.
    const from = box(0, 0);
    const to = box(120, 200);
    const wide = box(0, 100, 220);
    const route = linkRoute({ from, to, cards: [from, to, wide], gutters: [110, 230], channels: [80, 160] });
    for (let i = 1; i < route.length; i++) expect(crossesBox(route[i - 1]!, route[i]!, wide), JSON.stringify(route)).toBe(false);
    expect(route[0]).toEqual({ x: 100, y: 20 });
    expect(route.at(-1)).toEqual({ x: 220, y: 220 });
  });

  it('with no route clear of the cards, still draws one through the gap between the two', () => {
    const [from, to] = [box(0, 0), box(200, 100)];
    const wall = box(-1000, 50, 3000, 10);
    expect(linkRoute({ from, to, cards: [wall], gutters: [150] })).toEqual([
      { x: 100, y: 20 },
      { x: 150, y: 20 },
      { x: 150, y: 120 },
      { x: 200, y: 120 },
    ]);
  });
});
