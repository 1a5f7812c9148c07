// Checking only what changes touched: `checkChanged` finds exactly the problems a whole
// check of the result finds, at the same places, and `applyJourneyChanges` does not check
// a journey it made or checked before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJourneyChanges, validateJourney, type Journey, type JourneyChange } from '../../src';
import { applyUnchecked } from '../../src/model/changes/apply';
import { checkChanged } from '../../src/model/changes/check';
import { knownValid } from '../../src/model/known';
import { examples } from '../../stories/data';
import { validJourney } from '../arbitraries';
import { randomChange } from './changes.arbitrary';

const JOURNEYS: Journey[] = Object.values(examples);
const kitchen = examples['ecommerce-kitchen']!;

/** Field values that break a card, or do not; drawn into `card/update` changes. */
const FIELDS: ReadonlyArray<[string, unknown]> = [
  ['severity', 'huge'],
  ['severity', 'high'],
  ['links', ['nowhere']],
  ['links', 'not a list'],
  ['evidence', ['no-such-source']],
  ['persona', 'nobody'],
  ['title', 42],
  ['endStage', 'missing-stage'],
  ['url', 'javascript:alert(1)'],
  ['status', 'done'],
  ['tags', ['a', 'b']],
  ['kind', 'constructor'],
];

const sorted = (problems: { path: string; message: string }[]) =>
  problems.map((p) => `${p.path}: ${p.message}`).sort((a, b) => a.localeCompare(b));

/** Changes that may break the journey: random valid ones, and card updates with the fields above, links to other cards, spans. */
function drawChange(j: Journey, r: readonly number[]): JourneyChange | undefined {
  const [k = 0, a = 0, b = 0] = r;
  const card = j.cards[a % Math.max(1, j.cards.length)];
  if (!card || k % 4 === 0) return randomChange(j, r);
  if (k % 4 === 1) {
    const [field, value] = FIELDS[b % FIELDS.length]!;
    return { type: 'card/update', id: card.id, set: { [field]: value } } as JourneyChange;
  }
  if (k % 4 === 2) {
    // Links to a real card (itself, sometimes), whose own links stay as they are.
    const other = j.cards[b % j.cards.length]!;
    return { type: 'card/update', id: card.id, set: { links: [other.id] } };
  }
  const stage = j.stages[b % j.stages.length]!;
  return { type: 'card/update', id: card.id, set: { endStage: stage.id } };
}

describe('checkChanged', () => {
  it('finds what a whole check finds, at the same places, for random changes that may break the journey', () => {
    let broken = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...JOURNEYS), validJourney({ maxStages: 6, maxCards: 20 })),
        fc.array(fc.array(fc.nat(), { minLength: 3, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        (start, draws) => {
          let j = start;
          const changes: JourneyChange[] = [];
          for (const r of draws) {
            const change = drawChange(j, r);
            if (!change) continue;
            try {
              j = applyUnchecked(j, [change]);
              changes.push(change);
            } catch {
              // A change that cannot apply at all (an unknown id) is not this check's business.
            }
          }
          const whole = validateJourney(j);
          if (whole.length > 0) broken++;
          expect(sorted(checkChanged(start, j))).toEqual(sorted(whole));
        },
      ),
      { numRuns: 300 },
    );
    // The property is about problems found: most runs break something.
    expect(broken).toBeGreaterThan(100);
  });

  it('names the changed card by its place in the whole journey', () => {
    const at = 5;
    const after = applyUnchecked(kitchen, [{ type: 'card/update', id: kitchen.cards[at]!.id, set: { severity: 'huge' } } as never]);
    expect(checkChanged(kitchen, after)).toEqual([{ path: `cards[${at}].severity`, message: expect.stringContaining('huge') }]);
  });

  // A journey with a broken card that no change touches shows what is checked: it is found
  // only when the whole journey is.
  const flawed: Journey = { ...kitchen, cards: kitchen.cards.map((c, i) => (i === 0 ? { ...c, severity: 'huge' as never } : c)) };

  it('checks only the cards the changes touched when only cards changed', () => {
    const after = applyUnchecked(flawed, [{ type: 'card/update', id: kitchen.cards[4]!.id, set: { title: 'Renamed' } }]);
    expect(checkChanged(flawed, after)).toEqual([]);
    expect(validateJourney(after).map((p) => p.path)).toEqual(['cards[0].severity']);
  });

  it('checks the whole journey when a stage, lane or the journey itself changed', () => {
    for (const change of [
      { type: 'stage/update', id: kitchen.stages[0]!.id, set: { name: 'Looking around' } },
      { type: 'lane/update', id: kitchen.lanes[0]!.id, set: { label: 'Doing' } },
      { type: 'journey/update', set: { title: 'Another title' } },
    ] as JourneyChange[]) {
      expect(checkChanged(flawed, applyUnchecked(flawed, [change])).map((p) => p.path)).toEqual(['cards[0].severity']);
    }
  });
});

describe('applyJourneyChanges', () => {
  it('marks what it made as valid, so the next change and the map do not check it again', () => {
    const start = structuredClone(kitchen);
    const card = start.cards[3]!;
    const once = applyJourneyChanges(start, [{ type: 'card/update', id: card.id, set: { title: 'Renamed' } }]);
    expect(knownValid(start)).toBe(true);
    expect(knownValid(once)).toBe(true);
    const twice = applyJourneyChanges(once, [{ type: 'card/update', id: card.id, set: { title: 'Renamed again' } }]);
    expect(twice.cards[3]!.title).toBe('Renamed again');
    expect(validateJourney(twice)).toEqual([]);
  });
});
