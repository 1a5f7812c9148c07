// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blueprintLines, blueprintSides } from '../../src/layout/links';

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
