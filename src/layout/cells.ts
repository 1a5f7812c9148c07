import type { PlacedCard } from '../model/normalize';

/** A card placed inside a cell: its columns relative to the cell and its stacking track. */
export interface CellItem {
  /** The placed card. */
  placed: PlacedCard;
  /** First column inside the cell, 0-based. */
  column: number;
  /** Number of columns it spans. */
  span: number;
  /** Stacking track inside the cell, 0-based; cards on one track never overlap. */
  track: number;
}

/** A cell of a lane: one stage, or several stages joined by cards that span them. */
export interface LaneCell {
  /** First stage index. */
  start: number;
  /** Last stage index (inclusive). */
  end: number;
  /** The cards in the cell, by track then column. */
  items: CellItem[];
  /** How many tracks the cell stacks. */
  tracks: number;
}

/**
 * A stable sort of `items` by a whole-number key from 0 to `size - 1` (a counting sort):
 * linear in items and keys, where a comparison sort would be n log n and chase pointers.
 */
function sortByKey<T>(items: readonly T[], key: (item: T) => number, size: number): T[] {
  const next = new Uint32Array(size + 1);
  for (const item of items) next[key(item) + 1]!++;
  for (let k = 1; k <= size; k++) next[k]! += next[k - 1]!;
  const out = new Array<T>(items.length);
  for (const item of items) out[next[key(item)]!++] = item;
  return out;
}

/**
 * Splits a lane into cells. Stages joined by a spanning card become one cell, so every
 * card sits in exactly one cell; inside a cell, cards are packed onto tracks (first fit,
 * longest spans first, then in stage order) so that spanning and single cards never overlap.
 */
export function laneCells({ placed, stageCount }: { placed: readonly PlacedCard[]; stageCount: number }): LaneCell[] {
  // One pass over the cards in start order: a cell opens at `stage` and grows to `end`,
  // the furthest stage any card starting inside it reaches; the first card that starts
  // after `end` belongs to the next cell.
  // In start order, longer first among cards of one start (keys kept within the map).
  const stageOf = (index: number) => Math.max(0, Math.min(index, stageCount - 1));
  const byEnd = sortByKey(placed, (p) => stageCount - 1 - stageOf(p.end), stageCount);
  const sorted = sortByKey(byEnd, (p) => stageOf(p.start), stageCount);
  const cells: LaneCell[] = [];
  let k = 0;
  for (let stage = 0; stage < stageCount;) {
    let end = stage;
    const members: PlacedCard[] = [];
    while (k < sorted.length && sorted[k]!.start <= end) {
      const card = sorted[k]!;
      if (card.start >= stage) {
        members.push(card);
        end = Math.max(end, Math.min(card.end, stageCount - 1));
      }
      k++;
    }
    cells.push(packCell(stage, end, members));
    stage = end + 1;
  }
  return cells;
}

function packCell(start: number, end: number, members: PlacedCard[]): LaneCell {
  // First fit, by columns: above[c][t] is 0 (or past the end) while track t of column c
  // is free, and once taken points further up towards the next free track (a union-find
  // with path compression). So finding the lowest free track of a column costs next to
  // nothing however many cards the cell holds: 20,000 cards in one stage pack in linear
  // time, not by scanning every track for every card. (Gaps are filled with 0 so that the
  // lists stay dense arrays, which engines index fast.)
  const above: number[][] = Array.from({ length: end - start + 1 }, () => []);
  const free = (column: number, track: number): number => {
    const up = above[column]!;
    let top = track;
    while (up[top]) top = up[top]!;
    for (let t = track; t !== top;) {
      const next = up[t]!;
      up[t] = top;
      t = next;
    }
    return top;
  };
  const items: CellItem[] = [];
  let tracks = 0;
  // Spanning cards first so they take the top tracks, the way people read a map; then in stage order.
  const width = end - start + 1;
  const span = (placed: PlacedCard) => Math.min(placed.end, end) - placed.start + 1;
  const ordered = sortByKey(
    sortByKey(members, (p) => p.start - start, width),
    (p) => width - span(p),
    width,
  );
  for (const placed of ordered) {
    const column = placed.start - start;
    const columns = span(placed);
    // The lowest track free in every column of the card: raise it until no column objects.
    let track = 0;
    for (let moved = true; moved;) {
      moved = false;
      for (let c = column; c < column + columns; c++) {
        const lowest = free(c, track);
        if (lowest > track) {
          track = lowest;
          moved = true;
        }
      }
    }
    for (let c = column; c < column + columns; c++) {
      const up = above[c]!;
      while (up.length < track) up.push(0);
      up[track] = track + 1;
    }
    tracks = Math.max(tracks, track + 1);
    items.push({ placed, column, span: columns, track });
  }
  const byTrack = sortByKey(
    sortByKey(items, (item) => item.column, width),
    (item) => item.track,
    tracks,
  );
  return { start, end, items: byTrack, tracks };
}

/** A phase header's place: its first stage column and how many columns it covers. */
export interface PhaseSpan<P> {
  /** The phase. */
  phase: P;
  /** Index of its first stage. */
  start: number;
  /** Number of stages it groups. */
  span: number;
}

/**
 * Where each phase header goes. Phases list consecutive stages (validation checks it);
 * a phase whose stages are all filtered out gets no header.
 */
export function phaseSpans<P extends { stages: readonly string[] }>({
  phases,
  stageIndex,
}: {
  phases: readonly P[];
  stageIndex: ReadonlyMap<string, number>;
}): PhaseSpan<P>[] {
  return phases.flatMap((phase) => {
    const indices = phase.stages.map((id) => stageIndex.get(id)).filter((i): i is number => i !== undefined);
    return indices.length === 0 ? [] : [{ phase, start: Math.min(...indices), span: indices.length }];
  });
}

/** Whether two cells draw the same: same stages, tracks, and the same card objects in the same places. */
function sameCell(a: LaneCell, b: LaneCell): boolean {
  if (a.start !== b.start || a.end !== b.end || a.tracks !== b.tracks || a.items.length !== b.items.length) return false;
  return a.items.every((x, i) => {
    const y = b.items[i]!;
    return x.placed.card === y.placed.card && x.column === y.column && x.span === y.span && x.track === y.track;
  });
}

/**
 * The cells of `next` with each cell that draws the same as one of `previous` (same stages,
 * same card objects in the same places) replaced by that one, and each lane whose cells all
 * stayed by its previous list: after an edit of a few cards, only the cells they touch are
 * new objects, so only those redraw.
 */
export function reuseCells(
  previous: ReadonlyMap<string, readonly LaneCell[]>,
  next: ReadonlyMap<string, readonly LaneCell[]>,
): Map<string, readonly LaneCell[]> {
  const out = new Map<string, readonly LaneCell[]>();
  for (const [lane, cells] of next) {
    const before = previous.get(lane);
    if (!before) {
      out.set(lane, cells);
      continue;
    }
    const byStart = new Map(before.map((cell) => [cell.start, cell]));
    let kept = before.length === cells.length;
    const merged = cells.map((cell, i) => {
      const old = byStart.get(cell.start);
      if (old && sameCell(old, cell)) {
        if (before[i] !== old) kept = false;
        return old;
      }
      kept = false;
      return cell;
    });
    out.set(lane, kept ? before : merged);
  }
  return out;
}

/**
 * Parks lanes: adds to `next` each lane of `before` that it lacks, with the cells the lane
 * had, and returns their ids. A lane a filter leaves out after it was drawn then stays in
 * the page, hidden, and showing it again costs the browser a layout of what it kept, not
 * a new mount of every card (see `LaneRow`).
 */
export function parkLanes(before: ReadonlyMap<string, readonly LaneCell[]>, next: Map<string, readonly LaneCell[]>): Set<string> {
  const parked = new Set<string>();
  for (const [id, cells] of before) {
    if (!next.has(id)) {
      next.set(id, cells);
      parked.add(id);
    }
  }
  return parked;
}

/**
 * Where a card goes in its cell's grid, as a style: nothing in a cell of one stage, whose
 * cards stack one per track in their order and so are placed by the grid itself; its
 * columns and track in a cell that several stages share. A card that keeps its place when
 * others come or go (a filter, an edit) keeps the same style, so it is not drawn again:
 * with explicit tracks, every card below one that left would be.
 */
export function cardPlacement(cell: LaneCell, item: CellItem): { gridColumn: string; gridRow: number } | undefined {
  return cell.end === cell.start ? undefined : { gridColumn: `${item.column + 1} / span ${item.span}`, gridRow: item.track + 1 };
}
