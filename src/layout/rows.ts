import { BLUEPRINT_LANE_KINDS, isBlueprintLane, type Lane } from '../model/types';

/**
 * Which rows a grid draws itself and which it leaves to the parts inside it. Parts
 * (an emotion curve, a service blueprint) register with the grid and say what they
 * draw; while the grid does not know yet (its first render, on the server too, when
 * it has children), it leaves both kinds of lane to them, so nothing is drawn twice.
 */

/** What a part inside a grid draws. */
export type GridPart =
  /** An emotion curve: the lane given, or the journey's first emotion lane. */
  | { kind: 'curve'; laneId?: string }
  /** Service-blueprint lanes: those given, or every blueprint lane of the journey. */
  | { kind: 'blueprint'; lanes?: readonly string[] }
  /** A row of its own (no lane of the journey) with a keyboard stop per stage, walked after the lanes. */
  | { kind: 'row'; id: string };

/** The kinds of lane the grid leaves to its parts. */
export interface PartCoverage {
  /** Every emotion lane: a curve part draws the curve. */
  curve: boolean;
  /** Every blueprint lane: a blueprint part draws them. */
  blueprint: boolean;
}

/** What the parts cover; everything while they are not known yet (`pending`). */
export function partCoverage(parts: readonly GridPart[], pending = false): PartCoverage {
  return {
    curve: pending || parts.some((part) => part.kind === 'curve'),
    blueprint: pending || parts.some((part) => part.kind === 'blueprint'),
  };
}

/**
 * The grid's lane filter widened by the kinds its parts draw, so that their lanes stay
 * in the filtered journey whatever `lanes` says. No filter stays no filter.
 */
export function widenLaneFilter(lanes: readonly string[] | undefined, coverage: PartCoverage): readonly string[] | undefined {
  if (!lanes || (!coverage.curve && !coverage.blueprint)) return lanes;
  return [...lanes, ...(coverage.curve ? ['emotion'] : []), ...(coverage.blueprint ? BLUEPRINT_LANE_KINDS : [])];
}

/** Whether a lane is left to the grid's parts. */
export const isLeftToParts = (lane: Pick<Lane, 'kind'>, coverage: PartCoverage): boolean =>
  (coverage.curve && lane.kind === 'emotion') || (coverage.blueprint && isBlueprintLane(lane));

/** The lanes the parts draw, in the parts' order, looked up in `lanes` (the journey's, in order). */
export function partLanes<L extends Pick<Lane, 'id' | 'kind'>>(parts: readonly GridPart[], lanes: readonly L[]): L[] {
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  const found: L[] = [];
  for (const part of parts) {
    if (part.kind === 'curve') {
      const lane = part.laneId !== undefined ? byId.get(part.laneId) : lanes.find((l) => l.kind === 'emotion');
      if (lane) found.push(lane);
    } else if (part.kind === 'blueprint') {
      const ids = part.lanes ?? lanes.filter(isBlueprintLane).map((l) => l.id);
      for (const id of ids) {
        const lane = byId.get(id);
        if (lane) found.push(lane);
      }
    }
  }
  return found;
}

/** A group of lanes drawn together: one lane, an emotion lane (its curve), or a run of blueprint lanes. */
export type LaneGroup<L extends Pick<Lane, 'kind'> = Lane> = { kind: 'lane' | 'emotion'; lane: L } | { kind: 'blueprint'; lanes: L[] };

/**
 * Groups lanes for drawing: runs of consecutive blueprint lanes become one block (with the
 * lines between them). A parked lane (hidden, see `parkLanes`) never splits a run: after
 * a blueprint lane it joins that block, so that the lanes around it are grouped as they
 * are without it.
 */
export function laneGroups<L extends Pick<Lane, 'kind'>>(lanes: readonly L[], parked?: (lane: L) => boolean): LaneGroup<L>[] {
  const groups: LaneGroup<L>[] = [];
  for (const lane of lanes) {
    const last = groups[groups.length - 1];
    if (isBlueprintLane(lane) || (last?.kind === 'blueprint' && parked?.(lane))) {
      if (last?.kind === 'blueprint') last.lanes.push(lane);
      else groups.push({ kind: 'blueprint', lanes: [lane] });
    } else groups.push({ kind: lane.kind === 'emotion' ? 'emotion' : 'lane', lane });
  }
  return groups;
}

/** Where a lane goes in the story order: the emotional arc, then the pains, then the rest. */
const storyRank = (lane: Pick<Lane, 'kind'>): number => (lane.kind === 'emotion' ? 0 : lane.kind === 'pains' ? 1 : 2);

/**
 * The lanes in story order, for a reader who should meet the emotional arc and the pains
 * right under the stages: emotion lanes first, then pain lanes, then every other lane,
 * each group in the journey's own order (so blueprint lanes keep theirs). A new array;
 * the journey is not changed.
 */
export function storyLaneOrder<L extends Pick<Lane, 'kind'>>(lanes: readonly L[]): L[] {
  // A stable sort keeps the journey's order within each group.
  return [...lanes].sort((a, b) => storyRank(a) - storyRank(b));
}

/** The keyboard rows of the parts that draw rows of their own: a stop per stage, keyed by `cellKey(id, stage)`. */
export function partRows(
  parts: readonly GridPart[],
  stageCount: number,
): Array<{ id: string; cells: Array<{ start: number; end: number; cards: [] }> }> {
  return parts.flatMap((part) =>
    part.kind === 'row'
      ? [{ id: part.id, cells: Array.from({ length: stageCount }, (_, i) => ({ start: i, end: i, cards: [] as [] })) }]
      : [],
  );
}
