// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { divergingScale, linearScale, ordinalScale } from '../../src/layout/scales';

describe('linearScale', () => {
  it('maps the domain onto the range', () => {
    const scale = linearScale({ domain: [0, 10], range: [100, 0] });
    expect([scale(0), scale(5), scale(10)]).toEqual([100, 50, 0]);
  });

  it('sets only what it is given: without clamp, values beyond the domain run past the range', () => {
    expect(linearScale({ domain: [0, 10], range: [0, 100] })(20)).toBe(200);
    expect(linearScale({ domain: [0, 10], range: [0, 100], clamp: true })(20)).toBe(100);
    expect(linearScale({}).domain()).toEqual([0, 1]);
  });

  it('makes the domain nice when asked, for a given tick count too', () => {
    expect(linearScale({ domain: [0.3, 9.6], nice: true }).domain()).toEqual([0, 10]);
    expect(linearScale({ domain: [0.3, 9.6], nice: 2 }).domain()).toEqual([0, 10]);
    expect(linearScale({ domain: [-3, 3], nice: 3 }).domain()).toEqual([-4, 4]);
    expect(linearScale({ domain: [0.3, 9.6] }).domain()).toEqual([0.3, 9.6]);
  });
});

describe('divergingScale', () => {
  it('puts the midpoint at one half and the ends at 0 and 1', () => {
    const scale = divergingScale({ domain: [1, 3, 5], interpolator: (t) => t });
    expect([scale(1), scale(2), scale(3), scale(4), scale(5)]).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('clamps only when asked', () => {
    expect(divergingScale({ domain: [-1, 0, 1], interpolator: (t) => t })(3)).toBe(2);
    expect(divergingScale({ domain: [-1, 0, 1], interpolator: (t) => t, clamp: true })(3)).toBe(1);
  });
});

describe('ordinalScale', () => {
  it('gives the nth name the nth value, cycling through the values', () => {
    const scale = ordinalScale({ domain: ['a', 'b', 'c'], range: ['red', 'blue'], unknown: 'grey' });
    expect(['a', 'b', 'c', 'd'].map(scale)).toEqual(['red', 'blue', 'red', 'grey']);
  });
});
