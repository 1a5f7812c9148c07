/** What keyboard navigation needs to know about a rendered lane. */
export interface NavRow {
  /** The lane's id. */
  id: string;
  /** Its cells in stage order, each with the ids of its cards in reading order. */
  cells: ReadonlyArray<{ start: number; end: number; cards: readonly string[]; key?: string }>;
}

/** A focus position: a cell, or a card inside it (`card` ≥ 0). */
export interface NavPosition {
  /** Row index. */
  row: number;
  /** Cell index within the row. */
  cell: number;
  /** Card index within the cell, or -1 for the cell itself. */
  card: number;
}

/** The keys the grid handles. */
export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const cellAt = (row: NavRow, stage: number) => {
  const i = row.cells.findIndex((c) => c.start <= stage && stage <= c.end);
  return i === -1 ? Math.max(0, row.cells.length - 1) : i;
};

/**
 * Where focus goes from `at` when `key` is pressed; returns `at` itself at an edge.
 * Left/right move between cells (mirrored when `rtl`), up/down move through the
 * cards of a cell and then to the lane above or below, Home/End go to a row's ends,
 * and with `ctrl` to the first or last cell of the grid.
 */
export function moveFocus(
  rows: readonly NavRow[],
  at: NavPosition,
  key: NavKey,
  { rtl = false, ctrl = false }: { rtl?: boolean; ctrl?: boolean } = {},
): NavPosition {
  const row = rows[at.row];
  if (!row || row.cells.length === 0) return at;
  const cell = row.cells[at.cell] ?? row.cells[0]!;
  const onCard = at.card >= 0;
  const enter = (r: number, c: number): NavPosition => {
    const target = rows[r]!.cells[c]!;
    return { row: r, cell: c, card: onCard && target.cards.length > 0 ? 0 : -1 };
  };
  let dir = key;
  if (rtl && (key === 'ArrowLeft' || key === 'ArrowRight')) dir = key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';

  switch (dir) {
    case 'ArrowRight':
      return at.cell + 1 < row.cells.length ? enter(at.row, at.cell + 1) : at;
    case 'ArrowLeft':
      return at.cell > 0 ? enter(at.row, at.cell - 1) : at;
    case 'ArrowDown': {
      if (at.card + 1 < cell.cards.length) return { ...at, card: at.card + 1 };
      for (let r = at.row + 1; r < rows.length; r++) {
        if (rows[r]!.cells.length > 0) return enter(r, cellAt(rows[r]!, cell.start));
      }
      return at;
    }
    case 'ArrowUp': {
      if (at.card > 0) return { ...at, card: at.card - 1 };
      if (at.card === 0) return { ...at, card: -1 };
      for (let r = at.row - 1; r >= 0; r--) {
        if (rows[r]!.cells.length > 0) return { row: r, cell: cellAt(rows[r]!, cell.start), card: -1 };
      }
      return at;
    }
    case 'Home':
    case 'PageUp': {
      const r = ctrl || dir === 'PageUp' ? rows.findIndex((x) => x.cells.length > 0) : at.row;
      return { row: r, cell: dir === 'PageUp' ? cellAt(rows[r]!, cell.start) : 0, card: -1 };
    }
    case 'End':
    case 'PageDown': {
      let r = at.row;
      if (ctrl || dir === 'PageDown')
        for (let i = rows.length - 1; i >= 0; i--)
          if (rows[i]!.cells.length > 0) {
            r = i;
            break;
          }
      return { row: r, cell: dir === 'PageDown' ? cellAt(rows[r]!, cell.start) : rows[r]!.cells.length - 1, card: -1 };
    }
    default:
      return at;
  }
}
