// Properties of typed changes over the example journeys and random valid journeys: random
// sequences keep a journey valid, the inverse gives it back byte for byte, results and
// changes survive JSON, and a change that cannot apply leaves the input untouched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JourneyValidationError,
  applyJourneyChanges,
  invertJourneyChanges,
  parseJourney,
  serializeJourney,
  validateJourney,
  type Journey,
  type JourneyChange,
} from '../../src';
import { examples } from '../../stories/data';
import { arabicBankJourney } from '../../stories/journeys/arabic-bank';
import { validJourney } from '../arbitraries';
import { changeDraws, walk } from './changes.arbitrary';

const JOURNEYS: Journey[] = [...Object.values(examples), arabicBankJourney];

/** Freezes a journey all the way down, so that any write to it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const journeys = fc.oneof(fc.constantFrom(...JOURNEYS), validJourney({ maxStages: 6, maxCards: 20 }));

describe('random change sequences', () => {
  it('keep the journey valid, or are refused with a JourneyValidationError and leave the input untouched', () => {
    let appliedTotal = 0;
    fc.assert(
      fc.property(journeys, changeDraws, (start, draws) => {
        const frozen = deepFreeze(structuredClone(start));
        const before = serializeJourney(frozen);
        const { journey, applied } = walk(frozen, draws);
        appliedTotal += applied.length;
        expect(validateJourney(journey)).toEqual([]);
        expect(serializeJourney(frozen)).toBe(before);
      }),
      { numRuns: 150 },
    );
    // Most drawn changes apply: the property is about real edits, not refusals.
    expect(appliedTotal).toBeGreaterThan(300);
  });

  it('applied all at once give what they give one by one', () => {
    fc.assert(
      fc.property(journeys, changeDraws, (start, draws) => {
        const { journey, applied } = walk(start, draws);
        expect(serializeJourney(applyJourneyChanges(start, applied))).toBe(serializeJourney(journey));
      }),
      { numRuns: 100 },
    );
  });

  it('are undone by their inverse, byte for byte', () => {
    fc.assert(
      fc.property(journeys, changeDraws, (start, draws) => {
        const { journey, applied } = walk(start, draws);
        const inverse = invertJourneyChanges(start, applied);
        expect(serializeJourney(applyJourneyChanges(journey, inverse))).toBe(serializeJourney(start));
        // And the inverse of the inverse redoes them.
        const redo = invertJourneyChanges(journey, inverse);
        expect(serializeJourney(applyJourneyChanges(start, redo))).toBe(serializeJourney(journey));
      }),
      { numRuns: 150 },
    );
  });

  it('round-trip through JSON: the result parses back equal, and changes sent as JSON apply the same', () => {
    fc.assert(
      fc.property(journeys, changeDraws, (start, draws) => {
        const { journey, applied } = walk(start, draws);
        expect(parseJourney(serializeJourney(journey))).toEqual(JSON.parse(serializeJourney(journey)));
        const sent = JSON.parse(JSON.stringify(applied)) as JourneyChange[];
        expect(serializeJourney(applyJourneyChanges(start, sent))).toBe(serializeJourney(journey));
      }),
      { numRuns: 100 },
    );
  });

  it('keep the identity of every part no change touched', () => {
    fc.assert(
      fc.property(fc.constantFrom(...JOURNEYS), fc.nat(), (start, n) => {
        const card = start.cards[n % start.cards.length]!;
        const next = applyJourneyChanges(start, [{ type: 'card/update', id: card.id, set: { title: 'Changed' } }]);
        next.cards.forEach((c, i) => (c.id === card.id ? expect(c).not.toBe(start.cards[i]) : expect(c).toBe(start.cards[i])));
        expect(next.stages).toBe(start.stages);
        expect(next.lanes).toBe(start.lanes);
        expect(next.emotions).toBe(start.emotions);
        expect(next.personas).toBe(start.personas);
      }),
      { numRuns: 30 },
    );
  });
});

describe('changes that cannot apply', () => {
  const junk: unknown[] = [
    null,
    42,
    'card/add',
    { type: 'nonsense' },
    { type: 'card/update', id: 'no-such-card', set: { title: 'x' } },
    { type: 'card/update', id: '__proto__', set: { title: 'x' } },
    { type: 'card/add', card: null },
    { type: 'card/add', card: { id: 42 } },
    { type: 'card/move', id: 'no-such-card', stage: 'x' },
    { type: 'stage/remove', id: 'constructor' },
    { type: 'emotion/set', emotion: { score: 1 } },
    { type: 'journey/update', set: { cards: [] } },
    { type: 'journey/update', set: { id: 'other' } },
    {
      get type(): string {
        throw new Error('a getter that throws');
      },
    },
  ];

  it('are refused with a path naming the change, and change nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...JOURNEYS), fc.constantFrom(...junk), fc.nat({ max: 3 }), (start, bad, at) => {
        const frozen = deepFreeze(structuredClone(start));
        const before = serializeJourney(frozen);
        const card = frozen.cards[0]!;
        const changes = [{ type: 'card/update', id: card.id, set: { title: 'Fine' } }, bad, { type: 'card/remove', id: card.id }];
        changes.splice(at % 3, 0);
        let error: unknown;
        try {
          applyJourneyChanges(frozen, changes as JourneyChange[]);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(JourneyValidationError);
        expect((error as JourneyValidationError).problems[0]!.path).toMatch(/^changes(\[1\])?/);
        expect(serializeJourney(frozen)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('refuse a list of changes that is not a list', () => {
    expect(() => applyJourneyChanges(JOURNEYS[0]!, 'x' as never)).toThrow(JourneyValidationError);
  });
});
