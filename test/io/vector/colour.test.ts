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

  it('reads upper case and spaces around the value, as a style sheet may write them', () => {
    expect(parseColour('  RGB(13, 27, 51)  ')).toEqual({ r: 13, g: 27, b: 51, a: 1 });
    expect(parseColour(' TRANSPARENT ')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColour('#0A2A66')).toEqual({ r: 10, g: 42, b: 102, a: 1 });
    expect(parseColour('rgb( 1 2 3 )')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColour('rgb(1    2  3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColour('rgb(1,2,3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColour('rgb(50% , 0%, 100%)')).toEqual({ r: 128, g: 0, b: 255, a: 1 });
    expect(parseColour('color( srgb 1 0 0 )')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColour('color(srgb  0 0 1)')).toEqual({ r: 0, g: 0, b: 255, a: 1 });
  });

  it('reads every hex length: #rgb, #rgba, #rrggbb and #rrggbbaa; no other', () => {
    expect(parseColour('#abc')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc, a: 1 });
    expect(parseColour('#0a2a6680')).toEqual({ r: 10, g: 42, b: 102, a: 0x80 / 255 });
    expect(parseColour('#12345')).toBeUndefined();
    expect(parseColour('#1234567')).toBeUndefined();
    expect(parseColour('#ggg')).toBeUndefined();
    expect(parseColour('x#abc')).toBeUndefined();
    expect(parseColour('#abcx')).toBeUndefined();
  });

  it('reads an alpha given as a percentage or out of range, clamped to 0–1, in either syntax', () => {
    expect(parseColour('rgba(0, 0, 0, 50%)')?.a).toBe(0.5);
    expect(parseColour('rgba(0, 0, 0, 2)')?.a).toBe(1);
    expect(parseColour('rgba(0, 0, 0, -1)')?.a).toBe(0);
    expect(parseColour('rgb(0 0 0 / 25%)')?.a).toBe(0.25);
    expect(parseColour('rgb(0 0 0 / 1.5)')?.a).toBe(1);
  });

  it('rounds channels and clamps them to 0–255; percentages count from 255, color(srgb) from 1', () => {
    expect(parseColour('rgb(300, -5, 12.5)')).toEqual({ r: 255, g: 0, b: 13, a: 1 });
    expect(parseColour('rgb(50%, 0%, 100%)')).toEqual({ r: 128, g: 0, b: 255, a: 1 });
    expect(parseColour('color(srgb 1 0 0)')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColour('color(srgb 50% 2 -1)')).toEqual({ r: 128, g: 255, b: 0, a: 1 });
  });

  it('gives up on a channel or alpha that is no number, and on too few channels', () => {
    expect(parseColour('rgb(a, 0, 0)')).toBeUndefined();
    expect(parseColour('rgb(0, a, 0)')).toBeUndefined();
    expect(parseColour('rgb(0, 0, a)')).toBeUndefined();
    expect(parseColour('rgb(1 2 3 / x)')).toBeUndefined();
    expect(parseColour('rgba(1, 2, 3, x)')).toBeUndefined();
    expect(parseColour('rgb(1 2)')).toBeUndefined();
    expect(parseColour('color(srgb 1 0)')).toBeUndefined();
    expect(parseColour('color(srgb1 0 0)')).toBeUndefined();
    expect(parseColour('hsl(0 0% 0%)')).toBeUndefined();
    expect(parseColour('rgb(1, 2, 3')).toBeUndefined();
    expect(parseColour('xrgb(1, 2, 3)')).toBeUndefined();
    expect(parseColour('rgb(1, 2, 3) x')).toBeUndefined();
    // Another colour space, whose channels mean other colours.
    expect(parseColour('color(rec2020 1 0 0)')).toBeUndefined();
  });

  it('writes each channel as two hex digits and rounds the opacity to three decimals', () => {
    expect(toPaint({ r: 0, g: 5, b: 255, a: 1 })).toEqual({ color: '#0005ff' });
    expect(toPaint({ r: 1, g: 2, b: 3, a: 0.12345 })).toEqual({ color: '#010203', opacity: 0.123 });
  });

  it('leaves out colours below half a thousandth of opacity, and an opacity that rounds to 1', () => {
    expect(toPaint({ r: 0, g: 0, b: 0, a: 0.004 })).toBeUndefined();
    expect(toPaint({ r: 0, g: 0, b: 0, a: 0.005 })).toEqual({ color: '#000000', opacity: 0.005 });
    expect(toPaint({ r: 0, g: 0, b: 0, a: 0.995 })).toEqual({ color: '#000000', opacity: 0.995 });
    expect(toPaint({ r: 0, g: 0, b: 0, a: 0.996 })).toEqual({ color: '#000000' });
    expect(toPaint({ r: 0, g: 0, b: 0, a: -1 })).toBeUndefined();
  });
});
