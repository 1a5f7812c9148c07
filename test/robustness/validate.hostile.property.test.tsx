import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { JourneyMap, parseJourney, serializeJourney, validateJourney, type Journey } from '../../src';
import { HOSTILE_MAKERS, hostileJourney, hostileValue, validJourney } from '../arbitraries';

// Run counts stay modest so CI stays quick; set FC_RUNS to search harder locally.
const runs = (n: number) => Number(process.env.FC_RUNS ?? n);
const TIMEOUT = Number(process.env.FC_TIMEOUT ?? 60_000);

let errors: MockInstance;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());

/** JSON writes -0 as 0: the one difference a round trip may make, and a harmless one. */
const withoutNegativeZero = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** Checks the answer's shape: a list of problems, each a path and a message, none from the last-resort guard. */
function expectProblems(problems: unknown): asserts problems is Array<{ path: string; message: string }> {
  expect(Array.isArray(problems)).toBe(true);
  for (const p of problems as Array<{ path: unknown; message: unknown }>) {
    expect(typeof p.path).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.message).not.toMatch(/could not be checked/);
  }
}

describe('validateJourney never throws', () => {
  it.each(Object.keys(HOSTILE_MAKERS))('on %s, alone or as a journey', (kind) => {
    expectProblems(validateJourney(HOSTILE_MAKERS[kind]!()));
  });

  it(
    'on arbitrary hostile values in arbitrary places of a valid journey',
    () => {
      fc.assert(
        fc.property(hostileJourney(), ({ journey, describe }) => {
          let problems: unknown;
          expect(() => (problems = validateJourney(journey)), describe).not.toThrow();
          expectProblems(problems);
        }),
        { numRuns: runs(400) },
      );
    },
    TIMEOUT,
  );

  it(
    'on anything fast-check can make, hostile values nested inside',
    () => {
      // A recipe, built into a value inside the property: fast-check never touches the hostile values it holds.
      type Recipe = { value: unknown } | { make: () => unknown } | { list: Recipe[] } | { dict: Array<[string, Recipe]> };
      const recipe = fc.letrec<{ recipe: Recipe }>((tie) => ({
        recipe: fc.oneof(
          { depthSize: 'small' },
          fc
            .anything({
              withNullPrototype: true,
              withBoxedValues: true,
              withMap: true,
              withSet: true,
              withBigInt: true,
              withSparseArray: true,
            })
            .map((value) => ({ value })),
          hostileValue.map(({ make }) => ({ make })),
          fc.array(tie('recipe'), { maxLength: 4 }).map((list) => ({ list })),
          fc.array(fc.tuple(fc.string(), tie('recipe')), { maxLength: 4 }).map((dict) => ({ dict })),
        ),
      })).recipe;
      const build = (r: Recipe): unknown =>
        'value' in r
          ? r.value
          : 'make' in r
            ? r.make()
            : 'list' in r
              ? r.list.map(build)
              : Object.fromEntries(r.dict.map(([key, item]) => [key, build(item)]));
      fc.assert(
        fc.property(recipe, (r) => expectProblems(validateJourney(build(r)))),
        { numRuns: runs(1000) },
      );
    },
    TIMEOUT,
  );
});

describe('what validates serialises, parses back equal and renders', () => {
  it(
    'for valid journeys with arbitrary extra data',
    () => {
      const extra = fc.dictionary(
        fc.string(),
        fc.anything({
          withNullPrototype: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withBigInt: true,
          withDate: true,
          withSparseArray: true,
        }),
        { maxKeys: 3 },
      );
      fc.assert(
        fc.property(validJourney({ maxStages: 6, maxCards: 20 }), extra, (journey, fields) => {
          const input = { ...fields, ...journey };
          if (validateJourney(input).length > 0) return;
          expect(parseJourney(serializeJourney(input as Journey))).toEqual(withoutNegativeZero(input));
        }),
        { numRuns: runs(500) },
      );
    },
    TIMEOUT,
  );

  it(
    'for valid journeys with hostile values put in: either a problem is reported, or nothing was lost',
    () => {
      fc.assert(
        fc.property(hostileJourney(), ({ journey, describe }) => {
          if (validateJourney(journey).length > 0) return;
          const text = serializeJourney(journey);
          expect(parseJourney(text), describe).toEqual(withoutNegativeZero(journey));
          expect(renderToString(<JourneyMap journey={journey} layout="grid" />), describe).toContain('role="grid"');
        }),
        { numRuns: runs(300) },
      );
    },
    TIMEOUT,
  );
});
