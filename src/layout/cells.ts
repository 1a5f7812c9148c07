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
 * Splits a lane into cells. Stages joined by a spanning card become one cell, so every
 * card sits in exactly one cell; inside a cell, cards are packed onto tracks (first fit,
 * longest spans first, then in stage order) so that spanning and single cards never overlap.
 */
export function laneCells({ placed, stageCount }: { placed: readonly PlacedCard[]; stageCount: number }): LaneCell[] {
  // In order of first stage, longest first: a cell grows while the next card starts inside it.
  const sorted = [...placed].sort((a, b) => a.start - b.start || b.end - a.end);
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
  // used[t][c]: whether column c of track t is taken. Checking every column (not only
  // the track's last one) lets a card fill a gap left of a spanning card.
  const used: boolean[][] = [];
  const items: CellItem[] = [];
  // Spanning cards first so they take the top tracks, the way people read a map.
  const ordered = [...members].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const placed of ordered) {
    const column = placed.start - start;
    const span = Math.min(placed.end, end) - placed.start + 1;
    const free = (row: boolean[]) => row.slice(column, column + span).every((taken) => !taken);
    let track = used.findIndex(free);
    if (track === -1) {
      track = used.length;
      used.push(Array.from({ length: end - start + 1 }, () => false));
    }
    used[track]!.fill(true, column, column + span);
    items.push({ placed, column, span, track });
  }
  items.sort((a, b) => a.track - b.track || a.column - b.column);
  return { start, end, items, tracks: used.length };
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
