// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PERSONA_PALETTE_SIZE, personaColor } from '../../src/layout/persona';
import { extremes } from '../../src/layout/emotion';
import { linkPath, linkRoute } from '../../src/layout/route';

const personas = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));

describe('personaColor', () => {
  it('gives each persona the palette colour of its place, from 1, wrapping after the palette’s size', () => {
    expect(PERSONA_PALETTE_SIZE).toBe(6);
    expect(personas.map((p) => personaColor({ personas }, p.id))).toEqual([
      'var(--jm-persona-1)',
      'var(--jm-persona-2)',
      'var(--jm-persona-3)',
      'var(--jm-persona-4)',
      'var(--jm-persona-5)',
      'var(--jm-persona-6)',
      'var(--jm-persona-1)',
      'var(--jm-persona-2)',
    ]);
  });

  it('gives an unknown or missing persona, and a journey without a persona list, the first colour', () => {
    expect(personaColor({ personas }, 'nobody')).toBe('var(--jm-persona-1)');
    expect(personaColor({ personas }, undefined)).toBe('var(--jm-persona-1)');
    expect(personaColor({ personas: 'none' as never }, 'p1')).toBe('var(--jm-persona-1)');
  });

  it('uses a persona’s own colour when it is a safe CSS colour, trimmed, and the palette otherwise', () => {
    const coloured = [
      { id: 'a', name: 'A', color: ' #1f6feb ' },
      { id: 'b', name: 'B', color: 'red;background:url(x)' },
      { id: 'c', name: 'C', color: 7 as never },
    ];
    expect(personaColor({ personas: coloured }, 'a')).toBe('#1f6feb');
    expect(personaColor({ personas: coloured }, 'b')).toBe('var(--jm-persona-2)');
    expect(personaColor({ personas: coloured }, 'c')).toBe('var(--jm-persona-3)');
  });
});

describe('extremes and link paths at their boundaries', () => {
  it('finds the high and the low of a two-point curve', () => {
    expect(extremes([1, 3])).toEqual({ high: 1, low: 0 });
    expect(extremes([2])).toEqual({});
  });

  it('joins boxes overlapping by a third of the narrower one straight, and by less with a turn in the gap between them', () => {
    const from = { x: 0, y: 0, width: 90, height: 20 };
    // Overlap 30 = a third of 90: one straight line down the middle of the overlap.
    expect(linkRoute({ from, to: { x: 60, y: 100, width: 90, height: 20 } })).toEqual([
      { x: 75, y: 20 },
      { x: 75, y: 100 },
    ]);
    // Overlap 29: side by side, leaving the right edge and turning halfway to the target.
    expect(linkRoute({ from, to: { x: 61, y: 100, width: 90, height: 20 } })).toEqual([
      { x: 90, y: 10 },
      { x: 75.5, y: 10 },
      { x: 75.5, y: 110 },
      { x: 61, y: 110 },
    ]);
    // A wide box above a narrow one: the narrower width decides.
    expect(linkRoute({ from: { x: 0, y: 0, width: 300, height: 20 }, to: { x: 280, y: 100, width: 60, height: 20 } })).toHaveLength(2);
    // Edge to edge: a line of no length.
    expect(linkPath({ from, to: { x: 0, y: 20, width: 90, height: 20 } })).toBe('M45,20L45,20');
  });
});
