// Properties of diffJourneys over the example journeys and random valid journeys changed by
// random typed changes: a journey against itself gives an empty diff, and what the diff says,
// applied to `before`, gives `after`'s cards, stages and lanes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffJourneys, type Journey } from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { validJourney } from '../arbitraries';
import { changeDraws, walk } from './changes.arbitrary';
import { rebuild } from './diff.rebuild';

const JOURNEYS: Journey[] = [...Object.values(examples), arabicBankJourney];
const journeys = fc.oneof(fc.constantFrom(...JOURNEYS), validJourney({ maxStages: 6, maxCards: 20 }));

const byId = <T extends { id: string }>(map: Map<string, T>) => [...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('diffJourneys, properties', () => {
  it('a journey against itself (or a copy of it) is empty, with every count zero', () => {
    fc.assert(
      fc.property(journeys, (j) => {
        for (const other of [j, structuredClone(j)]) {
          const diff = diffJourneys(j, other);
          expect(diff.summary.total).toBe(0);
          expect(diff.emotions).toEqual([]);
          expect(diff.journey).toEqual([]);
          for (const key of ['cards', 'stages', 'phases', 'lanes', 'personas', 'evidence'] as const) {
            expect(diff[key].added.length + diff[key].removed.length + diff[key].changed.length + diff[key].moved.length).toBe(0);
            expect(diff.summary[key]).toEqual({ added: 0, removed: 0, changed: 0, moved: 0 });
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("what the diff says, applied to `before`, gives `after`'s cards, stages and lanes", () => {
    let changed = 0;
    fc.assert(
      fc.property(journeys, changeDraws, (before, draws) => {
        const { journey: after, applied } = walk(before, draws);
        const diff = diffJourneys(before, after);
        const rebuilt = rebuild(before, diff);
        expect(byId(rebuilt.cards)).toEqual(byId(new Map(after.cards.map((c) => [c.id, c]))));
        expect(rebuilt.stages).toEqual(after.stages);
        expect(rebuilt.lanes).toEqual(after.lanes);
        if (applied.length > 0 && diff.summary.total > 0) changed++;
      }),
      { numRuns: 150 },
    );
    expect(changed, 'most runs change something').toBeGreaterThan(75);
  });

  it('the summary counts what the lists hold, and the diff survives JSON', () => {
    fc.assert(
      fc.property(journeys, changeDraws, (before, draws) => {
        const after = walk(before, draws).journey;
        const diff = diffJourneys(before, after);
        let total = diff.emotions.length + diff.journey.length;
        for (const key of ['cards', 'stages', 'phases', 'lanes', 'personas', 'evidence'] as const) {
          const { added, removed, changed, moved } = diff[key];
          expect(diff.summary[key]).toEqual({ added: added.length, removed: removed.length, changed: changed.length, moved: moved.length });
          total += added.length + removed.length + changed.length + moved.length;
        }
        expect(diff.summary.total).toBe(total);
        expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
      }),
      { numRuns: 60 },
    );
  });

  it('swapping before and after swaps added and removed, and turns every delta around', () => {
    fc.assert(
      fc.property(journeys, changeDraws, (before, draws) => {
        const after = walk(before, draws).journey;
        const forward = diffJourneys(before, after);
        const back = diffJourneys(after, before);
        expect(back.cards.added.map((c) => c.id).sort()).toEqual(forward.cards.removed.map((c) => c.id).sort());
        expect(back.stages.removed.map((s) => s.id).sort()).toEqual(forward.stages.added.map((s) => s.id).sort());
        expect(back.cards.moved.length).toBe(forward.cards.moved.length);
        expect(back.summary.emotions).toBe(forward.summary.emotions);
        const deltas = new Map(forward.emotions.map((e) => [`${e.stage} ${e.persona} ${e.scenario}`, e.delta]));
        for (const e of back.emotions)
          if (e.delta !== undefined) expect(e.delta + deltas.get(`${e.stage} ${e.persona} ${e.scenario}`)!).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
