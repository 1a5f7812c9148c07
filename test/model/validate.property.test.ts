import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateJourney, type Journey } from '../../src';
import { validJourney } from '../arbitraries';

/** A way to break a valid journey, and the path where the break must be reported. */
type Break = (j: Journey, at: number) => string | undefined;

const breaks: Record<string, Break> = {
  'dangling card stage': (j, at) => {
    if (j.cards.length === 0) return undefined;
    const i = at % j.cards.length;
    j.cards[i]!.stage = 'no-such-stage';
    return `cards[${i}].stage`;
  },
  'dangling card lane': (j, at) => {
    if (j.cards.length === 0) return undefined;
    const i = at % j.cards.length;
    j.cards[i]!.lane = 'no-such-lane';
    return `cards[${i}].lane`;
  },
  'NaN score': (j, at) => {
    const i = at % j.emotions.length;
    j.emotions[i]!.score = Number.NaN;
    return `emotions[${i}].score`;
  },
  'score above the scale': (j, at) => {
    const i = at % j.emotions.length;
    j.emotions[i]!.score = (j.emotionScale?.max ?? 3) + 1;
    return `emotions[${i}].score`;
  },
  'duplicate stage id': (j, at) => {
    if (j.stages.length < 2) return undefined;
    const i = 1 + (at % (j.stages.length - 1));
    j.stages[i]!.id = j.stages[0]!.id;
    return `stages[${i}].id`;
  },
  'missing title': (j, at) => {
    if (j.cards.length === 0) return undefined;
    const i = at % j.cards.length;
    Reflect.deleteProperty(j.cards[i]!, 'title');
    return `cards[${i}].title`;
  },
  'link to nowhere': (j, at) => {
    if (j.cards.length === 0) return undefined;
    const i = at % j.cards.length;
    j.cards[i]!.links = ['ghost'];
    return `cards[${i}].links[0]`;
  },
  'unsafe url': (j, at) => {
    if (j.cards.length === 0) return undefined;
    const i = at % j.cards.length;
    j.cards[i]!.url = '\u0001javascript:alert(1)';
    return `cards[${i}].url`;
  },
};

describe('validateJourney on generated journeys', () => {
  it('accepts every generated valid journey', () => {
    fc.assert(
      fc.property(validJourney(), (journey) => {
        expect(validateJourney(journey)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a random break at its path', () => {
    fc.assert(
      fc.property(validJourney(), fc.constantFrom(...Object.keys(breaks)), fc.nat(), (journey, name, at) => {
        const path = breaks[name]!(journey, at);
        fc.pre(path !== undefined);
        const problems = validateJourney(journey);
        expect(problems.map((p) => p.path)).toContain(path);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }), (value) => {
        expect(Array.isArray(validateJourney(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
