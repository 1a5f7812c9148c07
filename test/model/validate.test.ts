import { describe, expect, it } from 'vitest';
import { JourneyValidationError, formatProblem, parseJourney, validateJourney, type Journey } from '../../src';
import { parseBuiltJourney } from '../../src/model/validate';
import { smallJourney } from '../fixtures';

type Mutable = Journey;

/** Writes a value the types would not allow, as hand-written JSON can. */
const set = (target: object | undefined, key: string, value: unknown) => Reflect.set(target!, key, value);
const unset = (target: object | undefined, key: string) => Reflect.deleteProperty(target!, key);

/** Applies `edit` to a fresh copy of the small journey and returns the problems. */
function problemsAfter(edit: (j: Mutable) => void) {
  const journey = structuredClone(smallJourney()) as Mutable;
  edit(journey);
  return validateJourney(journey);
}

describe('validateJourney', () => {
  it('accepts the small journey and keeps unknown fields', () => {
    const journey = { ...smallJourney(), customField: { team: 'CX' } };
    expect(validateJourney(journey)).toEqual([]);
    expect(parseJourney(journey)).toBe(journey);
  });

  it.each([
    ['undefined', undefined, ''],
    ['a string', 'journey', ''],
    ['an array', [], ''],
    ['null', null, ''],
  ])('reports %s at the root without throwing', (_name, input, path) => {
    const problems = validateJourney(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toMatch(/must be an object/);
  });

  // Each row: what is broken, the edit, the exact path reported, a word the message must hold.
  const table: Array<[string, (j: Mutable) => void, string, RegExp]> = [
    ['missing schema version', (j) => unset(j, 'schemaVersion'), 'schemaVersion', /required/],
    ['future schema version', (j) => set(j, 'schemaVersion', 2), 'schemaVersion', /not supported/],
    ['missing id', (j) => unset(j, 'id'), 'id', /required/],
    ['title of the wrong type', (j) => set(j, 'title', 42), 'title', /must be text/],
    ['unknown map kind', (j) => set(j, 'kind', 'wishful'), 'kind', /not one of/],
    ['bad direction', (j) => set(j, 'dir', 'down'), 'dir', /not one of/],
    ['scale upside down', (j) => (j.emotionScale = { min: 3, max: -3 }), 'emotionScale', /below max/],
    ['scale with NaN', (j) => (j.emotionScale = { min: Number.NaN, max: 3 }), 'emotionScale.min', /finite/],
    ['scale end word not text', (j) => set(j.emotionScale, 'minLabel', 3), 'emotionScale.minLabel', /must be text/],
    [
      'scale end word a list',
      (j) => set(j.emotionScale, 'maxLabel', ['Delighted']),
      'emotionScale.maxLabel',
      /must be text, but it is a list/,
    ],
    ['bad meta date', (j) => (j.meta = { updatedAt: 'yesterday' }), 'meta.updatedAt', /not an ISO 8601 date; write it as YYYY-MM-DD/],
    ['personas not a list', (j) => set(j, 'personas', {}), 'personas', /must be a list/],
    ['no personas', (j) => (j.personas = []), 'personas', /at least one persona/],
    [
      'no stages',
      (j) => {
        j.stages = [];
        j.cards = [];
        j.emotions = [];
        j.phases = [];
      },
      'stages',
      /at least one stage/,
    ],
    ['persona without name', (j) => unset(j.personas[0], 'name'), 'personas[0].name', /required/],
    ['negative age', (j) => (j.personas[0]!.age = -4), 'personas[0].age', /at least 0/],
    ['javascript photo', (j) => (j.personas[0]!.photo = 'JaVaScRiPt:alert(1)'), 'personas[0].photo', /not allowed/],
    [
      'colour that escapes its declaration',
      (j) => (j.personas[0]!.color = 'red;background:url(x)'),
      'personas[0].color',
      /not a CSS colour/,
    ],
    ['goal without text', (j) => (j.personas[0]!.goals = [{ kind: 'career' } as never]), 'personas[0].goals[0].text', /required/],
    ['duplicate stage id', (j) => (j.stages[1]!.id = 'search'), 'stages[1].id', /duplicate stage id "search"/],
    ['duplicate card id', (j) => (j.cards[2]!.id = 'c1'), 'cards[2].id', /duplicate card id/],
    ['duplicate lane id', (j) => (j.lanes[1]!.id = 'touch'), 'lanes[1].id', /duplicate lane id/],
    ['dangling card stage', (j) => (j.cards[1]!.stage = 'chekout'), 'cards[1].stage', /unknown stage "chekout"; did you mean "checkout"\?/],
    ['dangling card lane', (j) => (j.cards[0]!.lane = 'nowhere'), 'cards[0].lane', /unknown lane "nowhere"/],
    ['unknown lane kind', (j) => set(j.lanes[0], 'kind', 'feelings'), 'lanes[0].kind', /not one of/],
    ['lane for an unknown persona', (j) => (j.lanes[0]!.persona = 'kim'), 'lanes[0].persona', /unknown persona "kim"/],
    ['missing card kind', (j) => unset(j.cards[0], 'kind'), 'cards[0].kind', /required/],
    ['card for an unknown persona', (j) => (j.cards[0]!.persona = 'kim'), 'cards[0].persona', /unknown persona/],
    ['link to a missing card', (j) => (j.cards[1]!.links = ['c9']), 'cards[1].links[0]', /unknown card "c9"/],
    ['link to itself', (j) => (j.cards[1]!.links = ['c2']), 'cards[1].links[0]', /itself/],
    ['unknown evidence', (j) => (j.cards[0]!.evidence = ['e7']), 'cards[0].evidence[0]', /unknown evidence source "e7"/],
    // The path names the item's own place in the list, past items of the wrong type.
    [
      'unknown evidence after a non-text item',
      (j) => set(j.cards[0], 'evidence', [7, 'e7']),
      'cards[0].evidence[1]',
      /unknown evidence source "e7"/,
    ],
    [
      'link to a missing card after a non-text item',
      (j) => set(j.cards[1], 'links', [null, 'c9']),
      'cards[1].links[1]',
      /unknown card "c9"/,
    ],
    [
      'unknown stage in a phase after a non-text item',
      (j) => set(j.phases![0], 'stages', [false, 'nowhere']),
      'phases[0].stages[1]',
      /unknown stage "nowhere"/,
    ],
    [
      'span running backwards',
      (j) => {
        j.cards[2]!.stage = 'checkout';
        j.cards[2]!.endStage = 'search';
      },
      'cards[2].endStage',
      /comes before/,
    ],
    ['span off the map', (j) => (j.cards[2]!.endStage = 'advocacy'), 'cards[2].endStage', /unknown stage "advocacy"/],
    ['bad severity', (j) => set(j.cards[2], 'severity', 'awful'), 'cards[2].severity', /not one of "low", "medium", "high"/],
    ['javascript card url', (j) => (j.cards[0]!.url = ' javascript:alert(1)'), 'cards[0].url', /not allowed/],
    ['data image', (j) => (j.cards[0]!.image = { src: 'data:text/html,<script>', alt: 'x' }), 'cards[0].image.src', /not allowed/],
    ['image without alt', (j) => (j.cards[0]!.image = { src: '/a.png' } as never), 'cards[0].image.alt', /required/],
    ['NaN score', (j) => (j.emotions[0]!.score = Number.NaN), 'emotions[0].score', /finite number, but it is NaN/],
    ['infinite score', (j) => (j.emotions[0]!.score = Infinity), 'emotions[0].score', /finite/],
    ['score as text', (j) => set(j.emotions[0], 'score', '2'), 'emotions[0].score', /finite/],
    ['score off the scale', (j) => (j.emotions[1]!.score = -5), 'emotions[1].score', /outside the emotion scale -3 to 3/],
    ['emotion for an unknown stage', (j) => (j.emotions[0]!.stage = 'gone'), 'emotions[0].stage', /unknown stage "gone"/],
    ['second score for a stage', (j) => (j.emotions[1]!.stage = 'search'), 'emotions[1]', /second score/],
    ['phase naming a missing stage', (j) => (j.phases![0]!.stages = ['search', 'pay']), 'phases[0].stages[1]', /unknown stage "pay"/],
    ['phase disagreeing with a stage', (j) => (j.phases![0]!.stages = ['search']), 'stages[1].phase', /does not list stage "checkout"/],
    [
      'stage in two phases',
      (j) => {
        j.phases!.push({ id: 'own', name: 'Own', stages: ['checkout'] });
      },
      'phases[1].stages[0]',
      /already in phase "buy"/,
    ],
    ['stage metric without value', (j) => (j.stages[1]!.metrics = [{ label: 'NPS' } as never]), 'stages[1].metrics[0].value', /required/],
    ['evidence of an unknown kind', (j) => set(j.evidence![0], 'kind', 'gut'), 'evidence[0].kind', /not one of/],
    [
      'duplicate evidence id',
      (j) => j.evidence!.push({ id: 'e1', kind: 'survey', label: 'Survey' }),
      'evidence[1].id',
      /duplicate evidence id/,
    ],
    ['moment of truth as text', (j) => set(j.cards[0], 'momentOfTruth', 'yes'), 'cards[0].momentOfTruth', /true or false/],
  ];

  it.each(table)('reports %s at its exact path', (_name, edit, path, message) => {
    const problems = problemsAfter(edit);
    const found = problems.find((p) => p.path === path);
    expect(found, `expected a problem at ${path}, got ${JSON.stringify(problems)}`).toBeDefined();
    expect(found!.message).toMatch(message);
  });

  it('asks for a persona on every point once a journey has several', () => {
    const problems = problemsAfter((j) => {
      j.personas.push({ id: 'kim', name: 'Kim' });
      delete j.emotions[0]!.persona;
    });
    expect(problems).toEqual([{ path: 'emotions[0].persona', message: expect.stringMatching(/must name its persona/) }]);
  });

  it('lists every problem at once rather than stopping at the first', () => {
    const problems = problemsAfter((j) => {
      j.cards[0]!.stage = 'nope';
      j.cards[1]!.lane = 'nope';
      j.emotions[0]!.score = 99;
    });
    expect(problems.map((p) => p.path)).toEqual(['cards[0].stage', 'cards[1].lane', 'emotions[0].score']);
  });
});

describe('parseJourney', () => {
  it('throws one error listing every problem with its path', () => {
    const broken = { ...smallJourney(), stages: 'none' };
    let error: unknown;
    try {
      parseJourney(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JourneyValidationError);
    const problems = (error as JourneyValidationError).problems;
    expect(problems.length).toBeGreaterThan(1);
    expect(problems[0]).toEqual({ path: 'stages', message: expect.stringMatching(/must be a list of stages/) });
    expect((error as Error).message).toContain('stages: must be a list of stages');
  });

  it('reads JSON text and reports text that is not JSON', () => {
    expect(parseJourney(JSON.stringify(smallJourney())).title).toBe('Buying a kettle');
    expect(() => parseJourney('{ nope')).toThrow(/not valid JSON/);
  });

  it('checks an importer’s own journey with the same checks, and returns that journey', () => {
    const journey = smallJourney();
    expect(parseBuiltJourney(journey)).toBe(journey);
    const broken = { ...journey, cards: [...journey.cards, { ...journey.cards[0]!, id: 'another', stage: 'nowhere' }] };
    expect(() => parseBuiltJourney(broken)).toThrow(JourneyValidationError);
    try {
      parseBuiltJourney(broken);
    } catch (error) {
      expect((error as JourneyValidationError).problems).toEqual(validateJourney(broken));
    }
  });

  it('trusts an importer’s ids to be unique, as its id maker makes them, and still checks what refers to them', () => {
    const journey = smallJourney();
    const repeated = { ...journey, cards: [...journey.cards, { ...journey.cards[0]! }] };
    expect(validateJourney(repeated)).toEqual([expect.objectContaining({ message: expect.stringContaining('duplicate card id') })]);
    expect(parseBuiltJourney(repeated)).toBe(repeated);
    const unknown = { ...journey, cards: [...journey.cards, { ...journey.cards[0]!, id: 'another', lane: 'nowhere' }] };
    expect(() => parseBuiltJourney(unknown)).toThrow(/unknown lane "nowhere"/);
  });

  it('formats a problem as path and message', () => {
    expect(formatProblem({ path: 'cards[3].stage', message: 'unknown stage "chekout"' })).toBe('cards[3].stage: unknown stage "chekout"');
    expect(formatProblem({ path: '', message: 'A journey must be an object' })).toBe('journey: A journey must be an object');
  });
});
