// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlacedCard } from '../../src/model/normalize';
import { laneCells, type CellItem } from '../../src/layout/cells';

/**
 * The packing as first written: for each card, the first track whose columns are all
 * free, found by scanning every track. Quadratic, but plainly right: the oracle.
 */
function referencePack(start: number, end: number, members: PlacedCard[]): { items: CellItem[]; tracks: number } {
  const used: boolean[][] = [];
  const items: CellItem[] = [];
  const ordered = [...members].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const placed of ordered) {
    const column = placed.start - start;
    const span = Math.min(placed.end, end) - placed.start + 1;
    let track = used.findIndex((row) => row.slice(column, column + span).every((taken) => !taken));
    if (track === -1) {
      track = used.length;
      used.push(Array.from({ length: end - start + 1 }, () => false));
    }
    used[track]!.fill(true, column, column + span);
    items.push({ placed, column, span, track });
  }
  items.sort((a, b) => a.track - b.track || a.column - b.column);
  return { items, tracks: used.length };
}

const cards = (stageCount: number) =>
  fc.array(
    fc.record({ start: fc.nat({ max: stageCount - 1 }), span: fc.nat({ max: 4 }) }).map(({ start, span }) => ({ start, span })),
    { maxLength: 60 },
  );

describe('laneCells packs as first fit does, in near-linear time', () => {
  it('gives every card the same track as scanning every track would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((stageCount) => fc.tuple(fc.constant(stageCount), cards(stageCount))),
        ([stageCount, list]) => {
          const placed: PlacedCard[] = list.map(({ start, span }, i) => ({
            card: { id: `c${i}`, stage: `s${start}`, lane: 'l', kind: 'action', title: `${i}` },
            start,
            end: Math.min(start + span, stageCount - 1),
            row: 0,
          }));
          for (const cell of laneCells({ placed, stageCount })) {
            const members = cell.items.map((item) => item.placed);
            const reference = referencePack(cell.start, cell.end, members);
            expect(cell.items.map((i) => [i.placed.card.id, i.column, i.span, i.track])).toEqual(
              reference.items.map((i) => [i.placed.card.id, i.column, i.span, i.track]),
            );
            expect(cell.tracks).toBe(reference.tracks);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
