import { findNavPosition, isNavKey, navKeyAt, type NavKey, type NavPosition, type NavRow } from './navigation';

// Where focus goes when a key is pressed, in the grid. A module of its own: the map
// loads it on demand (with the details popover, before the first key press can need it),
// so that a page that only shows a map does not ship it at first.

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

/**
 * Like {@link nextNavTarget}, past the stops the page lacks (a lane the host draws itself
 * holds none of its cells): a move onto one that is not `shown` goes on until it reaches
 * one that is — Up and Down the same way, PageUp and Ctrl+Home back down to the first row
 * shown, PageDown and Ctrl+End back up to the last (Ctrl+Home and Ctrl+End then to that
 * row's first or last cell) — or is `undefined` where none is.
 */
export function nextShownTarget(
  rows: readonly NavRow[],
  from: string,
  key: string,
  options: NavOptions,
  shown: (key: string) => boolean,
): NavTarget | undefined {
  const corner = options.ctrl && (key === 'Home' || key === 'End');
  const on = key === 'PageUp' || (corner && key === 'Home') ? 'ArrowDown' : key === 'PageDown' || corner ? 'ArrowUp' : key;
  let found = nextNavTarget(rows, from, key, options);
  for (const seen = new Set<string>(); found && !shown(found.key) && !seen.has(found.key);) {
    seen.add(found.key);
    found = nextNavTarget(rows, found.key, on, { ...options, ctrl: false, stage: found.stage });
  }
  if (found && corner) found = nextNavTarget(rows, found.key, key, { ...options, ctrl: false });
  return found && shown(found.key) ? found : undefined;
}

/** Like {@link nextNavTarget}, the key only. */
export function nextNavKey(rows: readonly NavRow[], from: string, key: string, options: NavOptions = {}): string | undefined {
  return nextNavTarget(rows, from, key, options)?.key;
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
