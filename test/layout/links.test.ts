// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blueprintLines, blueprintSides, crossesBox, linkPath, linkRoute, type Box } from '../../src/layout/links';

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

describe('blueprintLines', () => {
  it('given the five blueprint lanes in order → the three lines fall above frontstage, backstage and support', () => {
    const lines = blueprintLines(['customer', 'frontstage', 'backstage', 'support', 'evidence']);
    expect([...lines]).toEqual([
      [1, ['interaction']],
      [2, ['visibility']],
      [3, ['internal']],
    ]);
  });

  it('draws only the lines asked for', () => {
    const lines = blueprintLines(['customer', 'frontstage', 'backstage', 'support'], ['visibility']);
    expect([...lines]).toEqual([[2, ['visibility']]]);
  });

  it('draws every line crossed when lanes are skipped', () => {
    expect([...blueprintLines(['customer', 'backstage'])]).toEqual([[1, ['interaction', 'visibility']]]);
    expect([...blueprintLines(['customer', 'support'])]).toEqual([[1, ['interaction', 'visibility', 'internal']]]);
  });

  it('ignores lanes of other kinds: they neither draw nor break a line', () => {
    const lines = blueprintLines(['touchpoints', 'customer', 'pains', 'evidence', 'frontstage', 'thoughts', 'backstage']);
    expect([...lines]).toEqual([
      [4, ['interaction']],
      [6, ['visibility']],
    ]);
  });

  it('works with the lanes in reverse order', () => {
    expect([...blueprintLines(['support', 'backstage', 'frontstage', 'customer'])]).toEqual([
      [1, ['internal']],
      [2, ['visibility']],
      [3, ['interaction']],
    ]);
  });

  it('draws nothing between lanes on the same side of every line, or without blueprint lanes', () => {
    expect(blueprintLines(['frontstage', 'frontstage']).size).toBe(0);
    expect(blueprintLines(['actions', 'touchpoints', 'emotion']).size).toBe(0);
    expect(blueprintLines([]).size).toBe(0);
  });
});

describe('blueprintSides', () => {
  const sides = (kinds: string[]) => blueprintSides(blueprintLines(kinds), kinds.length);

  it('given the five blueprint lanes in order → each lane lies between the lines around it', () => {
    expect(sides(['customer', 'frontstage', 'backstage', 'support', 'evidence'])).toEqual([
      { lineBelow: 'interaction' },
      { lineAbove: 'interaction', lineBelow: 'visibility' },
      { lineAbove: 'visibility', lineBelow: 'internal' },
      { lineAbove: 'internal' },
      // Physical evidence drawn last lies below the last line too.
      { lineAbove: 'internal' },
    ]);
  });

  it('where several lines are drawn together, a lane is nearest the first above it and the last below it', () => {
    expect(sides(['customer', 'support'])).toEqual([{ lineBelow: 'interaction' }, { lineAbove: 'internal' }]);
  });

  it('only the lines drawn count', () => {
    const kinds = ['customer', 'frontstage', 'backstage', 'support'];
    expect(blueprintSides(blueprintLines(kinds, ['visibility']), kinds.length)).toEqual([
      { lineBelow: 'visibility' },
      { lineBelow: 'visibility' },
      { lineAbove: 'visibility' },
      { lineAbove: 'visibility' },
    ]);
  });

  it('lanes with no line near them, or no lanes, lie on no side', () => {
    expect(sides(['touchpoints', 'pains'])).toEqual([{}, {}]);
    expect(sides([])).toEqual([]);
  });

  it('lanes of other kinds between blueprint lanes lie where they are drawn', () => {
    expect(sides(['customer', 'pains', 'frontstage'])).toEqual([
      { lineBelow: 'interaction' },
      { lineBelow: 'interaction' },
      { lineAbove: 'interaction' },
    ]);
  });
});
