import type { LaneCell } from './cells';

/**
 * The grid's keyboard model, as a pure delegate (after React Aria's
 * `GridKeyboardDelegate`): the rows and cells that take focus, the roving-focus key
 * of each, and where focus goes when a key is pressed. The grid only looks up the
 * element with the key this returns and focuses it.
 */

/** What keyboard navigation needs to know about a rendered lane. */
export interface NavRow {
  /** The lane's id (or, for an emotion curve's row, its key). */
  id: string;
  /** Its cells in stage order, each with the ids of its cards in reading order. */
  cells: ReadonlyArray<NavCell>;
}

/** A cell of a {@link NavRow}. */
export interface NavCell {
  /** First stage index. */
  start: number;
  /** Last stage index (inclusive). */
  end: number;
  /** Ids of its cards in reading order. */
  cards: readonly string[];
  /** Its roving-focus key when not the usual {@link cellKey}. */
  key?: string;
}

/** A focus position: a cell, or a card inside it (`card` ≥ 0). */
export interface NavPosition {
  /** Row index. */
  row: number;
  /** Cell index within the row. */
  cell: number;
  /** Card index within the cell, or -1 for the cell itself. */
  card: number;
  /**
   * The stage column the user is in: Up and Down keep it through cells that span several
   * stages (like React Aria's grid), so that moving down a spanning cell and on comes back
   * to the column started from. Default: the cell's first stage.
   */
  stage?: number;
}

/** The keys the grid handles. */
export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const NAV_KEYS = /^(?:Arrow(?:Up|Down|Left|Right)|Home|End|Page(?:Up|Down))$/;

/** Whether a `KeyboardEvent.key` is one the grid moves focus with. */
export const isNavKey = (key: string): key is NavKey => NAV_KEYS.test(key);

/** The roving-focus key of a lane's cell: `cell:<lane id>:<first stage index>`. */
export const cellKey = (laneId: string, start: number): string => `cell:${laneId}:${start}`;

/** The roving-focus key of an emotion curve's row: `curve:<lane id>`. */
export const curveKey = (laneId: string): string => `curve:${laneId}`;

/** The roving-focus key of an emotion curve's cell at a stage: `curve:<lane id>:<stage index>`. */
export const curveStageKey = (laneId: string, stage: number): string => `curve:${laneId}:${stage}`;

/** The roving-focus key of an emotion curve's chart/table toggle, in its row header: `curve:<lane id>:view`. */
export const curveViewKey = (laneId: string): string => `curve:${laneId}:view`;

/** The stage of the rowheader column: before the first stage. */
export const HEADER_STAGE = -1;

/** The roving-focus key of a card: `card:<card id>`. */
export const cardKey = (cardId: string): string => `card:${cardId}`;

/** The roving-focus key of a cell of a row. */
export const navKeyOf = (row: NavRow, cell: NavCell): string => cell.key ?? cellKey(row.id, cell.start);

/** Where the element with roving-focus key `key` (a cell's or a card's) sits in the rows, if anywhere. */
export function findNavPosition(rows: readonly NavRow[], key: string): NavPosition | undefined {
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.cells.entries()) {
      if (key === navKeyOf(row, cell)) return { row: r, cell: c, card: -1 };
      const card = cell.cards.findIndex((id) => key === cardKey(id));
      if (card !== -1) return { row: r, cell: c, card };
    }
  }
  return undefined;
}

/** The roving-focus key at a position. */
export function navKeyAt(rows: readonly NavRow[], at: NavPosition): string | undefined {
  const row = rows[at.row];
  const cell = row?.cells[at.cell];
  if (!row || !cell) return undefined;
  const card = at.card >= 0 ? cell.cards[at.card] : undefined;
  return card !== undefined ? cardKey(card) : navKeyOf(row, cell);
}

/**
 * The key holding the grid's one tab stop before anything is focused: its first cell's, or
 * null. Where the page lacks some cells (a lane the host draws itself), the first of those
 * `shown`.
 */
export function firstNavKey(rows: readonly NavRow[], shown: (key: string) => boolean = () => true): string | null {
  for (const row of rows) for (const cell of row.cells) if (shown(navKeyOf(row, cell))) return navKeyOf(row, cell);
  return null;
}

/**
 * The rows keyboard navigation moves through, one per lane in the order drawn. An
 * emotion lane is its curve's row — the chart/table toggle in its header, then a cell
 * per stage — followed by a row of its own when cards sit in the lane too (they are
 * drawn under the curve).
 */
export function buildNavRows({
  lanes,
  cells,
  stageCount,
}: {
  lanes: ReadonlyArray<{ id: string; kind: string }>;
  cells: ReadonlyMap<string, readonly LaneCell[]>;
  stageCount: number;
}): NavRow[] {
  const rows: NavRow[] = [];
  for (const lane of lanes) {
    const laneCells = cells.get(lane.id) ?? [];
    if (lane.kind === 'emotion') {
      const stages = Array.from({ length: stageCount }, (_, i) => ({ start: i, end: i, cards: [], key: curveStageKey(lane.id, i) }));
      const toggle = { start: HEADER_STAGE, end: HEADER_STAGE, cards: [], key: curveViewKey(lane.id) };
      rows.push({ id: curveKey(lane.id), cells: stageCount > 0 ? [toggle, ...stages] : [] });
      if (!laneCells.some((cell) => cell.items.length > 0)) continue;
    }
    rows.push({
      id: lane.id,
      cells: laneCells.map((cell) => ({ start: cell.start, end: cell.end, cards: cell.items.map((item) => item.placed.card.id) })),
    });
  }
  return rows;
}
