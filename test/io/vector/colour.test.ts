import { describe, expect, it } from 'vitest';
import { parseColour, toPaint } from '../../../src/io/vector/colour';

describe('reading computed colours for design tools', () => {
  it('reads rgb(), rgba(), the space-separated forms and color(srgb …)', () => {
    expect(parseColour('rgb(13, 27, 51)')).toEqual({ r: 13, g: 27, b: 51, a: 1 });
    expect(parseColour('rgba(0, 0, 0, 0.12)')).toEqual({ r: 0, g: 0, b: 0, a: 0.12 });
    expect(parseColour('rgb(27 31 36 / 0.08)')).toEqual({ r: 27, g: 31, b: 36, a: 0.08 });
    expect(parseColour('rgb(100% 0% 50% / 50%)')).toEqual({ r: 255, g: 0, b: 128, a: 0.5 });
    // What color-mix(in srgb, …) computes to.
    expect(parseColour('color(srgb 0.5 0.25 1 / 0.05)')).toEqual({ r: 128, g: 64, b: 255, a: 0.05 });
  });

  it('reads hex and transparent, and gives up on forms it does not know', () => {
    expect(parseColour('#0a2a66')).toEqual({ r: 10, g: 42, b: 102, a: 1 });
    expect(parseColour('#fff8')).toEqual({ r: 255, g: 255, b: 255, a: 0x88 / 255 });
    expect(parseColour('transparent')?.a).toBe(0);
    expect(parseColour('oklab(0.5 0.1 0.1)')).toBeUndefined();
    expect(parseColour('color(display-p3 1 0 0)')).toBeUndefined();
    expect(parseColour('rgb(1, 2)')).toBeUndefined();
  });

  it('writes a paint as #rrggbb and an opacity only below 1; nothing for invisible colours', () => {
    expect(toPaint({ r: 10, g: 42, b: 102, a: 1 })).toEqual({ color: '#0a2a66' });
    expect(toPaint({ r: 0, g: 0, b: 0, a: 0.12 })).toEqual({ color: '#000000', opacity: 0.12 });
    expect(toPaint({ r: 0, g: 0, b: 0, a: 0 })).toBeUndefined();
    expect(toPaint(undefined)).toBeUndefined();
  });
});
