import { useMemo, useRef } from 'react';
import type { Journey, Lane } from '../../model/types';
import { filterParts } from '../../model/filter';
import { normalizeJourney, type NormalizedJourney } from '../../model/normalize';
import { laneCells, parkLanes, reuseCells, type LaneCell } from '../../layout/cells';
import { isLeftToParts, partCoverage, partLanes, widenLaneFilter } from '../../layout/rows';
import type { GridParts } from './parts';

/** The journey as one grid draws it. */
export interface GridModel {
  /** The whole journey, normalised once per journey; cards read it, so a filter change re-renders only cards that move. */
  fullModel: NormalizedJourney | null;
  /** The journey the filters let through, with the lanes of the grid's parts kept. */
  model: NormalizedJourney | null;
  /** The cells of each lane of `model`, and of each parked lane, by lane id. */
  cells: ReadonlyMap<string, readonly LaneCell[]>;
  /** The lanes the grid draws itself, in order. */
  ownLanes: readonly Lane[];
  /**
   * The lanes the grid puts in the page, in the journey's order: those it draws, and those
   * parked (a filter left them out after they were drawn: kept, hidden, with their cells).
   */
  laneSlots: readonly Lane[];
  /** The ids of the parked lanes (see `parkLanes`). */
  parked: ReadonlySet<string>;
  /** Every lane drawn, in document order: the grid's own, then its parts'. */
  drawnLanes: readonly Lane[];
}

const NO_CELLS: ReadonlyMap<string, readonly LaneCell[]> = new Map();
const NONE: ReadonlySet<string> = new Set();

/** Filters, normalises and places the journey of a grid; `null` models when it is not valid. */
export function useGridModel(
  journey: Journey,
  valid: boolean,
  { lanes, personas, channels }: { lanes?: readonly string[]; personas?: readonly string[]; channels?: readonly string[] },
  { parts, pending }: GridParts,
): GridModel {
  const coverage = partCoverage(parts, pending);
  // Filters are usually inline arrays; compare them by content so memoised work survives re-renders.
  const laneFilter = widenLaneFilter(lanes, coverage);
  const filterKey = JSON.stringify([laneFilter ?? null, personas ?? null, channels ?? null]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => ({ lanes: laneFilter, personas, channels }), [filterKey]);

  const fullModel = useMemo(() => (valid ? normalizeJourney(journey) : null), [valid, journey]);
  const model = useMemo(() => {
    if (!fullModel) return null;
    const filtered = filterParts(journey, filter);
    return filtered === journey ? fullModel : normalizeJourney(filtered);
  }, [fullModel, journey, filter]);
  // Cells that draw the same as before keep their objects, so an edit or a filter redraws
  // only the cells it changes. Lanes a filter leaves out stay parked with the cells they
  // had, while the journey stays the same.
  const previous = useRef<{ full: NormalizedJourney | null; cells: ReadonlyMap<string, readonly LaneCell[]>; parked: ReadonlySet<string> }>(
    {
      full: null,
      cells: NO_CELLS,
      parked: NONE,
    },
  );
  const { cells, parked } = useMemo(() => {
    const before = previous.current;
    if (!model || !fullModel) return (previous.current = { full: null, cells: NO_CELLS, parked: NONE });
    const stageCount = model.journey.stages.length;
    const next = new Map<string, readonly LaneCell[]>();
    for (const lane of model.journey.lanes) next.set(lane.id, laneCells({ placed: model.cardsByLane.get(lane.id) ?? [], stageCount }));
    const parked = before.full === fullModel ? parkLanes(before.cells, next) : NONE;
    return (previous.current = { full: fullModel, cells: reuseCells(before.cells, next), parked });
  }, [fullModel, model]);

  const { curve, blueprint } = coverage;
  const ownLanes = useMemo(
    () => model?.journey.lanes.filter((lane) => !isLeftToParts(lane, { curve, blueprint })) ?? [],
    [model, curve, blueprint],
  );
  const drawnLanes = useMemo(() => (model ? [...ownLanes, ...partLanes(parts, model.journey.lanes)] : []), [model, ownLanes, parts]);
  const laneSlots = useMemo(
    () =>
      !parked.size || !fullModel
        ? ownLanes
        : fullModel.journey.lanes.filter((lane) => cells.has(lane.id) && !isLeftToParts(lane, { curve, blueprint })),
    [parked, fullModel, ownLanes, cells, curve, blueprint],
  );
  return { fullModel, model, cells, ownLanes, laneSlots, parked, drawnLanes };
}
