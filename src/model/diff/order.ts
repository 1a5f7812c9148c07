/**
 * The positions (in `sequence`) of the fewest entries to move so that the rest increase:
 * everything outside one longest increasing subsequence. O(n log n).
 */
export function outOfOrder(sequence: readonly number[]): Set<number> {
  const n = sequence.length;
  /** tails[k]: the index of the smallest last value of an increasing run of length k + 1. */
  const tails: number[] = [];
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const value = sequence[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  const moved = new Set<number>();
  for (let i = 0; i < n; i++) if (!kept.has(i)) moved.add(i);
  return moved;
}
