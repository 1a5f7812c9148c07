// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PERSONA_PALETTE_SIZE, personaColor } from '../../src/layout/persona';
import { extremes } from '../../src/layout/emotion';
import { linkPath } from '../../src/layout/links';

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

  it('joins two boxes of one column vertically, and boxes overlapping by exactly a third side by side', () => {
    const from = { x: 0, y: 0, width: 90, height: 20 };
    expect(linkPath({ from, to: { x: 0, y: 0, width: 90, height: 20 } })).toBe('M45,0C45,10 45,10 45,20');
    // Overlap 30 = a third of 90: side by side, leaving the right edge of the left box.
    expect(linkPath({ from, to: { x: 60, y: 100, width: 90, height: 20 } })).toBe('M90,10C114,10 36,110 60,110');
    // A wide box above a narrow one: the narrower width decides.
    expect(linkPath({ from: { x: 0, y: 0, width: 300, height: 20 }, to: { x: 280, y: 100, width: 60, height: 20 } })).toMatch(/^M300,10C/);
  });
});
