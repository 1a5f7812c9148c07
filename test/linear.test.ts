// @vitest-environment node
// Importers, validation, the sanitising scans and the cell packing stay linear on the
// inputs that once made them quadratic (test/pathological.ts): four times the input may
// cost at most five times the time. Timings are noisy on a shared machine, so time is
// the process's processor time (other processes taking the cores do not count), each
// measurement calls the case often enough to last at least 20 ms, takes the median of
// five, and is measured once more before it fails. (Repeating a mid-sized input
// rather than growing it keeps the garbage collector's large-heap pauses, which grow
// faster than the work, out of the ratio.) `npm run bench` reports the times.
import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL_CASES, timeCase, type PathologicalCase } from './pathological';

const MIN_MS = 20;
const RUNS = 5;
const MAX_GROWTH = 5;

/** How often to call the case at its size `c.n` so that one measurement lasts at least MIN_MS. */
function calibrate(c: PathologicalCase): number {
  let repeat = 1;
  timeCase(c, c.n, 1); // warm the JIT
  while (repeat < 1024 && timeCase(c, c.n, 3, repeat).ms < MIN_MS) repeat *= 2;
  return repeat;
}

function growth(c: PathologicalCase, repeat: number): { ratio: number; small: number; large: number } {
  const small = timeCase(c, c.n, RUNS, repeat).ms;
  const large = timeCase(c, c.n * 4, RUNS, repeat).ms;
  return { ratio: large / small, small, large };
}

describe('pathological inputs cost time linear in their size', () => {
  it.each(PATHOLOGICAL_CASES.map((c) => [c.name, c] as const))(
    '%s: 4× the input costs at most 5× the time',
    (_name, c) => {
      const repeat = calibrate(c);
      let result = growth(c, repeat);
      if (result.ratio > MAX_GROWTH) result = growth(c, repeat); // once more: another process may have taken the cores
      expect(
        result.ratio,
        `n = ${c.n} × ${repeat} calls: ${result.small.toFixed(1)} ms, 4n: ${result.large.toFixed(1)} ms, growth ${result.ratio.toFixed(2)}×`,
      ).toBeLessThanOrEqual(MAX_GROWTH);
    },
    120_000,
  );
});
