// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardPlacement, laneCells, parkLanes, phaseSpans, reuseCells, type LaneCell } from '../../src/layout/cells';
import type { PlacedCard } from '../../src/model/normalize';

/** A placed card in lane 0 from stage `start` to stage `end` (inclusive). */
function placed(id: string, start: number, end = start): PlacedCard {
  return { card: { id, stage: `s${start}`, lane: 'l', kind: 'action', title: id }, start, end, row: 0 };
}

/** Each cell as `start-end: id@track/column+span …`, easy to read in a failure. */
function describeCells(cells: readonly LaneCell[]): string[] {
  return cells.map(
    (cell) => `${cell.start}-${cell.end}:` + cell.items.map((i) => ` ${i.placed.card.id}@${i.track}/${i.column}+${i.span}`).join(''),
  );
}

describe('laneCells', () => {
  it('given no cards → one empty cell per stage', () => {
    const cells = laneCells({ placed: [], stageCount: 3 });
    expect(cells).toEqual([
      { start: 0, end: 0, items: [], tracks: 0 },
      { start: 1, end: 1, items: [], tracks: 0 },
      { start: 2, end: 2, items: [], tracks: 0 },
    ]);
  });

  it('given no stages → no cells', () => {
    expect(laneCells({ placed: [], stageCount: 0 })).toEqual([]);
  });

  it('given single-stage cards → each sits in its own stage, stacked on tracks in input order', () => {
    const cells = laneCells({ placed: [placed('a', 0), placed('b', 2), placed('c', 2)], stageCount: 3 });
    expect(describeCells(cells)).toEqual(['0-0: a@0/0+1', '1-1:', '2-2: b@0/0+1 c@1/0+1']);
    expect(cells.map((c) => c.tracks)).toEqual([1, 0, 2]);
  });

  it('given a card spanning stages 1–3 → those stages merge into one cell and the card spans three columns', () => {
    const cells = laneCells({ placed: [placed('wide', 1, 3)], stageCount: 5 });
    expect(describeCells(cells)).toEqual(['0-0:', '1-3: wide@0/0+3', '4-4:']);
  });

  it('given spans that overlap in a chain → one cell covers the whole chain', () => {
    const cells = laneCells({ placed: [placed('a', 0, 1), placed('b', 1, 2), placed('c', 2, 3)], stageCount: 5 });
    expect(cells.map((c) => [c.start, c.end])).toEqual([
      [0, 3],
      [4, 4],
    ]);
    // a and b share stage 1, b and c share stage 2: a and c can share a track.
    expect(describeCells(cells)[0]).toBe('0-3: a@0/0+2 c@0/2+2 b@1/1+2');
  });

  it('given spans that only touch end to start → they stay in separate cells', () => {
    const cells = laneCells({ placed: [placed('a', 0, 1), placed('b', 2, 3)], stageCount: 4 });
    expect(describeCells(cells)).toEqual(['0-1: a@0/0+2', '2-3: b@0/0+2']);
  });

  it('puts spanning cards on the top track and single cards under them', () => {
    const cells = laneCells({ placed: [placed('x', 1), placed('y', 2), placed('wide', 1, 2)], stageCount: 3 });
    expect(describeCells(cells)).toEqual(['0-0:', '1-2: wide@0/0+2 x@1/0+1 y@1/1+1']);
    expect(cells[1]!.tracks).toBe(2);
  });

  it('fills the gap beside a spanning card instead of opening a new track', () => {
    // Two overlapping spans need two tracks; the single cards fit into the gaps they leave.
    const cells = laneCells({
      placed: [placed('left', 1), placed('s1', 1, 2), placed('s2', 2, 3), placed('right', 3)],
      stageCount: 4,
    });
    expect(describeCells(cells)).toEqual(['0-0:', '1-3: s1@0/0+2 right@0/2+1 left@1/0+1 s2@1/1+2']);
    expect(cells[1]!.tracks).toBe(2);
  });

  it('clips a card that runs past the last stage to the last column', () => {
    const cells = laneCells({ placed: [placed('long', 1, 9)], stageCount: 3 });
    expect(describeCells(cells)).toEqual(['0-0:', '1-2: long@0/0+2']);
  });

  it('does not depend on the order the cards come in', () => {
    const cards = [placed('a', 0, 2), placed('b', 1), placed('c', 3), placed('d', 2, 3)];
    const forward = describeCells(laneCells({ placed: cards, stageCount: 5 }));
    expect(describeCells(laneCells({ placed: [...cards].reverse(), stageCount: 5 }))).toEqual(forward);
  });

  describe('property: for any cards placed in a lane', () => {
    const lane = fc
      .integer({ min: 1, max: 10 })
      .chain((stageCount) =>
        fc.record({
          stageCount: fc.constant(stageCount),
          spans: fc.array(fc.record({ start: fc.nat({ max: stageCount - 1 }), length: fc.nat({ max: 4 }) }), { maxLength: 25 }),
        }),
      )
      .map(({ stageCount, spans }) => ({
        stageCount,
        cards: spans.map((s, i) => placed(`c${i}`, s.start, s.start + s.length)),
      }));

    it('every card is in exactly one cell, at its own columns', () => {
      fc.assert(
        fc.property(lane, ({ stageCount, cards }) => {
          const cells = laneCells({ placed: cards, stageCount });
          const seen = new Map<PlacedCard, number>();
          for (const cell of cells) {
            for (const item of cell.items) {
              seen.set(item.placed, (seen.get(item.placed) ?? 0) + 1);
              const lastStage = Math.min(item.placed.end, stageCount - 1);
              expect(cell.start + item.column).toBe(item.placed.start);
              expect(cell.start + item.column + item.span - 1).toBe(lastStage);
              expect(item.placed.start).toBeGreaterThanOrEqual(cell.start);
              expect(lastStage).toBeLessThanOrEqual(cell.end);
            }
          }
          expect(seen.size).toBe(cards.length);
          for (const count of seen.values()) expect(count).toBe(1);
        }),
      );
    });

    it('cells cover every stage, in order, without overlapping', () => {
      fc.assert(
        fc.property(lane, ({ stageCount, cards }) => {
          const cells = laneCells({ placed: cards, stageCount });
          let next = 0;
          for (const cell of cells) {
            expect(cell.start).toBe(next);
            expect(cell.end).toBeGreaterThanOrEqual(cell.start);
            next = cell.end + 1;
          }
          expect(next).toBe(stageCount);
        }),
      );
    });

    it('a cell joins stages only where a card spans across them', () => {
      fc.assert(
        fc.property(lane, ({ stageCount, cards }) => {
          for (const cell of laneCells({ placed: cards, stageCount })) {
            for (let stage = cell.start; stage < cell.end; stage++) {
              const bridged = cell.items.some((i) => i.placed.start <= stage && i.placed.end >= stage + 1);
              expect(bridged, `stages ${stage} and ${stage + 1}`).toBe(true);
            }
          }
        }),
      );
    });

    it('items on one track never overlap, and tracks are numbered 0…tracks-1 without gaps', () => {
      fc.assert(
        fc.property(lane, ({ stageCount, cards }) => {
          for (const cell of laneCells({ placed: cards, stageCount })) {
            const width = cell.end - cell.start + 1;
            const taken = Array.from({ length: cell.tracks }, () => new Array<boolean>(width).fill(false));
            for (const item of cell.items) {
              expect(item.track).toBeGreaterThanOrEqual(0);
              expect(item.track).toBeLessThan(cell.tracks);
              for (let c = item.column; c < item.column + item.span; c++) {
                expect(taken[item.track]![c], `track ${item.track} column ${c}`).toBe(false);
                taken[item.track]![c] = true;
              }
            }
            for (const track of taken) expect(track.some(Boolean)).toBe(true);
          }
        }),
      );
    });

    it('items come by track, then column', () => {
      fc.assert(
        fc.property(lane, ({ stageCount, cards }) => {
          for (const cell of laneCells({ placed: cards, stageCount })) {
            const order = cell.items.map((i) => [i.track, i.column] as const);
            const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
            expect(order).toEqual(sorted);
          }
        }),
      );
    });
  });
});

describe('cardPlacement', () => {
  it('leaves the cards of a one-stage cell to the grid, and places those of a shared cell by column and track', () => {
    const cells = laneCells({ placed: [placed('a', 0), placed('b', 0), placed('wide', 1, 2), placed('c', 2)], stageCount: 3 });
    expect(cells[0]!.items.map((item) => cardPlacement(cells[0]!, item))).toEqual([undefined, undefined]);
    expect(cells[1]!.items.map((item) => [item.placed.card.id, cardPlacement(cells[1]!, item)])).toEqual([
      ['wide', { gridColumn: '1 / span 2', gridRow: 1 }],
      ['c', { gridColumn: '2 / span 1', gridRow: 2 }],
    ]);
  });

  it('the grid’s own placement is the packing’s: in a one-stage cell the n-th card sits on track n of its one column', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.nat(2)), { maxLength: 40 }), (spec) => {
        const cards = spec.map(([start, extra], i) => placed(`c${i}`, start, start + extra));
        for (const cell of laneCells({ placed: cards, stageCount: 6 })) {
          if (cell.start !== cell.end) continue;
          cell.items.forEach((item, index) => {
            expect(cardPlacement(cell, item)).toBeUndefined();
            expect([item.track, item.column, item.span]).toEqual([index, 0, 1]);
          });
        }
      }),
    );
  });

  it('a card keeps its placement when one above it in a one-stage cell is filtered out, so it is not drawn again', () => {
    const all = laneCells({ placed: [placed('a', 0), placed('b', 0), placed('c', 0)], stageCount: 1 })[0]!;
    const some = laneCells({ placed: [placed('b', 0), placed('c', 0)], stageCount: 1 })[0]!;
    const where = (cell: LaneCell, id: string) =>
      cardPlacement(
        cell,
        cell.items.find((item) => item.placed.card.id === id)!,
      );
    expect(where(some, 'c')).toEqual(where(all, 'c'));
    expect(some.items.map((item) => item.placed.card.id)).toEqual(['b', 'c']);
  });
});

describe('phaseSpans', () => {
  const stageIndex = new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
    ['d', 3],
  ]);
  it('places each phase at its first stage, spanning its stages', () => {
    const phases = [
      { id: 'buy', stages: ['a', 'b'] },
      { id: 'own', stages: ['c', 'd'] },
    ];
    expect(phaseSpans({ phases, stageIndex }).map((p) => [p.phase.id, p.start, p.span])).toEqual([
      ['buy', 0, 2],
      ['own', 2, 2],
    ]);
  });
  it('narrows a phase to the stages still shown and drops a phase with none', () => {
    const shown = new Map([
      ['b', 0],
      ['d', 1],
    ]);
    const phases = [
      { id: 'buy', stages: ['a', 'b'] },
      { id: 'gone', stages: ['c'] },
      { id: 'own', stages: ['d'] },
    ];
    expect(phaseSpans({ phases, stageIndex: shown }).map((p) => [p.phase.id, p.start, p.span])).toEqual([
      ['buy', 0, 1],
      ['own', 1, 1],
    ]);
  });
});

describe('reuseCells', () => {
  const a = placed('a', 0);
  const b = placed('b', 1);
  const c = placed('c', 1, 2);
  const lanes = (...cards: PlacedCard[]) => new Map([['l', laneCells({ placed: cards, stageCount: 4 })]]);

  it('keeps the objects of cells that draw the same, and the lane list when every cell stayed', () => {
    const before = lanes(a, b);
    const same = reuseCells(before, lanes(a, b));
    expect(same.get('l')).toBe(before.get('l'));
  });

  it('gives new objects only to the cells a change touched', () => {
    const before = lanes(a, b);
    const renamed = { ...b, card: { ...b.card, title: 'B' } };
    const after = reuseCells(before, lanes(a, renamed)).get('l')!;
    expect(after).not.toBe(before.get('l'));
    expect(after[0]).toBe(before.get('l')![0]);
    expect(after[1]).not.toBe(before.get('l')![1]);
    expect(after[2]).toBe(before.get('l')![2]);
    expect(after[1]!.items[0]!.placed.card.title).toBe('B');
  });

  it('takes a joined cell as new when a span joins or splits stages, and keeps the cells around it', () => {
    const before = lanes(a, b);
    const after = reuseCells(before, lanes(a, c)).get('l')!;
    expect(describeCells(after)).toEqual(['0-0: a@0/0+1', '1-2: c@0/0+2', '3-3:']);
    expect(after[0]).toBe(before.get('l')![0]);
    expect(after[2]).toBe(before.get('l')![3]);
  });

  it('takes lanes it has not seen as they are', () => {
    const next = lanes(a);
    expect(reuseCells(new Map(), next).get('l')).toBe(next.get('l'));
  });
});

describe('parkLanes', () => {
  const cells = (start: number): LaneCell[] => [{ start, end: start, items: [], tracks: 0 }];
  const a = cells(0);
  const b = cells(1);
  const c = cells(2);

  it('adds the lanes drawn before that are left out now, with the cells they had, and returns their ids', () => {
    const next = new Map([['a', cells(0)]]);
    const parked = parkLanes(
      new Map([
        ['a', a],
        ['b', b],
        ['c', c],
      ]),
      next,
    );
    expect([...parked]).toEqual(['b', 'c']);
    expect(next.get('b')).toBe(b);
    expect(next.get('c')).toBe(c);
    // A lane drawn now keeps its new cells.
    expect(next.get('a')).not.toBe(a);
  });

  it('keeps a parked lane parked while it stays left out, and lets it go once it is drawn again', () => {
    const first = new Map<string, readonly LaneCell[]>([['a', a]]);
    expect([
      ...parkLanes(
        new Map([
          ['a', a],
          ['b', b],
        ]),
        first,
      ),
    ]).toEqual(['b']);
    // The parked lane is among the cells drawn, so the next change parks it again.
    const second = new Map<string, readonly LaneCell[]>([['a', a]]);
    expect([...parkLanes(first, second)]).toEqual(['b']);
    expect(second.get('b')).toBe(b);
    const third = new Map<string, readonly LaneCell[]>([
      ['a', a],
      ['b', cells(1)],
    ]);
    expect(parkLanes(second, third).size).toBe(0);
  });

  it('parks no lane that was never drawn', () => {
    expect(parkLanes(new Map(), new Map([['a', a]])).size).toBe(0);
  });
});
