// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JourneyValidationError, parseJourney, serializeJourney, validateJourney, type Journey, type JourneyProblem } from '../../src';
import { smallJourney } from '../fixtures';

const set = (target: object | undefined, key: string, value: unknown) => Reflect.set(target!, key, value);

/** The problems of a fresh small journey after `edit`. */
function problemsAfter(edit: (j: Journey) => void): JourneyProblem[] {
  const journey = smallJourney();
  edit(journey);
  return validateJourney(journey);
}

/** The one problem at `path`, failing with every problem listed when there is none. */
function at(problems: JourneyProblem[], path: string): JourneyProblem {
  const found = problems.filter((p) => p.path === path);
  expect(found, `one problem at ${path} in ${JSON.stringify(problems)}`).toHaveLength(1);
  return found[0]!;
}

const throwing = () => {
  throw new Error('boom');
};

describe('holes in lists', () => {
  // Every list the validator reads, reached from a small journey, with the path of its first item.
  const lists: Array<[string, (j: Journey) => unknown[], string]> = [
    ['personas', (j) => j.personas, 'personas'],
    ['phases', (j) => j.phases!, 'phases'],
    ['a phase’s stages', (j) => j.phases![0]!.stages, 'phases[0].stages'],
    ['stages', (j) => j.stages, 'stages'],
    ['a stage’s metrics', (j) => j.stages[1]!.metrics!, 'stages[1].metrics'],
    ['lanes', (j) => j.lanes, 'lanes'],
    ['cards', (j) => j.cards, 'cards'],
    ['a card’s links', (j) => j.cards[1]!.links!, 'cards[1].links'],
    ['a card’s evidence', (j) => j.cards[0]!.evidence!, 'cards[0].evidence'],
    ['emotions', (j) => j.emotions, 'emotions'],
    ['evidence', (j) => j.evidence!, 'evidence'],
    ['a persona’s goals', (j) => j.personas[0]!.goals!, 'personas[0].goals'],
  ];

  it.each(lists)('a hole in %s is a "missing item" at its path, and nothing else is said about it', (_name, list, path) => {
    const problems = problemsAfter((j) => {
      const items = list(j);
      items.unshift(items[0]);
      delete items[0];
    });
    expect(at(problems, `${path}[0]`).message).toMatch(/^missing item/);
  });

  it('reports an undefined item like a hole, and holes at the end too', () => {
    const problems = problemsAfter((j) => {
      set(j, 'cards', [...j.cards, undefined]);
      j.stages.length = 3;
    });
    expect(at(problems, 'cards[3]').message).toMatch(/^missing item/);
    expect(at(problems, 'stages[2]').message).toMatch(/^missing item/);
  });

  it('reports a list that is nearly all holes once per hole up to 100, then once for the list, quickly', () => {
    const start = performance.now();
    const problems = problemsAfter((j) => {
      j.cards.length = 1_000_000_000;
    });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(at(problems, 'cards[3]').message).toMatch(/^missing item/);
    expect(problems.filter((p) => /^missing item/.test(p.message))).toHaveLength(100);
    expect(at(problems, 'cards').message).toMatch(/999999997 missing items/);
  });

  it('is refused by parseJourney, so serializeJourney never writes the null that JSON puts in a hole', () => {
    const journey = smallJourney();
    journey.cards.unshift(journey.cards[0]!);
    delete journey.cards[0];
    expect(() => parseJourney(journey)).toThrow(JourneyValidationError);
    expect(JSON.parse(serializeJourney(journey)).cards[0]).toBeNull();
  });
});

describe('values that cannot be read', () => {
  it('reports a throwing getter at its own path', () => {
    const problems = problemsAfter((j) => Object.defineProperty(j.cards[2], 'title', { get: throwing, enumerable: true }));
    expect(at(problems, 'cards[2].title').message).toBe('could not be read');
  });

  it('reports a card behind a Proxy whose get trap throws as one problem at the card', () => {
    const problems = problemsAfter((j) => {
      j.cards[2] = new Proxy(j.cards[2]!, { get: throwing });
    });
    expect(at(problems, 'cards[2]').message).toMatch(/^could not be read/);
    expect(problems.every((p) => !p.path.startsWith('cards[2].'))).toBe(true);
  });

  it('reports a revoked Proxy, a throwing ownKeys trap and a throwing getPrototypeOf trap', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const problems = problemsAfter((j) => {
      set(j.cards, '0', revoked.proxy);
      j.cards[1] = new Proxy(j.cards[1]!, { ownKeys: throwing });
      j.stages[0] = new Proxy(j.stages[0]!, { getPrototypeOf: throwing });
    });
    expect(at(problems, 'cards[0]').message).toMatch(/^could not be read/);
    expect(at(problems, 'cards[1]').message).toMatch(/^could not be read/);
    expect(at(problems, 'stages[0]').message).toMatch(/^could not be read/);
  });

  it('reports a whole journey that cannot be read at the root', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(validateJourney(revoked.proxy)).toEqual([{ path: '', message: expect.stringMatching(/^could not be read/) }]);
    expect(validateJourney(new Proxy({}, { ownKeys: throwing }))).toEqual([
      { path: '', message: expect.stringMatching(/^could not be read/) },
    ]);
  });

  it('survives thrown values that are themselves hostile, and functions whose toString throws', () => {
    const hostileError = new Proxy({}, { get: throwing, getPrototypeOf: throwing });
    const fn = Object.assign(() => 1, { toString: throwing });
    const problems = problemsAfter((j) => {
      Object.defineProperty(j, 'title', {
        get() {
          throw hostileError;
        },
        enumerable: true,
      });
      set(j.cards[0], 'title', fn);
      set(j.cards[1], 'title', Symbol('x'.repeat(10_000)));
    });
    expect(at(problems, 'title').message).toBe('could not be read');
    expect(at(problems, 'cards[0].title').message).toBe('The card title must be text, but it is a function');
    expect(at(problems, 'cards[1].title').message).toBe('The card title must be text, but it is a symbol');
  });

  it('reads every getter once', () => {
    let reads = 0;
    const journey = smallJourney();
    Object.defineProperty(journey, 'title', {
      get: () => {
        reads++;
        return 'Counted';
      },
      enumerable: true,
    });
    expect(validateJourney(journey)).toEqual([]);
    expect(reads).toBe(1);
  });
});

describe('what validates serialises and parses back equal', () => {
  const roundTrips = (journey: unknown) => {
    expect(validateJourney(journey)).toEqual([]);
    expect(parseJourney(serializeJourney(journey as Journey))).toEqual(journey);
  };

  it('accepts plain extra data, null-prototype objects and shared parts', () => {
    const shared = { team: 'CX', tags: ['a', 'b'] };
    const journey: Record<string, unknown> = { ...smallJourney(), owner: shared, again: shared, bare: Object.create(null) };
    roundTrips(journey);
  });

  it.each([
    ['a BigInt', 10n, 'is a BigInt'],
    ['NaN', Number.NaN, 'is NaN'],
    ['Infinity', Infinity, 'is Infinity'],
    ['a function', () => 1, 'is a function'],
    ['a symbol', Symbol('s'), 'is a symbol'],
    ['a Date', new Date(0), 'is a Date object'],
    ['a Map', new Map([[1, 2]]), 'is a Map object'],
    ['a class instance', new (class Box {})(), 'is a Box object'],
  ])('reports %s in an extra field, which JSON cannot hold', (_name, value, message) => {
    const problems = validateJourney({ ...smallJourney(), extra: { value } });
    expect(at(problems, 'extra.value').message).toContain(message);
  });

  it('reports cycles, named properties of lists, symbol keys and deep nesting', () => {
    const journey: Record<string, unknown> = { ...smallJourney() };
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    journey.cycle = cycle;
    journey.tagged = Object.assign(['a'], { note: 'dropped' });
    journey.symbolic = { [Symbol('k')]: 1 };
    let deep: unknown = 'bottom';
    for (let i = 0; i < 150; i++) deep = [deep];
    journey.deep = deep;
    const problems = validateJourney(journey);
    expect(at(problems, 'cycle.self').message).toMatch(/contains itself/);
    expect(at(problems, 'tagged.note').message).toMatch(/named property of a list/);
    expect(at(problems, 'symbolic').message).toMatch(/symbol/);
    expect(problems.find((p) => p.path.startsWith('deep['))!.message).toMatch(/nested over 100 levels deep/);
  });

  it('reports a field that only a class getter provides: JSON would drop it', () => {
    class CardWithGetter {
      id = 'c9';
      stage = 'search';
      lane = 'touch';
      kind = 'touchpoint';
      get title() {
        return 'From a getter';
      }
    }
    const problems = problemsAfter((j) => j.cards.push(new CardWithGetter() as unknown as Journey['cards'][number]));
    expect(at(problems, 'cards[3]').message).toMatch(/is a CardWithGetter object/);
    expect(at(problems, 'cards[3].title').message).toMatch(/required/);
  });

  it('reports shared parts repeated so often that the JSON text would explode', () => {
    let bomb: unknown = ['x'];
    for (let i = 0; i < 30; i++) bomb = [bomb, bomb];
    const start = performance.now();
    const problems = validateJourney({ ...smallJourney(), bomb });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(at(problems, '').message).toMatch(/repeats shared parts so often/);
  });

  it('names odd keys in paths with quotes, shortened', () => {
    const problems = validateJourney({ ...smallJourney(), extra: { ['a key with spaces'.repeat(100)]: Number.NaN } });
    expect(problems.map((p) => p.path)).toEqual([`extra[${JSON.stringify(`${'a key with spaces'.repeat(3).slice(0, 40)}…`)}]`]);
  });
});

describe('repeated references and repeated scores', () => {
  it.each([
    [
      'links',
      (j: Journey) => (j.cards[1]!.links = ['c1', 'c3', 'c1']),
      'cards[1].links[2]',
      /"c1" is listed twice \(first at cards\[1\]\.links\[0\]\)/,
    ],
    ['evidence', (j: Journey) => (j.cards[0]!.evidence = ['e1', 'e1']), 'cards[0].evidence[1]', /"e1" is listed twice/],
  ])('reports a card citing the same %s twice', (_name, edit, path, message) => {
    expect(at(problemsAfter(edit), path).message).toMatch(message);
  });

  it('reports a stage scored once without a persona and once naming the only persona', () => {
    const problems = problemsAfter((j) => j.emotions.push({ stage: 'search', score: 2 }));
    expect(at(problems, 'emotions[2]').message).toMatch(
      /a second score for stage "search" and persona "sam" \(the first is at emotions\[0\]\)/,
    );
  });

  it('keeps a future-state point beside a current-state one for the same stage', () => {
    expect(problemsAfter((j) => j.emotions.push({ stage: 'search', score: 2, scenario: 'future' }))).toEqual([]);
  });
});

describe('the emotion scale gives finite geometry', () => {
  it.each([
    [{ min: -Number.MAX_VALUE, max: Number.MAX_VALUE }, /too large to draw/],
    [{ min: 3, max: 3 }, /must be below max/],
    [{ min: 1, max: 5, neutral: 6 }, /outside the scale 1 to 5/],
    [{ min: 1, max: 5, neutral: 0.5 }, /outside the scale 1 to 5/],
  ])('refuses %j', (scale, message) => {
    const problems = problemsAfter((j) => {
      j.emotionScale = scale;
      j.emotions = [];
    });
    expect(problems.find((p) => p.path.startsWith('emotionScale'))?.message).toMatch(message);
  });

  it('accepts a huge but drawable scale and a neutral on its edge', () => {
    for (const scale of [
      { min: 0, max: Number.MAX_VALUE },
      { min: 1, max: 5, neutral: 5 },
      { min: 1, max: 5, neutral: 1 },
    ]) {
      expect(
        problemsAfter((j) => {
          j.emotionScale = scale;
          j.emotions = [];
        }),
      ).toEqual([]);
    }
  });
});

describe('dates are ISO 8601', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2024-03-01T09:30Z', '2024-03-01T09:30:00.123+01:00', '2024-03-01T23:59:59-0530'])(
    'accepts %s',
    (date) => expect(problemsAfter((j) => (j.meta = { updatedAt: date }))).toEqual([]),
  );

  it.each([
    'hello world 2',
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '-1',
    '2024-13-01',
    '2024-1-1',
    '01/02/2024',
    '2024-03-01T24:00',
    '2024-03-01 09:30',
    '',
  ])('refuses %j and says how to write a date', (date) => {
    const problems = problemsAfter((j) => (j.evidence![0]!.date = date));
    expect(at(problems, 'evidence[0].date').message).toMatch(/is not an ISO 8601 date; write it as YYYY-MM-DD/);
  });
});

describe('messages stay short', () => {
  it('quotes at most 40 characters of any value, and never the source of a function', () => {
    const fn = new Function(`return "${'x'.repeat(100_000)}"`);
    const problems = problemsAfter((j) => {
      set(j, 'title', fn);
      j.cards[0]!.stage = 's'.repeat(100_000);
      j.stages[1]!.id = 'search'.repeat(10_000);
      j.cards[1]!.stage = 'search'.repeat(10_000);
    });
    expect(problems.length).toBeGreaterThan(2);
    for (const p of problems) expect(p.message.length, p.message.slice(0, 80)).toBeLessThan(300);
  });

  it('caps the error message of parseJourney while its problems stay whole', () => {
    const journey = smallJourney();
    for (let i = 0; i < 20_000; i++)
      journey.cards.push({ id: `x${i}`, stage: 'nowhere'.repeat(50), lane: 'touch', kind: 'action', title: 'x' });
    let error: JourneyValidationError | undefined;
    try {
      parseJourney(journey);
    } catch (e) {
      error = e as JourneyValidationError;
    }
    expect(error!.problems).toHaveLength(20_000);
    expect(error!.message.length).toBeLessThan(1500);
    expect(error!.message).toMatch(/…and 19995 more$/);
  });

  it('still suggests the intended id for a near miss', () => {
    expect(
      at(
        problemsAfter((j) => (j.cards[0]!.lane = 'Touhc')),
        'cards[0].lane',
      ).message,
    ).toMatch(/did you mean "touch"\?/);
  });
});

// Each of these changes to the validator once passed every test (mutation testing): the
// rows below fail if the rule they name is weakened.
describe('rules that must not be weakened', () => {
  it.each(['personas', 'stages', 'lanes', 'cards', 'emotions'] as const)('the list of %s is required', (key) => {
    const problems = problemsAfter((j) => Reflect.deleteProperty(j, key));
    expect(at(problems, key).message).toMatch(/is required/);
  });

  it('a card must name its stage', () => {
    expect(
      at(
        problemsAfter((j) => Reflect.deleteProperty(j.cards[0]!, 'stage')),
        'cards[0].stage',
      ).message,
    ).toMatch(/required/);
  });

  it('an emotion point must have a score', () => {
    expect(
      at(
        problemsAfter((j) => Reflect.deleteProperty(j.emotions[0]!, 'score')),
        'emotions[0].score',
      ).message,
    ).toMatch(/required/);
  });

  it('the stages of a phase sit side by side, in the order of the stages list', () => {
    const problems = problemsAfter((j) => {
      j.stages.push({ id: 'home', name: 'Home' });
      j.phases = [{ id: 'buy', name: 'Buy', stages: ['search', 'home'] }];
      j.stages[1]!.phase = undefined;
      j.stages[0]!.phase = 'buy';
      j.stages[2]!.phase = 'buy';
    });
    expect(at(problems, 'phases[0].stages').message).toMatch(/must follow one another/);
    const reversed = problemsAfter((j) => {
      j.phases = [{ id: 'buy', name: 'Buy', stages: ['checkout', 'search'] }];
    });
    expect(at(reversed, 'phases[0].stages').message).toMatch(/must follow one another/);
  });

  it('a card may end in its own start stage', () => {
    expect(problemsAfter((j) => (j.cards[0]!.endStage = j.cards[0]!.stage))).toEqual([]);
  });

  it('a card may not end before its start stage', () => {
    const problems = problemsAfter((j) => {
      j.cards[1]!.endStage = 'search';
    });
    expect(at(problems, 'cards[1].endStage').message).toMatch(/comes before its start stage/);
  });
});
