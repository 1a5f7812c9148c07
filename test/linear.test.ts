// @vitest-environment node
// Importers, validation, the sanitising scans and the cell packing stay linear on the
// inputs that once made them quadratic (test/pathological.ts): four times the input may
// cost at most eight times the time, half-way between linear (4×) and quadratic (16×).
// Timings are noisy on a shared machine, so time is the process's processor time (other
// processes taking the cores do not count), each measurement calls the case often enough
// to last at least 20 ms, takes the median of five, and is taken up to three times before
// it fails (measureGrowth). (Repeating a mid-sized input rather than growing it keeps the
// garbage collector's large-heap pauses, which grow faster than the work, out of the
// ratio.) `npm run bench` reports the times.
import { describe, expect, it } from 'vitest';
import { MAX_GROWTH, PATHOLOGICAL_CASES, measureGrowth } from './pathological';

describe('pathological inputs cost time linear in their size', () => {
  it.each(PATHOLOGICAL_CASES.map((c) => [c.name, c] as const))(
    `%s: 4× the input costs at most ${MAX_GROWTH}× the time, far below quadratic`,
    (_name, c) => {
      const result = measureGrowth(c, MAX_GROWTH);
      expect(
        result.ratio,
        `n = ${c.n} × ${result.repeat} calls: ${result.small.toFixed(1)} ms, 4n: ${result.large.toFixed(1)} ms, growth ${result.ratio.toFixed(2)}×`,
      ).toBeLessThanOrEqual(MAX_GROWTH);
    },
    120_000,
  );
});
