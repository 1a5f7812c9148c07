// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LaneCell } from '../../src/layout/cells';
import {
  buildNavRows,
  cardKey,
  cellKey,
  curveKey,
  curveStageKey,
  curveViewKey,
  findNavPosition,
  firstNavKey,
  isNavKey,
  navKeyAt,
  type NavKey,
  type NavPosition,
  type NavRow,
} from '../../src/layout/navigation';
import { moveFocus, nextNavKey, nextNavTarget, nextShownTarget } from '../../src/layout/navigationMoves';
import type { PlacedCard } from '../../src/model/normalize';

/**
 * Four stages. Row `a` has a cell spanning stages 1–2; row `c` is empty (every card
 * filtered out) and must be skipped; row `d` is one cell across the whole map.
 *
 *        stage 0     stage 1   stage 2   stage 3
 *   a    [a1 a2]     [   a3 (1–2)    ]   [ ]
 *   b    [ ]         [b1]      [ ]       [b2]
 *   c    (no cells)
 *   d    [              d1 (0–3)                ]
 */
const rows: NavRow[] = [
  {
    id: 'a',
    cells: [
      { start: 0, end: 0, cards: ['a1', 'a2'] },
      { start: 1, end: 2, cards: ['a3'] },
      { start: 3, end: 3, cards: [] },
    ],
  },
  {
    id: 'b',
    cells: [
      { start: 0, end: 0, cards: [] },
      { start: 1, end: 1, cards: ['b1'] },
      { start: 2, end: 2, cards: [] },
      { start: 3, end: 3, cards: ['b2'] },
    ],
  },
  { id: 'c', cells: [] },
  { id: 'd', cells: [{ start: 0, end: 3, cards: ['d1'] }] },
];

const at = (row: number, cell: number, card = -1): NavPosition => ({ row, cell, card });

/** A move, without the stage column it remembers (tested on its own below). */
const move = (...args: Parameters<typeof moveFocus>): NavPosition => {
  const { stage: _stage, ...position } = moveFocus(...args);
  return position;
};

/** Presses the keys one after another from `start` and returns every position visited. */
function walk(start: NavPosition, keys: NavKey[], options?: { rtl?: boolean; ctrl?: boolean }): NavPosition[] {
  const visited: NavPosition[] = [];
  let position = start;
  for (const key of keys) {
    position = move(rows, position, key, options);
    visited.push(position);
  }
  return visited;
}

describe('moveFocus', () => {
  describe('ArrowRight and ArrowLeft', () => {
    it('move between the cells of a row, treating a spanning cell as one step', () => {
      expect(walk(at(0, 0), ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft'])).toEqual([at(0, 1), at(0, 2), at(0, 1), at(0, 0)]);
    });

    it('from a card → land on the first card of the next cell, or on the cell itself when it is empty', () => {
      expect(move(rows, at(0, 0, 1), 'ArrowRight')).toEqual(at(0, 1, 0));
      expect(move(rows, at(0, 1, 0), 'ArrowRight')).toEqual(at(0, 2, -1));
      expect(move(rows, at(1, 3, 0), 'ArrowLeft')).toEqual(at(1, 2, -1));
      expect(move(rows, at(1, 2, -1), 'ArrowLeft')).toEqual(at(1, 1, -1));
    });

    it('stay put at the ends of a row', () => {
      expect(move(rows, at(0, 2), 'ArrowRight')).toEqual(at(0, 2));
      expect(move(rows, at(0, 0, 1), 'ArrowLeft')).toEqual(at(0, 0, 1));
    });

    it('are mirrored right to left: ArrowLeft goes to the next stage, ArrowRight to the previous one', () => {
      const rtl = { rtl: true };
      expect(move(rows, at(1, 0), 'ArrowLeft', rtl)).toEqual(at(1, 1));
      expect(move(rows, at(1, 1), 'ArrowRight', rtl)).toEqual(at(1, 0));
      expect(move(rows, at(1, 3), 'ArrowLeft', rtl)).toEqual(at(1, 3));
      expect(move(rows, at(1, 0), 'ArrowRight', rtl)).toEqual(at(1, 0));
    });

    it('rtl does not change up and down', () => {
      expect(move(rows, at(0, 0), 'ArrowDown', { rtl: true })).toEqual(at(0, 0, 0));
    });
  });

  describe('ArrowDown', () => {
    it('goes from a cell into its cards, through them, then to the lane below at the same stage', () => {
      expect(walk(at(0, 0), ['ArrowDown', 'ArrowDown', 'ArrowDown'])).toEqual([at(0, 0, 0), at(0, 0, 1), at(1, 0, -1)]);
    });

    it('from the last card of a cell → the first card of the cell below, when it has one', () => {
      expect(move(rows, at(0, 1, 0), 'ArrowDown')).toEqual(at(1, 1, 0));
    });

    it('skips lanes without cells', () => {
      expect(move(rows, at(1, 1, 0), 'ArrowDown')).toEqual(at(3, 0, 0));
      expect(move(rows, at(1, 2, -1), 'ArrowDown')).toEqual(at(3, 0, -1));
    });

    it('from a spanning cell → the cell below its first stage', () => {
      expect(move(rows, at(0, 1, -1), 'ArrowDown')).toEqual(at(0, 1, 0));
      expect(move(rows, at(0, 1, 0), 'ArrowDown')).toEqual(at(1, 1, 0));
    });

    it('stays put on the last card of the last lane', () => {
      expect(move(rows, at(3, 0, 0), 'ArrowDown')).toEqual(at(3, 0, 0));
    });
  });

  describe('ArrowUp', () => {
    it('goes back through the cards, to the cell, then to the cell above at the same stage', () => {
      expect(walk(at(1, 1, 0), ['ArrowUp', 'ArrowUp'])).toEqual([at(1, 1, -1), at(0, 1, -1)]);
      expect(move(rows, at(0, 0, 1), 'ArrowUp')).toEqual(at(0, 0, 0));
    });

    it('skips lanes without cells and finds the cell that covers the stage', () => {
      expect(move(rows, at(3, 0, -1), 'ArrowUp')).toEqual(at(1, 0, -1));
      // Stage 2 is inside a's spanning cell 1–2.
      expect(move(rows, at(1, 2, -1), 'ArrowUp')).toEqual(at(0, 1, -1));
    });

    it('stays put on the first lane', () => {
      expect(move(rows, at(0, 2, -1), 'ArrowUp')).toEqual(at(0, 2, -1));
    });
  });

  describe('Home, End, PageUp and PageDown', () => {
    it('Home and End go to the first and last cell of the row', () => {
      expect(move(rows, at(1, 2, -1), 'Home')).toEqual(at(1, 0));
      expect(move(rows, at(1, 1, 0), 'End')).toEqual(at(1, 3));
    });

    it('with Ctrl they go to the first cell of the first lane and the last cell of the last lane', () => {
      expect(move(rows, at(1, 2), 'Home', { ctrl: true })).toEqual(at(0, 0));
      expect(move(rows, at(0, 1, 0), 'End', { ctrl: true })).toEqual(at(3, 0));
    });

    it('PageUp and PageDown go to the first and last lane, staying at the stage', () => {
      expect(move(rows, at(1, 3, 0), 'PageUp')).toEqual(at(0, 2));
      expect(move(rows, at(0, 1), 'PageDown')).toEqual(at(3, 0));
      expect(move(rows, at(3, 0), 'PageUp')).toEqual(at(0, 0));
    });
  });

  it('leaves a position in an empty lane where it is', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'] as const) {
      expect(move(rows, at(2, 0), key)).toEqual(at(2, 0));
    }
  });

  it('property: any key from any valid position lands on a valid position', () => {
    const cellArb = fc.nat({ max: 3 }).map((n) => Array.from({ length: n }, (_, i) => `x${i}`));
    // A row splits four stages into cells at random cut points, or has no cells at all.
    const rowArb = fc.option(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), { nil: undefined }).chain((cuts) => {
      if (!cuts) return fc.constant<NavRow['cells']>([]);
      const bounds = [0, ...cuts.flatMap((cut, i) => (cut ? [i + 1] : [])), 4];
      return fc
        .tuple(...bounds.slice(0, -1).map(() => cellArb))
        .map((cards) => cards.map((c, i) => ({ start: bounds[i]!, end: bounds[i + 1]! - 1, cards: c })));
    });
    const gridArb = fc
      .array(rowArb, { minLength: 1, maxLength: 5 })
      .filter((cells) => cells.some((c) => c.length > 0))
      .map((cells) => cells.map((c, i) => ({ id: `r${i}`, cells: c })));
    const keyArb = fc.constantFrom<NavKey>('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown');

    fc.assert(
      fc.property(gridArb, fc.array(fc.tuple(keyArb, fc.boolean(), fc.boolean()), { maxLength: 20 }), (grid, presses) => {
        const first = grid.findIndex((r) => r.cells.length > 0);
        let position = at(first, 0);
        for (const [key, rtl, ctrl] of presses) {
          position = moveFocus(grid, position, key, { rtl, ctrl });
          const row = grid[position.row];
          expect(row?.cells.length).toBeGreaterThan(0);
          const cell = row!.cells[position.cell];
          expect(cell).toBeDefined();
          expect(position.card).toBeGreaterThanOrEqual(-1);
          expect(position.card).toBeLessThan(cell!.cards.length);
        }
      }),
    );
  });
});

describe('roving-focus keys', () => {
  it('name a cell by lane and first stage, a curve by lane, a card by id', () => {
    expect(cellKey('pains', 2)).toBe('cell:pains:2');
    expect(curveKey('feel')).toBe('curve:feel');
    expect(cardKey('c1')).toBe('card:c1');
  });

  it('findNavPosition finds cells and cards by key, and nothing for an unknown key', () => {
    expect(findNavPosition(rows, cellKey('a', 1))).toEqual(at(0, 1));
    expect(findNavPosition(rows, cardKey('a2'))).toEqual(at(0, 0, 1));
    expect(findNavPosition(rows, cardKey('d1'))).toEqual(at(3, 0, 0));
    expect(findNavPosition(rows, cellKey('c', 0))).toBeUndefined();
    expect(findNavPosition(rows, cardKey('nobody'))).toBeUndefined();
  });

  it('a cell may carry a key of its own (the curve), found by that key only', () => {
    const withCurve: NavRow[] = [{ id: 'curve:feel', cells: [{ start: 0, end: 3, cards: [], key: curveKey('feel') }] }, ...rows];
    expect(findNavPosition(withCurve, curveKey('feel'))).toEqual(at(0, 0));
    expect(navKeyAt(withCurve, at(0, 0))).toBe('curve:feel');
    expect(firstNavKey(withCurve)).toBe('curve:feel');
  });

  it('navKeyAt gives the key of a position, and nothing outside the rows', () => {
    expect(navKeyAt(rows, at(1, 3, 0))).toBe('card:b2');
    expect(navKeyAt(rows, at(1, 3))).toBe('cell:b:3');
    expect(navKeyAt(rows, at(2, 0))).toBeUndefined();
  });

  it('firstNavKey is the first cell of the first row with cells, or null', () => {
    expect(firstNavKey([{ id: 'c', cells: [] }, ...rows])).toBe('cell:a:0');
    expect(firstNavKey([{ id: 'c', cells: [] }])).toBeNull();
  });

  it('firstNavKey, where the page lacks some cells (a lane the host draws), is the first cell shown, or null', () => {
    expect(firstNavKey(rows, (key) => !key.startsWith('cell:a:'))).toBe('cell:b:0');
    expect(firstNavKey(rows, (key) => key === 'cell:d:0')).toBe('cell:d:0');
    expect(firstNavKey(rows, () => false)).toBeNull();
  });
});

describe('nextNavKey', () => {
  it('is the key focus goes to for a navigation key', () => {
    expect(nextNavKey(rows, cellKey('a', 0), 'ArrowDown')).toBe('card:a1');
    expect(nextNavKey(rows, cardKey('a2'), 'ArrowDown')).toBe('cell:b:0');
    expect(nextNavKey(rows, cellKey('b', 0), 'ArrowLeft', { rtl: true })).toBe('cell:b:1');
    expect(nextNavKey(rows, cellKey('b', 1), 'End', { ctrl: true })).toBe('cell:d:0');
  });

  it('is the same key at an edge', () => {
    expect(nextNavKey(rows, cellKey('a', 0), 'ArrowUp')).toBe('cell:a:0');
  });

  it('is undefined for other keys and for keys not in the rows', () => {
    expect(isNavKey('Enter')).toBe(false);
    expect(isNavKey('PageDown')).toBe(true);
    expect(nextNavKey(rows, cellKey('a', 0), 'Enter')).toBeUndefined();
    expect(nextNavKey(rows, 'cell:gone:0', 'ArrowDown')).toBeUndefined();
  });
});

describe('buildNavRows', () => {
  const placed = (id: string, start: number, end = start): PlacedCard => ({
    card: { id, stage: `s${start}`, lane: 'x', kind: 'action', title: id },
    start,
    end,
    row: 0,
  });
  const cell = (start: number, end: number, cards: PlacedCard[]): LaneCell => ({
    start,
    end,
    items: cards.map((p, track) => ({ placed: p, column: 0, span: 1, track })),
    tracks: cards.length,
  });

  it('makes a row per lane in the order given, each cell with its cards in reading order', () => {
    const cells = new Map([
      ['touch', [cell(0, 0, [placed('t1', 0), placed('t2', 0)]), cell(1, 2, [placed('t3', 1, 2)])]],
      ['pain', [cell(0, 0, []), cell(1, 1, []), cell(2, 2, [])]],
    ]);
    const built = buildNavRows({
      lanes: [
        { id: 'pain', kind: 'pains' },
        { id: 'touch', kind: 'touchpoints' },
      ],
      cells,
      stageCount: 3,
    });
    expect(built).toEqual([
      {
        id: 'pain',
        cells: [
          { start: 0, end: 0, cards: [] },
          { start: 1, end: 1, cards: [] },
          { start: 2, end: 2, cards: [] },
        ],
      },
      {
        id: 'touch',
        cells: [
          { start: 0, end: 0, cards: ['t1', 't2'] },
          { start: 1, end: 2, cards: ['t3'] },
        ],
      },
    ]);
  });

  it('makes an emotion lane a row of its view toggle and a cell per stage, and a second row only when cards sit in it', () => {
    const empty = buildNavRows({
      lanes: [{ id: 'feel', kind: 'emotion' }],
      cells: new Map([['feel', [cell(0, 0, []), cell(1, 1, [])]]]),
      stageCount: 2,
    });
    expect(empty).toEqual([
      {
        id: 'curve:feel',
        cells: [
          { start: -1, end: -1, cards: [], key: 'curve:feel:view' },
          { start: 0, end: 0, cards: [], key: 'curve:feel:0' },
          { start: 1, end: 1, cards: [], key: 'curve:feel:1' },
        ],
      },
    ]);
    const withCards = buildNavRows({
      lanes: [{ id: 'feel', kind: 'emotion' }],
      cells: new Map([['feel', [cell(0, 0, [placed('f1', 0)]), cell(1, 1, [])]]]),
      stageCount: 2,
    });
    expect(withCards.map((row) => row.id)).toEqual(['curve:feel', 'feel']);
    expect(withCards[1]!.cells[0]!.cards).toEqual(['f1']);
  });

  it('gives a lane without cells an empty row, which navigation skips', () => {
    expect(buildNavRows({ lanes: [{ id: 'gone', kind: 'pains' }], cells: new Map(), stageCount: 2 })).toEqual([{ id: 'gone', cells: [] }]);
  });
});

describe('the stage column is kept through every row (React Aria grid style)', () => {
  /** Presses the keys one after another, carrying the remembered column, and returns the keys visited. */
  function keys(grid: readonly NavRow[], from: string, pressed: NavKey[], options: { rtl?: boolean } = {}): string[] {
    const out: string[] = [];
    let key = from;
    let stage: number | undefined;
    for (const k of pressed) {
      const next = nextNavTarget(grid, key, k, { ...options, stage })!;
      key = next.key;
      stage = next.stage;
      out.push(key);
    }
    return out;
  }

  it('down through a cell across every stage and up again → back in the column started from, not the cell’s first', () => {
    expect(keys(rows, cellKey('b', 2), ['ArrowDown', 'ArrowUp'])).toEqual([cellKey('d', 0), cellKey('b', 2)]);
    expect(keys(rows, cardKey('b2'), ['ArrowDown', 'ArrowUp', 'ArrowUp'])).toEqual([cardKey('d1'), cellKey('d', 0), cellKey('b', 3)]);
  });

  it('up into a spanning cell, through its cards and down again → the column started from', () => {
    expect(keys(rows, cellKey('b', 2), ['ArrowUp', 'ArrowDown', 'ArrowDown'])).toEqual([cellKey('a', 1), cardKey('a3'), cellKey('b', 2)]);
  });

  it('Left and Right start a new column: the cell moved to', () => {
    expect(keys(rows, cardKey('b2'), ['ArrowDown', 'ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowUp'])).toEqual([
      cardKey('d1'),
      cellKey('d', 0),
      cellKey('b', 3),
      cellKey('b', 2),
      cellKey('a', 1),
    ]);
  });

  it('PageUp and PageDown keep the column; Home and End start a new one', () => {
    expect(keys(rows, cellKey('b', 3), ['PageDown', 'PageUp'])).toEqual([cellKey('d', 0), cellKey('a', 3)]);
    expect(keys(rows, cellKey('b', 1), ['End', 'PageUp'])).toEqual([cellKey('b', 3), cellKey('a', 3)]);
  });

  /** The map: a lane, the curve, a lane, a blueprint lane, over five stages. */
  const five = () => Array.from({ length: 5 }, (_, i) => ({ start: i, end: i, cards: [] as string[] }));
  const curve = (id: string): NavRow => ({
    id: curveKey(id),
    cells: [
      { start: -1, end: -1, cards: [], key: curveViewKey(id) },
      ...Array.from({ length: 5 }, (_, i) => ({ start: i, end: i, cards: [], key: curveStageKey(id, i) })),
    ],
  });
  const map: NavRow[] = [
    { id: 'touch', cells: five() },
    curve('feel'),
    { id: 'pains', cells: five() },
    { id: 'backstage', cells: [...five().slice(0, 2), { start: 2, end: 4, cards: ['b1'] }] },
  ];

  it('ArrowDown from stage 4 goes through the curve at stage 4 and on to stage 4 of every lane below, and back up', () => {
    expect(keys(map, cellKey('touch', 4), ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp', 'ArrowUp'])).toEqual([
      curveStageKey('feel', 4),
      cellKey('pains', 4),
      cellKey('backstage', 2),
      cellKey('pains', 4),
      curveStageKey('feel', 4),
      cellKey('touch', 4),
    ]);
  });

  it('the same right to left: columns are stages, whatever the direction', () => {
    expect(keys(map, cellKey('touch', 3), ['ArrowDown', 'ArrowLeft', 'ArrowDown'], { rtl: true })).toEqual([
      curveStageKey('feel', 3),
      curveStageKey('feel', 4),
      cellKey('pains', 4),
    ]);
  });

  it('the curve’s view toggle is its row’s first cell: Left from the first stage or Home reach it, Down leaves for the first cells', () => {
    expect(keys(map, curveStageKey('feel', 0), ['ArrowLeft', 'ArrowRight'])).toEqual([curveViewKey('feel'), curveStageKey('feel', 0)]);
    // The header's column is kept through lanes whose header is not a stop.
    expect(keys(map, curveStageKey('feel', 3), ['Home', 'ArrowDown', 'ArrowUp'])).toEqual([
      curveViewKey('feel'),
      cellKey('pains', 0),
      curveViewKey('feel'),
    ]);
    expect(keys(map, cellKey('touch', 0), ['ArrowDown'])).toEqual([curveStageKey('feel', 0)]);
    expect(keys(map, curveStageKey('feel', 2), ['End'])).toEqual([curveStageKey('feel', 4)]);
  });

  it('Ctrl+Home and Ctrl+End go to the first cell of the first row and the last cell of the last row', () => {
    expect(nextNavKey(map, curveStageKey('feel', 2), 'Home', { ctrl: true })).toBe(cellKey('touch', 0));
    expect(nextNavKey(map, cellKey('touch', 1), 'End', { ctrl: true })).toBe(cellKey('backstage', 2));
  });

  it('with no column given, Up and Down keep the cell’s first stage', () => {
    expect(nextNavTarget(rows, cardKey('a3'), 'ArrowDown')).toEqual({ key: cardKey('b1'), stage: 1 });
  });
});

describe('nextShownTarget: past the stops the page lacks (a lane the host draws itself)', () => {
  // Row b is drawn by the host: none of its cells or cards is in the page.
  const noB = (key: string) => !key.startsWith('cell:b:') && !['card:b1', 'card:b2'].includes(key);
  const noA = (key: string) => !key.startsWith('cell:a:') && !['card:a1', 'card:a2', 'card:a3'].includes(key);
  const noD = (key: string) => key !== cellKey('d', 0) && key !== cardKey('d1');

  it('Down and Up cross the lane, in the stage column the user is in', () => {
    expect(nextShownTarget(rows, cellKey('a', 3), 'ArrowDown', {}, noB)).toEqual({ key: cardKey('d1'), stage: 3 });
    expect(nextShownTarget(rows, cardKey('a3'), 'ArrowDown', {}, noB)?.key).toBe(cardKey('d1'));
    expect(nextShownTarget(rows, cellKey('d', 0), 'ArrowUp', { stage: 3 }, noB)?.key).toBe(cellKey('a', 3));
  });

  it('PageUp and Ctrl+Home reach the first row shown, PageDown and Ctrl+End the last; Ctrl+Home and Ctrl+End its first and last cell', () => {
    expect(nextShownTarget(rows, cellKey('d', 0), 'PageUp', { stage: 3 }, noA)?.key).toBe(cellKey('b', 3));
    expect(nextShownTarget(rows, cellKey('d', 0), 'Home', { ctrl: true }, noA)?.key).toBe(cellKey('b', 0));
    expect(nextShownTarget(rows, cellKey('a', 3), 'PageDown', {}, noD)?.key).toBe(cellKey('b', 3));
    expect(nextShownTarget(rows, cellKey('a', 0), 'End', { ctrl: true }, noD)?.key).toBe(cellKey('b', 3));
  });

  it('is undefined where no stop shown lies that way, and where every stop is shown it moves as nextNavTarget does', () => {
    expect(nextShownTarget(rows, cellKey('a', 0), 'ArrowDown', {}, (key) => key.startsWith('cell:a:'))).toBeUndefined();
    expect(nextShownTarget(rows, cellKey('d', 0), 'ArrowUp', {}, noA)?.key).toBe(cellKey('b', 0));
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']) {
      for (const ctrl of [false, true]) {
        expect(nextShownTarget(rows, cardKey('b1'), key, { ctrl }, () => true)).toEqual(nextNavTarget(rows, cardKey('b1'), key, { ctrl }));
      }
    }
  });
});
