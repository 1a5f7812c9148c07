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

/** The key holding the grid's one tab stop before anything is focused: its first cell's, or null. */
export function firstNavKey(rows: readonly NavRow[]): string | null {
  const row = rows.find((r) => r.cells.length > 0);
  return row ? navKeyOf(row, row.cells[0]!) : null;
}

/** Where focus goes: the element's roving-focus key and the stage column the user is in. */
export interface NavTarget {
  /** Roving-focus key of the element to focus. */
  key: string;
  /** The stage column to keep on the next Up or Down (see {@link NavPosition.stage}). */
  stage: number;
}

/** Options of a move. */
export interface NavOptions {
  /** Right to left: Left and Right are mirrored. */
  rtl?: boolean;
  /** Ctrl (or ⌘) is held: Home and End go to the grid's first and last cell. */
  ctrl?: boolean;
  /** The stage column the user was in, when the move starts from where the last one ended. */
  stage?: number;
}

/**
 * Where focus goes from the element with key `from` when `key` is pressed, and the stage
 * column to remember (`from` itself at an edge), or `undefined` when `key` is not a
 * navigation key or `from` is not in the rows.
 */
export function nextNavTarget(rows: readonly NavRow[], from: string, key: string, options: NavOptions = {}): NavTarget | undefined {
  if (!isNavKey(key)) return undefined;
  const at = findNavPosition(rows, from);
  if (!at) return undefined;
  const to = moveFocus(rows, { ...at, stage: options.stage }, key, options);
  const next = navKeyAt(rows, to);
  return next === undefined ? undefined : { key: next, stage: to.stage ?? rows[to.row]!.cells[to.cell]!.start };
}

/** Like {@link nextNavTarget}, the key only. */
export function nextNavKey(rows: readonly NavRow[], from: string, key: string, options: NavOptions = {}): string | undefined {
  return nextNavTarget(rows, from, key, options)?.key;
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

/** The cell of a row that covers a stage; before the first cell, the first; past a gap or the end, the one before. */
function cellAt(row: NavRow, stage: number): number {
  let found = 0;
  for (const [i, c] of row.cells.entries()) {
    if (c.start > stage) break;
    found = i;
  }
  return found;
}

/**
 * Where focus goes from `at` when `key` is pressed; returns `at` itself at an edge. After
 * the WAI-ARIA grid pattern: Left and Right move between cells (mirrored when `rtl`); Up
 * and Down move through the cards of a cell and then to the row above or below, in the
 * stage column the user is in (`at.stage`, kept through spanning cells); Home and End go
 * to the first and last cell of the row, and with `ctrl` to the first cell of the first
 * row and the last cell of the last row; PageUp and PageDown go to the first and last
 * row, in the same column. The result's `stage` is the column to keep.
 */
export function moveFocus(
  rows: readonly NavRow[],
  at: NavPosition,
  key: NavKey,
  { rtl = false, ctrl = false }: NavOptions = {},
): NavPosition {
  const row = rows[at.row];
  if (!row || row.cells.length === 0) return at;
  const cell = row.cells[at.cell] ?? row.cells[0]!;
  // The column kept while moving up and down: the one given (the row header's column, too,
  // through rows whose header is not a stop), else the cell's first stage.
  const stage = at.stage ?? cell.start;
  // Moving to another cell from a card lands on that cell's first card, if it has one.
  const enter = (r: number, c: number, keep: number): NavPosition => ({
    row: r,
    cell: c,
    card: at.card >= 0 && rows[r]!.cells[c]!.cards.length > 0 ? 0 : -1,
    stage: keep,
  });
  const across = (r: number, c: number) => enter(r, c, rows[r]!.cells[c]!.start);
  // The nearest row from `from` on, in the direction of `step`, that has cells; -1 when none.
  const rowFrom = (from: number, step: 1 | -1): number => {
    for (let r = from; r >= 0 && r < rows.length; r += step) if (rows[r]!.cells.length > 0) return r;
    return -1;
  };

  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      const c = at.cell + ((key === 'ArrowRight') !== rtl ? 1 : -1);
      return c >= 0 && c < row.cells.length ? across(at.row, c) : at;
    }
    case 'ArrowDown': {
      if (at.card + 1 < cell.cards.length) return { ...at, card: at.card + 1, stage };
      const r = rowFrom(at.row + 1, 1);
      return r < 0 ? at : enter(r, cellAt(rows[r]!, stage), stage);
    }
    case 'ArrowUp': {
      // From a card to the one above it, or from the first card to its cell.
      if (at.card >= 0) return { ...at, card: at.card - 1, stage };
      const r = rowFrom(at.row - 1, -1);
      return r < 0 ? at : { row: r, cell: cellAt(rows[r]!, stage), card: -1, stage };
    }
    case 'PageUp':
    case 'PageDown': {
      const r = key === 'PageUp' ? rowFrom(0, 1) : rowFrom(rows.length - 1, -1);
      return { row: r, cell: cellAt(rows[r]!, stage), card: -1, stage };
    }
    default: {
      // Home and End: the row's ends, or with Ctrl the grid's.
      const first = key === 'Home';
      const r = ctrl ? (first ? rowFrom(0, 1) : rowFrom(rows.length - 1, -1)) : at.row;
      const target = rows[r]!;
      const c = first ? 0 : target.cells.length - 1;
      return { row: r, cell: c, card: -1, stage: target.cells[c]!.start };
    }
  }
}
