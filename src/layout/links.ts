/** A box in pixels, relative to the overlay the arrows are drawn on. */
export interface Box {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
}

/** The three lines of a service blueprint. */
export type BlueprintLine = 'interaction' | 'visibility' | 'internal';

const RANK: Record<string, number> = { customer: 0, frontstage: 1, backstage: 2, support: 3 };
const BOUNDARIES: ReadonlyArray<[number, BlueprintLine]> = [
  [1, 'interaction'],
  [2, 'visibility'],
  [3, 'internal'],
];

/**
 * Where the blueprint lines fall between consecutive lanes: for each lane index, the
 * lines drawn just above it. A line sits where the lane order crosses from one side of
 * it to the other (customer | frontstage | backstage | support); lanes of other kinds
 * (physical evidence, pain points…) neither draw nor break lines.
 */
export function blueprintLines(kinds: readonly string[], wanted?: readonly BlueprintLine[]): Map<number, BlueprintLine[]> {
  const result = new Map<number, BlueprintLine[]>();
  let previous: number | undefined;
  kinds.forEach((kind, index) => {
    const rank = RANK[kind];
    if (rank === undefined) return;
    if (previous !== undefined) {
      const lo = Math.min(previous, rank);
      const hi = Math.max(previous, rank);
      const lines = BOUNDARIES.filter(([b, line]) => lo < b && b <= hi && (!wanted || wanted.includes(line))).map(([, l]) => l);
      if (lines.length > 0) result.set(index, lines);
    }
    previous = rank;
  });
  return result;
}

/** The blueprint lines nearest a lane: the one drawn above it and the one below it, if any. */
export interface BlueprintSide {
  /** The nearest line above the lane: the lane is below it. */
  lineAbove?: BlueprintLine;
  /** The nearest line below the lane: the lane is above it. */
  lineBelow?: BlueprintLine;
}

/**
 * Which side of the lines each of `count` lanes is on, given the lines drawn above each
 * lane index (as {@link blueprintLines} returns them). Where several lines are drawn
 * together, the lane above them is nearest the first and the lane below nearest the last.
 */
export function blueprintSides(lines: ReadonlyMap<number, readonly BlueprintLine[]>, count: number): BlueprintSide[] {
  const sides: BlueprintSide[] = Array.from({ length: count }, () => ({}));
  let above: BlueprintLine | undefined;
  for (let i = 0; i < count; i++) {
    const drawn = lines.get(i);
    if (drawn && drawn.length > 0) above = drawn[drawn.length - 1];
    if (above) sides[i]!.lineAbove = above;
  }
  let below: BlueprintLine | undefined;
  for (let i = count - 1; i >= 0; i--) {
    if (below) sides[i]!.lineBelow = below;
    const drawn = lines.get(i);
    if (drawn && drawn.length > 0) below = drawn[0];
  }
  return sides;
}
