// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLAMP_FROM, needsClamp } from '../../src/layout/clamp';

describe('needsClamp', () => {
  it('leaves a title of up to the limit alone and marks a longer one, in any script', () => {
    expect(needsClamp('')).toBe(false);
    expect(needsClamp('Searches for a kitchen')).toBe(false);
    expect(needsClamp('x'.repeat(CLAMP_FROM))).toBe(false);
    expect(needsClamp('x'.repeat(CLAMP_FROM + 1))).toBe(true);
    expect(needsClamp('word '.repeat(100))).toBe(true);
    expect(needsClamp('在'.repeat(CLAMP_FROM))).toBe(false);
    expect(needsClamp('在'.repeat(CLAMP_FROM + 1))).toBe(true);
  });

  it('counts a character outside the basic plane as its two code units, so marks early rather than late', () => {
    expect(needsClamp('𠀀'.repeat(CLAMP_FROM / 2))).toBe(false);
    expect(needsClamp('𠀀'.repeat(CLAMP_FROM / 2 + 1))).toBe(true);
  });
});
